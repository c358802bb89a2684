package org.disputesuite.ruling.decider;

import java.time.Instant;

import org.disputesuite.dispute.api.Party;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.policy.Deadline;

/** One open deadline in the time-ordered index, with what the operators' list shows. */
public record DeadlineEntry(String deadlineId, String disputeId, String orderId, DeadlineType type, Party party,
                            Instant dueAt) {

    static DeadlineEntry of(String orderId, String disputeId, Deadline deadline) {
        return new DeadlineEntry(deadline.deadlineId(), disputeId, orderId, deadline.type(), deadline.party(),
                deadline.dueAt());
    }
}
