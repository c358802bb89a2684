package org.disputesuite.dispute.domain;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputesuite.dispute.api.BuyerAction;
import org.disputesuite.dispute.api.Evidence;

public record RespondAsBuyer(@TargetAggregateIdentifier String disputeId, BuyerAction action,
                             List<Evidence> evidence, Instant at) {

    public RespondAsBuyer {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
