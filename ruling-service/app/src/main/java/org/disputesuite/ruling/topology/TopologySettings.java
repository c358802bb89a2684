package org.disputesuite.ruling.topology;

import java.time.Duration;
import java.util.Objects;

/**
 * How the topology runs: the application id (which also names its dead-letter topics) and how
 * often the wall-clock punctuator looks for due deadlines.
 */
public record TopologySettings(String applicationId, Duration punctuationInterval) {

    public TopologySettings {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(punctuationInterval, "punctuationInterval");
        if (punctuationInterval.isNegative() || punctuationInterval.isZero()) {
            throw new IllegalArgumentException("punctuation interval must be positive, got " + punctuationInterval);
        }
    }
}
