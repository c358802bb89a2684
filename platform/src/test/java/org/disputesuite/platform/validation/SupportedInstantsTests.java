package org.disputesuite.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SupportedInstantsTests {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record Registration(@SupportedInstant Instant shippedAt) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void containsEveryInstantFrom1970ToTheEndOfTheYear9999() {
        assertThat(SupportedInstants.contains(Instant.parse("1970-01-01T00:00:00Z"))).isTrue();
        assertThat(SupportedInstants.contains(Instant.parse("2026-11-20T10:00:00Z"))).isTrue();
        assertThat(SupportedInstants.contains(Instant.parse("9999-12-31T23:59:59.999Z"))).isTrue();
        assertThat(SupportedInstants.contains(Instant.parse("9999-12-31T23:59:59.999999999Z"))).isTrue();
    }

    @Test
    void leavesOutEverythingBeforeOrAfter() {
        assertThat(SupportedInstants.contains(Instant.parse("1969-12-31T23:59:59.999Z"))).isFalse();
        assertThat(SupportedInstants.contains(Instant.parse("+10000-01-01T00:00:00Z"))).isFalse();
        assertThat(SupportedInstants.contains(Instant.parse("+1000000000-12-31T23:59:59Z"))).isFalse();
        assertThat(SupportedInstants.contains(Instant.MIN)).isFalse();
        assertThat(SupportedInstants.contains(Instant.MAX)).isFalse();
    }

    @Test
    void leavesANullToTheRequiredCheck() {
        assertThat(SupportedInstants.contains(null)).isTrue();
        assertThat(VALIDATOR.validate(new Registration(null))).isEmpty();
    }

    @Test
    void refusesAnInstantOutOfRangeAsAConstraintNamingTheRange() {
        Set<ConstraintViolation<Registration>> violations =
                VALIDATOR.validate(new Registration(Instant.parse("+1000000000-12-31T23:59:59Z")));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("shippedAt");
            assertThat(violation.getMessage())
                    .isEqualTo("must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z");
        });
        assertThat(VALIDATOR.validate(new Registration(Instant.parse("2026-11-01T09:00:00Z")))).isEmpty();
    }
}
