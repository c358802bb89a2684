package org.disputesuite.tracking.shipment.model;

import java.time.Duration;
import java.time.Instant;

import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingLocation;

/**
 * One tracking event as a carrier reported it, normalized: {@code rawStatus} is the carrier's own
 * word, {@code status} what it means in the suite's vocabulary. {@code pickupPoint} is where the
 * parcel waits (an arrival at a pickup point), {@code deliveredTo} the address a delivery names and
 * {@code signedBy} who signed for it; each null where the carrier did not say. {@code unknownCode}
 * says the adapter did not know the carrier's code and read it as EXCEPTION, the code kept in
 * {@code rawStatus}; it is counted as the report is taken in, and not stored (an event read back is
 * not marked).
 */
public record CarrierEvent(String eventId, ShipmentStatus status, String rawStatus, String subStatus,
                           Instant occurredAt, String description, TrackingLocation location,
                           PickupPoint pickupPoint, Address deliveredTo, String signedBy, boolean unknownCode) {

    public CarrierEvent {
        if (unknownCode && status != ShipmentStatus.EXCEPTION) {
            throw new IllegalArgumentException("An unknown code is read as EXCEPTION, not " + status);
        }
    }

    /** An event of a code its adapter knows. */
    public CarrierEvent(String eventId, ShipmentStatus status, String rawStatus, String subStatus,
                        Instant occurredAt, String description, TrackingLocation location,
                        PickupPoint pickupPoint, Address deliveredTo, String signedBy) {
        this(eventId, status, rawStatus, subStatus, occurredAt, description, location, pickupPoint, deliveredTo,
                signedBy, false);
    }

    /** An event of a code its adapter knows, naming no pickup point, delivery address or signer. */
    public CarrierEvent(String eventId, ShipmentStatus status, String rawStatus, String subStatus,
                        Instant occurredAt, String description, TrackingLocation location) {
        this(eventId, status, rawStatus, subStatus, occurredAt, description, location, null, null, null);
    }

    /** Reads a carrier's status word: an unknown one is kept raw and read as EXCEPTION. */
    public static CarrierEvent of(String eventId, String rawStatus, String subStatus, Instant occurredAt,
                                  String description, TrackingLocation location) {
        return of(eventId, rawStatus, subStatus, occurredAt, description, location, null, null, null);
    }

    /** Reads a carrier's status word: an unknown one is kept raw and read as EXCEPTION. */
    public static CarrierEvent of(String eventId, String rawStatus, String subStatus, Instant occurredAt,
                                  String description, TrackingLocation location, PickupPoint pickupPoint,
                                  Address deliveredTo, String signedBy) {
        ShipmentStatus status = ShipmentStatus.parse(rawStatus);
        return new CarrierEvent(eventId, status, rawStatus, subStatus, occurredAt, description, location, pickupPoint,
                deliveredTo, signedBy, !status.name().equals(rawStatus));
    }

    /** This event as one whose code the adapter does not know: EXCEPTION, the carrier's code kept raw. */
    public CarrierEvent ofUnknownCode() {
        return new CarrierEvent(eventId, ShipmentStatus.EXCEPTION, rawStatus, subStatus, occurredAt, description,
                location, pickupPoint, deliveredTo, signedBy, true);
    }

    /** True for an arrival at a pickup point, where the parcel waits for its buyer. */
    public boolean isArrivalForCollection() {
        return status == ShipmentStatus.AVAILABLE_FOR_PICKUP;
    }

    /**
     * This event with its collect-by time settled: an arrival at a pickup point always names one
     * (each part null where the carrier did not say), collectable until the carrier's collect-by
     * time or, when it gave none, {@code pickupWindow} after the arrival. Any other event is
     * returned as it is.
     */
    public CarrierEvent collectableWithin(Duration pickupWindow) {
        if (!isArrivalForCollection() || (pickupPoint != null && pickupPoint.collectBy() != null)) {
            return this;
        }
        Instant collectBy = occurredAt.plus(pickupWindow);
        PickupPoint settled = pickupPoint == null ? new PickupPoint(null, null, null, collectBy)
                : new PickupPoint(pickupPoint.id(), pickupPoint.name(), pickupPoint.address(), collectBy);
        return new CarrierEvent(eventId, status, rawStatus, subStatus, occurredAt, description, location, settled,
                deliveredTo, signedBy, unknownCode);
    }
}
