package org.disputesuite.tracking.delay;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a shipment counts as stalled (docs/policy.md, prevention), and how the due shipments are
 * looked for: every {@code delay-scan-interval}, {@code delay-scan-batch} at a time.
 */
@ConfigurationProperties("suite.tracking")
public record DelaySettings(@DefaultValue("P5D") Duration stallAfter,
                            @DefaultValue("PT1M") Duration delayScanInterval,
                            @DefaultValue("500") int delayScanBatch) {

    public DelaySettings {
        requirePositive(stallAfter, "suite.tracking.stall-after");
        requirePositive(delayScanInterval, "suite.tracking.delay-scan-interval");
        if (delayScanBatch < 1) {
            throw new IllegalArgumentException("suite.tracking.delay-scan-batch must be at least 1");
        }
    }

    private static void requirePositive(Duration duration, String setting) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(setting + " must be positive");
        }
    }
}
