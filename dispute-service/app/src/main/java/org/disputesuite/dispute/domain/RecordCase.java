package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputesuite.dispute.api.DisputeCase;

public record RecordCase(@TargetAggregateIdentifier String disputeId, String decisionId, DisputeCase disputeCase,
                         Instant occurredAt) implements PlatformCommand {
}
