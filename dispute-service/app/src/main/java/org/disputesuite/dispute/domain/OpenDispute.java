package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.tracking.api.Money;

/**
 * The buyer's request, with the order's facts already checked against the known shipment;
 * {@code disputeCase} is the case its tracking shows at opening.
 */
public record OpenDispute(@TargetAggregateIdentifier String disputeId, String orderId, String buyerId,
                          String sellerId, DisputeReason reason, RequestedSolution requestedSolution,
                          String description, Money amount, Instant promisedDeliveryBy, DisputeCase disputeCase,
                          Instant openedAt) {
}
