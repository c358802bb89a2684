package org.disputesuite.dispute.domain;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.Party;

public record AddEvidence(@TargetAggregateIdentifier String disputeId, Party party,
                          List<Evidence> evidence, Instant at) {

    public AddEvidence {
        evidence = List.copyOf(evidence);
    }
}
