package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputesuite.ruling.api.DeadlineType;

public record RecordDeadlineExpired(@TargetAggregateIdentifier String disputeId, String decisionId,
                                    String deadlineId, DeadlineType type, Instant dueAt, Instant occurredAt)
        implements PlatformCommand {
}
