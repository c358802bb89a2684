package org.disputesuite.dispute.api;

/** Where a dispute stands. */
public enum DisputeStatus {
    AWAITING_SELLER_RESPONSE,
    NEGOTIATING,
    AWAITING_BUYER_PICKUP,
    AWAITING_BUYER_CONFIRMATION,
    AWAITING_DELIVERY_RECEIPT,
    WAITING_CUSTOMER_DELAY,
    UNDER_PLATFORM_REVIEW,
    RESOLVED,
    WITHDRAWN;

    public boolean isClosed() {
        return this == RESOLVED || this == WITHDRAWN;
    }
}
