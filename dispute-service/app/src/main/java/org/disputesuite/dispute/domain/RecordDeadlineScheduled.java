package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.ruling.api.DeadlineType;

public record RecordDeadlineScheduled(@TargetAggregateIdentifier String disputeId, String decisionId,
                                      String deadlineId, DeadlineType type, Party party, Instant dueAt,
                                      Instant occurredAt) implements PlatformCommand {
}
