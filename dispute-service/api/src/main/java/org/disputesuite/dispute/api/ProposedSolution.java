package org.disputesuite.dispute.api;

/** What a seller offers the buyer instead of a ruling. */
public enum ProposedSolution {
    REFUND, PARTIAL_REFUND, RESEND
}
