package org.disputesuite.tracking.shipment.model;

import java.time.Instant;

import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingLocation;

/**
 * One tracking event as a carrier reported it, normalized: {@code rawStatus} is the carrier's own
 * word, {@code status} what it means in the suite's vocabulary.
 */
public record CarrierEvent(String eventId, ShipmentStatus status, String rawStatus, String subStatus,
                           Instant occurredAt, String description, TrackingLocation location) {

    /** Reads a carrier's status word: an unknown one is kept raw and read as EXCEPTION. */
    public static CarrierEvent of(String eventId, String rawStatus, String subStatus, Instant occurredAt,
                                  String description, TrackingLocation location) {
        return new CarrierEvent(eventId, ShipmentStatus.parse(rawStatus), rawStatus, subStatus, occurredAt,
                description, location);
    }
}
