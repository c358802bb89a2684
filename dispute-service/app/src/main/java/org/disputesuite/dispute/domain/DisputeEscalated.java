package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Party;

/** {@code by} is PLATFORM when negotiation ran past the auto-escalation deadline. */
@Revision("1")
public record DisputeEscalated(String disputeId, String orderId, String buyerId, String sellerId,
                               Party by, DisputeStatus status, Instant occurredAt)
        implements DisputeDomainEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.disputeEscalated(this);
    }
}
