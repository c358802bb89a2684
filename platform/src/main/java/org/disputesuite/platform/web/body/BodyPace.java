package org.disputesuite.platform.web.body;

import java.time.Duration;

/**
 * Whether a body is arriving fast enough: complete within the timeout and, after the grace, at
 * least the minimum rate on average. Small bodies thus get the grace plus their size at that rate.
 */
final class BodyPace {

    private final long timeoutNanos;
    private final long graceNanos;
    private final long minBytesPerSecond;

    BodyPace(HttpLimits limits) {
        this(limits.bodyTimeout(), limits.bodyGrace(), limits.minBodyRate().toBytes());
    }

    BodyPace(Duration timeout, Duration grace, long minBytesPerSecond) {
        this.timeoutNanos = timeout.toNanos();
        this.graceNanos = grace.toNanos();
        this.minBytesPerSecond = minBytesPerSecond;
    }

    /** Null while the body keeps pace; otherwise why it is refused. */
    String refusal(long startedNanos, long received, long nowNanos) {
        long elapsed = nowNanos - startedNanos;
        if (elapsed > timeoutNanos) {
            return "The request body did not arrive within " + seconds(timeoutNanos) + " s";
        }
        if (elapsed > graceNanos && received < (elapsed - graceNanos) / 1e9 * minBytesPerSecond) {
            return "The request body is arriving slower than " + minBytesPerSecond + " bytes per second";
        }
        return null;
    }

    private static long seconds(long nanos) {
        return Duration.ofNanos(nanos).toSeconds();
    }
}
