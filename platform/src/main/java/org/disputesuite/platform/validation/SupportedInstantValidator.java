package org.disputesuite.platform.validation;

import java.time.Instant;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SupportedInstant}. */
public class SupportedInstantValidator implements ConstraintValidator<SupportedInstant, Instant> {

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
        return SupportedInstants.contains(value);
    }
}
