package org.disputesuite.platform.validation;

import java.time.Instant;

/**
 * The instants the suite takes from callers: from 1970-01-01T00:00:00Z up to the end of the year
 * 9999 (9999-12-31T23:59:59.999Z as stored, to the millisecond). Outside it, the databases and
 * {@code OffsetDateTime} cannot all hold the value, and an ISO-8601 year needs more than four digits.
 */
public final class SupportedInstants {

    public static final String EARLIEST_TEXT = "1970-01-01T00:00:00Z";
    public static final String LATEST_TEXT = "9999-12-31T23:59:59.999Z";
    public static final String MESSAGE = "must lie between " + EARLIEST_TEXT + " and " + LATEST_TEXT;

    public static final Instant EARLIEST = Instant.parse(EARLIEST_TEXT);
    /** Exclusive: the first instant past the range. */
    public static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

    private SupportedInstants() {
    }

    /** True for a null instant too: whether one is required is a separate check. */
    public static boolean contains(Instant instant) {
        return instant == null || (!instant.isBefore(EARLIEST) && instant.isBefore(END));
    }
}
