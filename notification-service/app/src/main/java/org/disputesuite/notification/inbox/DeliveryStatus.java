package org.disputesuite.notification.inbox;

/** Where a message stands on one channel. */
public enum DeliveryStatus {
    DELIVERED
}
