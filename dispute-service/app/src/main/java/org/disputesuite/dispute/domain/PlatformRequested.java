package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.tracking.api.PickupPoint;

/** The platform asked {@code party} to act by {@code dueAt}; {@code status} is the waiting status that follows. */
@Revision("1")
public record PlatformRequested(String disputeId, String orderId, String buyerId, String sellerId, String decisionId,
                                String requestId, RequestedAction action, Party party, Instant dueAt,
                                PickupPoint pickupPoint, DisputeStatus status, Instant occurredAt)
        implements DisputeDomainEvent, PlatformDecisionEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.platformRequested(this);
    }
}
