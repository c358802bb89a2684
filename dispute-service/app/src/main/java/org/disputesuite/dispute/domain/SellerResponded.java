package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.SellerAction;

/** {@code proposal} is set for PROPOSE only; {@code status} is the one the answer leads to. */
@Revision("1")
public record SellerResponded(String disputeId, String orderId, String buyerId, String sellerId,
                              SellerAction action, Proposal proposal,
                              DisputeStatus status, Instant occurredAt) implements DisputeDomainEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.sellerResponded(this);
    }
}
