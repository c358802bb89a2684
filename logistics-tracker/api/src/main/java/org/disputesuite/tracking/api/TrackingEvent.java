package org.disputesuite.tracking.api;

import java.time.Instant;

/** What logistics-tracker publishes on {@link TrackingTopics#TRACKING}, keyed by order id. */
public sealed interface TrackingEvent {

    String orderId();

    /** A seller registered the shipment of an order. */
    record ShipmentRegistered(String orderId, String trackingNumber, String carrier, String sellerId,
                              String buyerId, Address destination, Instant shippedAt,
                              Instant promisedDeliveryBy, Money amount, Instant registeredAt)
            implements TrackingEvent {
        public static final String TYPE = "shipment.registered.v1";
    }

    /**
     * A carrier reported one tracking event, normalized. {@code shipmentStatus} is the shipment's
     * status after it: that of its latest event by occurrence, never an in-transit kind over DELIVERED.
     */
    record TrackingUpdated(String orderId, String trackingNumber, String carrier, String carrierEventId,
                           ShipmentStatus status, String rawStatus, String subStatus, Instant occurredAt,
                           String description, TrackingLocation location, ShipmentStatus shipmentStatus,
                           Instant lastEventAt, Instant receivedAt)
            implements TrackingEvent {
        public static final String TYPE = "shipment.tracking-updated.v1";
    }
}
