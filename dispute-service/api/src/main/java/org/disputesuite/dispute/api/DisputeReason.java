package org.disputesuite.dispute.api;

/** Why a buyer opens a dispute. */
public enum DisputeReason {
    NOT_RECEIVED
}
