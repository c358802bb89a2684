package org.disputesuite.dispute.api;

/** Who must act on a deadline, or who spoke. */
public enum Party {
    BUYER, SELLER, PLATFORM
}
