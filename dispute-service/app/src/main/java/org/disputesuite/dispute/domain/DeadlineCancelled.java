package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.disputesuite.ruling.api.DeadlineType;

@Revision("1")
public record DeadlineCancelled(String disputeId, String decisionId, String deadlineId, DeadlineType type,
                                String reason, Instant occurredAt)
        implements DisputeDomainEvent, PlatformDecisionEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.deadlineCancelled(this);
    }
}
