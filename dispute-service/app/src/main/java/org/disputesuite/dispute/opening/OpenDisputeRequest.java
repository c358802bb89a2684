package org.disputesuite.dispute.opening;

import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.platform.validation.CallerText;
import org.disputesuite.tracking.api.Identifiers;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The order id follows logistics-tracker's id rule, in NFC, the form the tracker registered it in. */
record OpenDisputeRequest(@NotNull @Size(max = Identifiers.MAX_LENGTH)
                          @Pattern(regexp = Identifiers.FORM, message = Identifiers.RULE) String orderId,
                          @NotNull DisputeReason reason,
                          @NotNull RequestedSolution requestedSolution,
                          @Size(max = 2000) String description) {

    OpenDisputeRequest {
        orderId = CallerText.nfc(orderId);
        description = CallerText.nfc(description);
    }
}
