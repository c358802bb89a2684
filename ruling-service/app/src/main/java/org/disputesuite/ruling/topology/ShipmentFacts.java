package org.disputesuite.ruling.topology;

import java.time.Instant;

import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * What tracking has said about an order's shipment.
 *
 * @param status            the shipment's status after the latest update, null while the carrier never reported
 * @param lastEventAt       the time of the carrier's latest event
 * @param registeredEventId the id of the shipment.registered.v1 record
 * @param statusEventId     the id of the tracking update that set {@code status}
 */
public record ShipmentFacts(ShipmentStatus status, Instant lastEventAt, String registeredEventId,
                            String statusEventId) {

    static ShipmentFacts none() {
        return new ShipmentFacts(null, null, null, null);
    }

    ShipmentFacts registered(String eventId) {
        return new ShipmentFacts(status, lastEventAt, eventId, statusEventId);
    }

    ShipmentFacts updated(ShipmentStatus newStatus, Instant eventAt, String eventId) {
        return new ShipmentFacts(newStatus, eventAt, registeredEventId, eventId);
    }

    /** The event the current tracking facts rest on: the latest status, else the registration. */
    String factEventId() {
        return statusEventId != null ? statusEventId : registeredEventId;
    }
}
