package org.disputesuite.tracking.api;

import java.math.BigDecimal;

/** An amount as a decimal string in the currency's minor units ({@code "23.90"}) and an ISO 4217 code. */
public record Money(String value, String currency) {

    public BigDecimal amount() {
        return new BigDecimal(value);
    }
}
