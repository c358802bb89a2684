package org.disputesuite.tracking.performance.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/**
 * The middle and the 90th percentile of transit times, in days with one decimal. Both are taken
 * from the exact durations and rounded half up only at the end, so a figure never depends on how
 * another was rounded.
 */
public final class TransitDays {

    private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(Duration.ofDays(1).toMillis());
    private static final int DECIMALS = 1;

    private TransitDays() {
    }

    /** The middle value, or the mean of the two middle ones for an even count; null for none. */
    public static BigDecimal median(List<Duration> transits) {
        List<Duration> sorted = sorted(transits);
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return days(BigDecimal.valueOf(sorted.get(middle).toMillis()));
        }
        BigDecimal sum = BigDecimal.valueOf(sorted.get(middle - 1).toMillis())
                .add(BigDecimal.valueOf(sorted.get(middle).toMillis()));
        return days(sum.divide(BigDecimal.valueOf(2)));
    }

    /** By nearest rank: the ceil(0.9 n)-th smallest value; null for none. */
    public static BigDecimal percentile90(List<Duration> transits) {
        List<Duration> sorted = sorted(transits);
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (9 * sorted.size() + 9) / 10;
        return days(BigDecimal.valueOf(sorted.get(rank - 1).toMillis()));
    }

    private static List<Duration> sorted(List<Duration> transits) {
        return transits.stream().sorted().toList();
    }

    private static BigDecimal days(BigDecimal millis) {
        return millis.divide(MILLIS_PER_DAY, DECIMALS, RoundingMode.HALF_UP);
    }
}
