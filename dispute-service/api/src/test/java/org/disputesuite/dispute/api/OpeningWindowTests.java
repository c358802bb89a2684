package org.disputesuite.dispute.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OpeningWindowTests {

    private static final Instant PROMISED = Instant.parse("2026-11-20T23:59:59Z");
    private static final OpeningWindow WINDOW = new OpeningWindow(Duration.ofDays(15));

    @Test
    void refusesInTransitOrderBeforeThePromisedDate() {
        OpeningWindow.Decision decision = WINDOW.check(PROMISED, ShipmentStatus.IN_TRANSIT, PROMISED.minusSeconds(60));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.allowedFrom()).isEqualTo(PROMISED);
        assertThat(decision.allowedUntil()).isEqualTo(PROMISED.plus(Duration.ofDays(15)));
        assertThat(decision.reason()).contains("after the promised delivery date");
    }

    @Test
    void refusesAtThePromisedInstantItself() {
        assertThat(WINDOW.check(PROMISED, ShipmentStatus.IN_TRANSIT, PROMISED).allowed()).isFalse();
    }

    @Test
    void refusesOrderWithoutTrackingBeforeThePromisedDate() {
        assertThat(WINDOW.check(PROMISED, null, PROMISED.minusSeconds(1)).allowed()).isFalse();
    }

    @Test
    void allowsJustAfterThePromisedDate() {
        assertThat(WINDOW.check(PROMISED, ShipmentStatus.IN_TRANSIT, PROMISED.plusMillis(1)).allowed()).isTrue();
        assertThat(WINDOW.check(PROMISED, null, PROMISED.plusMillis(1)).allowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ShipmentStatus.class, names = {"DELIVERED", "AVAILABLE_FOR_PICKUP", "EXCEPTION",
            "RETURNED_TO_SENDER"})
    void allowsEarlyOpeningOnceTrackingShowsTrouble(ShipmentStatus status) {
        assertThat(WINDOW.check(PROMISED, status, PROMISED.minus(Duration.ofDays(3))).allowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ShipmentStatus.class, names = {"INFO_RECEIVED", "IN_TRANSIT", "OUT_FOR_DELIVERY",
            "ATTEMPT_FAILED", "EXPIRED"})
    void refusesEarlyOpeningWhileTheParcelIsStillOnItsWay(ShipmentStatus status) {
        assertThat(WINDOW.check(PROMISED, status, PROMISED.minus(Duration.ofDays(3))).allowed()).isFalse();
    }

    @Test
    void allowsOnTheLastInstantOfProtection() {
        Instant end = PROMISED.plus(Duration.ofDays(15));

        assertThat(WINDOW.check(PROMISED, ShipmentStatus.IN_TRANSIT, end).allowed()).isTrue();
    }

    @Test
    void refusesAfterProtectionEndsWhateverTheTracking() {
        Instant late = PROMISED.plus(Duration.ofDays(15)).plusMillis(1);

        OpeningWindow.Decision decision = WINDOW.check(PROMISED, ShipmentStatus.DELIVERED, late);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.allowedUntil()).isEqualTo(PROMISED.plus(Duration.ofDays(15)));
        assertThat(decision.reason()).contains("Buyer protection ended");
    }
}
