package org.disputesuite.tracking.delay.model;

import java.time.Instant;

import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * What the delay rules read of a shipment: its promised date, its registration, and where it
 * stands ({@code status} and {@code lastEventAt} null while the carrier has reported nothing).
 */
public record WatchedShipment(Instant promisedDeliveryBy, Instant registeredAt, ShipmentStatus status,
                              Instant lastEventAt) {

    public static WatchedShipment registered(Instant promisedDeliveryBy, Instant registeredAt) {
        return new WatchedShipment(promisedDeliveryBy, registeredAt, null, null);
    }

    /** Delivered, or waiting at a pickup point: nobody is waiting for the carrier any more. */
    public boolean hasArrived() {
        return status == ShipmentStatus.DELIVERED || status == ShipmentStatus.AVAILABLE_FOR_PICKUP;
    }

    /** Since when the shipment may be stalled: its last event's occurrence, or its registration before any event. */
    public Instant stallBasis() {
        return lastEventAt != null ? lastEventAt : registeredAt;
    }
}
