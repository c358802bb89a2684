package org.disputesuite.ruling.policy;

/** The result of logistics-tracker's check of a delivery address against the order's. */
public enum AddressCheck {
    MATCH, MISMATCH, UNKNOWN
}
