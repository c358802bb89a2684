package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.DisputeStatus;

@Revision("1")
public record ReceiptAnswered(String disputeId, String orderId, String buyerId, String sellerId,
                              boolean received, DisputeStatus status,
                              Instant occurredAt) implements DisputeDomainEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.receiptAnswered(this);
    }
}
