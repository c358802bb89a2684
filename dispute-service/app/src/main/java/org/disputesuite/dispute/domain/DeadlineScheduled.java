package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.ruling.api.DeadlineType;

@Revision("1")
public record DeadlineScheduled(String disputeId, String decisionId, String deadlineId, DeadlineType type,
                                Party party, Instant dueAt, Instant occurredAt)
        implements DisputeDomainEvent, PlatformDecisionEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.deadlineScheduled(this);
    }
}
