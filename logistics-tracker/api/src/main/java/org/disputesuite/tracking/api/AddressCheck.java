package org.disputesuite.tracking.api;

/** The result of checking a reported delivery address against the order's shipping address. */
public enum AddressCheck {
    MATCH, MISMATCH, UNKNOWN
}
