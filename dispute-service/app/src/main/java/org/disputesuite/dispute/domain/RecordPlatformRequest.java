package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.tracking.api.PickupPoint;

public record RecordPlatformRequest(@TargetAggregateIdentifier String disputeId, String decisionId, String requestId,
                                    RequestedAction action, Instant dueAt, PickupPoint pickupPoint,
                                    Instant occurredAt) implements PlatformCommand {
}
