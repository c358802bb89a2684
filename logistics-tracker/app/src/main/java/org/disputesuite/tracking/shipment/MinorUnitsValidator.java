package org.disputesuite.tracking.shipment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.disputesuite.tracking.shipment.RegistrationRequest.Amount;

/** Reports on {@code value} or {@code currency}; a blank or malformed field is left to that field's own checks. */
class MinorUnitsValidator implements ConstraintValidator<MinorUnits, Amount> {

    private static final String VALUE_FORM = "\\d{1,15}(\\.\\d{1,4})?";
    private static final String CURRENCY_FORM = "[A-Z]{3}";

    @Override
    public boolean isValid(Amount amount, ConstraintValidatorContext context) {
        if (amount == null || amount.currency() == null || !amount.currency().matches(CURRENCY_FORM)) {
            return true;
        }
        Integer digits = minorUnits(amount.currency());
        if (digits == null) {
            return violation(context, "currency", "must be an ISO 4217 currency code with minor units, such as USD");
        }
        if (amount.value() == null || !amount.value().matches(VALUE_FORM)) {
            return true;
        }
        BigDecimal value = new BigDecimal(amount.value());
        if (value.scale() != digits) {
            String example = new BigDecimal("23.90").setScale(digits, RoundingMode.HALF_UP).toPlainString();
            return violation(context, "value", "must have exactly " + digits + " decimals for "
                    + amount.currency() + ", such as " + example);
        }
        return true;
    }

    /** Null for a code that is not ISO 4217 or names no money with minor units (XAU, XXX). */
    private static Integer minorUnits(String code) {
        try {
            int digits = Currency.getInstance(code).getDefaultFractionDigits();
            return digits < 0 ? null : digits;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
