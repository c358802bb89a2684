package org.disputesuite.ruling.topology;

import java.time.Duration;

import org.disputesuite.ruling.api.DeadlineType;

/** What the topology reports about its work, for dashboards. */
public interface RulingMetrics {

    RulingMetrics NONE = new RulingMetrics() {
    };

    default void rulingIssued(String ruleId) {
    }

    /** A deadline expired, {@code delay} after it was due. */
    default void deadlineExpired(DeadlineType type, Duration delay) {
    }

    /** One punctuation read this many entries of the deadline index. */
    default void deadlineIndexScanned(int entries) {
    }

    /** A record of {@code source} (an input topic, or {@code deadlines} for a due deadline) was dead-lettered. */
    default void deadLettered(String source) {
    }
}
