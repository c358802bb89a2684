package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.tracking.api.Money;

@Revision("1")
public record DisputeOpened(String disputeId, String orderId, String buyerId, String sellerId,
                            DisputeReason reason, RequestedSolution requestedSolution, String description,
                            Money amount, Instant promisedDeliveryBy, Instant occurredAt)
        implements DisputeDomainEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.disputeOpened(this);
    }
}
