package org.disputesuite.dispute.api;

/** Who the platform found responsible. */
public enum ResponsibleParty {
    SELLER, BUYER, NONE
}
