package org.disputesuite.dispute.api;

/** What the buyer asks for. */
public enum RequestedSolution {
    REFUND, RESEND;

    /** docs/policy.md "Words": what the buyer gets when the seller accepts or is found responsible. */
    public Outcome outcome() {
        return switch (this) {
            case REFUND -> Outcome.REFUND_BUYER;
            case RESEND -> Outcome.RESEND;
        };
    }
}
