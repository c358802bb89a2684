package org.disputesuite.dispute.opening;

import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.RequestedSolution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record OpenDisputeRequest(@NotBlank @Size(max = 100) String orderId,
                          @NotNull DisputeReason reason,
                          @NotNull RequestedSolution requestedSolution,
                          @Size(max = 2000) String description) {
}
