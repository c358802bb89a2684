package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;

/** The platform chose a case ({@code previousCase} null the first time); {@code status} is the one it leads to. */
@Revision("2")
public record CaseChanged(String disputeId, String orderId, String buyerId, String sellerId, String decisionId,
                          DisputeCase disputeCase, DisputeCase previousCase, DisputeStatus status, Instant occurredAt)
        implements DisputeDomainEvent, PlatformDecisionEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.caseChanged(this);
    }

    /** The first choice only confirms what the platform saw at opening; a later one is a new fact. */
    public boolean changesTheCase() {
        return previousCase != null && previousCase != disputeCase;
    }
}
