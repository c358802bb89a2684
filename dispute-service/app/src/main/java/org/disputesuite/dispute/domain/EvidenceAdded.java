package org.disputesuite.dispute.domain;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.Party;

@Revision("1")
public record EvidenceAdded(String disputeId, String orderId, String buyerId, String sellerId,
                            Party party, List<Evidence> evidence,
                            Instant occurredAt) implements DisputeDomainEvent {

    public EvidenceAdded {
        evidence = List.copyOf(evidence);
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.evidenceAdded(this);
    }
}
