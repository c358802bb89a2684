package org.disputesuite.dispute.api;

/** How a dispute ends for the order's money. */
public enum Outcome {
    REFUND_BUYER, RESEND, RELEASE_TO_SELLER
}
