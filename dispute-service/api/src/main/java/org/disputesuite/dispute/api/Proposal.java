package org.disputesuite.dispute.api;

import org.disputesuite.tracking.api.Money;

/** A seller's offer; {@code amount} is set for a partial refund only. */
public record Proposal(ProposedSolution solution, Money amount) {

    /** What the dispute's money does when the buyer accepts this proposal. */
    public Outcome outcome() {
        return switch (solution) {
            case REFUND, PARTIAL_REFUND -> Outcome.REFUND_BUYER;
            case RESEND -> Outcome.RESEND;
        };
    }
}
