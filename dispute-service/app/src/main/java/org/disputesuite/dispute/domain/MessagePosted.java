package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.Party;

@Revision("1")
public record MessagePosted(String disputeId, String orderId, String buyerId, String sellerId,
                            Party from, String text, Instant occurredAt)
        implements DisputeDomainEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.messagePosted(this);
    }
}
