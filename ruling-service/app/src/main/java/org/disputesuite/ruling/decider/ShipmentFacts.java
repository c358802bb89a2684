package org.disputesuite.ruling.decider;

import java.time.Instant;

import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * What tracking has said about an order's shipment.
 *
 * @param status            the shipment's status after the latest update, null while the carrier never reported
 * @param lastEventAt       the time of the carrier's latest event
 * @param registeredEventId the id of the shipment.registered.v1 record
 * @param statusEventId     the id of the tracking update that set {@code status}
 * @param destination       the order's shipping address, as the seller registered the shipment
 */
public record ShipmentFacts(ShipmentStatus status, Instant lastEventAt, String registeredEventId,
                            String statusEventId, Address destination) {

    /** shipment.tracking-updated.v1 does not carry the delivery address check yet, so a delivery counts as matching. */
    private static final AddressCheck ADDRESS_CHECK_NOT_PUBLISHED = null;

    static ShipmentFacts none() {
        return new ShipmentFacts(null, null, null, null, null);
    }

    ShipmentFacts registered(String eventId, Address shippingAddress) {
        return new ShipmentFacts(status, lastEventAt, eventId, statusEventId, shippingAddress);
    }

    ShipmentFacts updated(ShipmentStatus newStatus, Instant eventAt, String eventId) {
        return new ShipmentFacts(newStatus, eventAt, registeredEventId, eventId, destination);
    }

    AddressCheck addressCheck() {
        return ADDRESS_CHECK_NOT_PUBLISHED;
    }

    /** The event the current tracking facts rest on: the latest status, else the registration. */
    String factEventId() {
        return statusEventId != null ? statusEventId : registeredEventId;
    }
}
