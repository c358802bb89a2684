package org.disputesuite.dispute.domain;

/**
 * A ruling-service decision to record on a dispute. {@code decisionId} is the ce_id of the
 * rulings.v1 record, so a redelivered record is recognised and has no second effect.
 */
public sealed interface PlatformCommand permits RecordCase, RecordDeadlineScheduled, RecordDeadlineCancelled,
        RecordDeadlineExpired, RecordPlatformRequest, ApplyRuling {

    String disputeId();

    String decisionId();
}
