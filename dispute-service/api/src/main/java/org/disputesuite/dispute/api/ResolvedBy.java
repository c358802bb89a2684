package org.disputesuite.dispute.api;

/** What ended a dispute. */
public enum ResolvedBy {
    AGREEMENT, RULING, BUYER_CONFIRMATION, WITHDRAWAL
}
