package org.disputesuite.tracking.api;

import java.time.Instant;

/** What logistics-tracker publishes on {@link TrackingTopics#TRACKING}, keyed by order id. */
public sealed interface TrackingEvent {

    String orderId();

    /** A seller registered the shipment of an order. */

    /** Calls the handler's method for this event's type. */
    <R> R accept(Handler<R> handler);

    /**
     * One method per type of the family. A consumer implements every one of them, so a new type
     * does not compile until each consumer says what it does with it (doing nothing included).
     */
    interface Handler<R> {
        R shipmentRegistered(ShipmentRegistered event);

        R trackingUpdated(TrackingUpdated event);

        R delayDetected(DelayDetected event);
    }

    record ShipmentRegistered(String orderId, String trackingNumber, String carrier, String sellerId,
                              String buyerId, Address destination, Instant shippedAt,
                              Instant promisedDeliveryBy, Money amount, Instant registeredAt)
            implements TrackingEvent {
        public static final String TYPE = "shipment.registered.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.shipmentRegistered(this);
        }
    }

    /**
     * A carrier reported one tracking event, normalized. {@code shipmentStatus} is the shipment's
     * status after it: that of its latest event by occurrence, never an in-transit kind over DELIVERED.
     * {@code pickupPoint}, {@code deliveredTo} and {@code signedBy} are this event's, as the carrier
     * reported them. {@code addressCheck} is the shipment's after it: the reported delivery address
     * checked against the shipping address (against the pickup point's address for a collection),
     * null until a delivery is reported; it is computed once, here, so every consumer sees the same.
     * {@code sellerId} and {@code buyerId} are the registered shipment's.
     */
    record TrackingUpdated(String orderId, String trackingNumber, String carrier, String carrierEventId,
                           ShipmentStatus status, String rawStatus, String subStatus, Instant occurredAt,
                           String description, TrackingLocation location, ShipmentStatus shipmentStatus,
                           Instant lastEventAt, Instant receivedAt, PickupPoint pickupPoint,
                           Address deliveredTo, String signedBy, AddressCheckResult addressCheck,
                           String sellerId, String buyerId)
            implements TrackingEvent {
        public static final String TYPE = "shipment.tracking-updated.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.trackingUpdated(this);
        }
    }

    /**
     * A shipment that is neither delivered nor waiting at a pickup point is delayed: {@link DelayReason#LATE}
     * once its promised date has passed (once per shipment), {@link DelayReason#STALLED} once its last
     * tracking event ({@code lastEventAt}; its registration when it has none) is older than the
     * stall-after window (once per stall). {@code shipmentStatus} and {@code lastEventAt} are the
     * shipment's when the delay was detected, null while the carrier has reported nothing.
     */
    record DelayDetected(String orderId, String trackingNumber, String carrier, String sellerId, String buyerId,
                         DelayReason reason, Instant promisedDeliveryBy, ShipmentStatus shipmentStatus,
                         Instant lastEventAt, Instant detectedAt)
            implements TrackingEvent {
        public static final String TYPE = "shipment.delay-detected.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.delayDetected(this);
        }
    }
}
