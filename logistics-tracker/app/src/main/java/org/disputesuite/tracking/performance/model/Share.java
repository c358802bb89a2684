package org.disputesuite.tracking.performance.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share from 0 to 1, with four decimals, rounded half up. */
public final class Share {

    private static final int DECIMALS = 4;

    private Share() {
    }

    /** Null when there is nothing to count over. */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), DECIMALS, RoundingMode.HALF_UP);
    }
}
