package org.disputesuite.dispute.api;

/** What the buyer asks for. */
public enum RequestedSolution {
    REFUND, RESEND
}
