package org.disputesuite.dispute.api;

/** The case the platform chose from the shipment's tracking (docs/policy.md, Platform rulings). */
public enum DisputeCase {
    IN_TRANSIT, PICKUP, INCONSISTENT_DELIVERY, DELIVERED
}
