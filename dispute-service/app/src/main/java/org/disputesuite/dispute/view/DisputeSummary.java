package org.disputesuite.dispute.view;

import java.time.Instant;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.RequestedSolution;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One dispute in a list; it may lag the dispute itself by moments. */
public record DisputeSummary(String disputeId, String orderId, String buyerId, String sellerId, DisputeStatus status,
                             @JsonProperty("case") DisputeCase disputeCase, DisputeReason reason,
                             RequestedSolution requestedSolution, Instant openedAt, Instant updatedAt) {
}
