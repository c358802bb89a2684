package org.disputesuite.ruling.query;

import java.time.Instant;

import org.disputesuite.dispute.api.Party;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.decider.DeadlineEntry;

/** One open deadline in the operators' list. */
record DeadlineResponse(String disputeId, String orderId, DeadlineType type, Party party, Instant dueAt) {

    static DeadlineResponse of(DeadlineEntry entry) {
        return new DeadlineResponse(entry.disputeId(), entry.orderId(), entry.type(), entry.party(), entry.dueAt());
    }
}
