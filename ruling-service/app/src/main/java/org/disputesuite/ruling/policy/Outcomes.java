package org.disputesuite.ruling.policy;

import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.RequestedSolution;

/** docs/policy.md "Words": where the seller is responsible, the outcome is what the buyer asked for. */
public final class Outcomes {

    private Outcomes() {
    }

    public static Outcome whenSellerResponsible(RequestedSolution requested) {
        return switch (requested) {
            case REFUND -> Outcome.REFUND_BUYER;
            case RESEND -> Outcome.RESEND;
        };
    }
}
