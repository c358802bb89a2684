package org.disputesuite.tracking.delay;

import org.disputesuite.tracking.delay.model.DelayAlerts;
import org.disputesuite.tracking.delay.model.WatchedShipment;

/** A shipment as the delay scan reads it: who it concerns, what the rules look at, and its alerts. */
record ShipmentUnderWatch(String orderId, String trackingNumber, String carrier, String sellerId, String buyerId,
                          WatchedShipment facts, DelayAlerts alerts) {
}
