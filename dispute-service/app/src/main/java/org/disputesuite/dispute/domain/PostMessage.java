package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputesuite.dispute.api.Party;

public record PostMessage(@TargetAggregateIdentifier String disputeId, Party party, String text,
                          Instant at) {
}
