package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.tracking.api.Money;

/**
 * Revision 2 records the case seen at opening and the status the dispute opened in; revision 1
 * events (all opened awaiting the seller, their case not yet recorded) are
 * read back through the event store's upcaster.
 */
@Revision("2")
public record DisputeOpened(String disputeId, String orderId, String buyerId, String sellerId,
                            DisputeReason reason, RequestedSolution requestedSolution, String description,
                            Money amount, Instant promisedDeliveryBy, DisputeCase disputeCase, DisputeStatus status,
                            Instant occurredAt)
        implements DisputeDomainEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.disputeOpened(this);
    }
}
