package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Proposal;

@Revision("1")
public record ProposalAnswered(String disputeId, String orderId, String buyerId, String sellerId,
                               boolean accepted, Proposal proposal,
                               DisputeStatus status, Instant occurredAt) implements DisputeDomainEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.proposalAnswered(this);
    }
}
