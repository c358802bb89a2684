package org.disputesuite.dispute.domain;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.SellerAction;

public record RespondAsSeller(@TargetAggregateIdentifier String disputeId, SellerAction action,
                              Proposal proposal, List<Evidence> evidence, Instant at) {

    public RespondAsSeller {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
