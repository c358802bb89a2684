package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputesuite.ruling.api.DeadlineType;

public record RecordDeadlineCancelled(@TargetAggregateIdentifier String disputeId, String decisionId,
                                      String deadlineId, DeadlineType type, String reason, Instant occurredAt)
        implements PlatformCommand {
}
