package org.disputesuite.tracking.shipment;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An amount whose currency is a known ISO 4217 code with minor units and whose value has exactly
 * that many decimals (docs/api.md: "the value a decimal string with the currency's minor units").
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MinorUnitsValidator.class)
@interface MinorUnits {

    String message() default "must be in the currency's minor units";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
