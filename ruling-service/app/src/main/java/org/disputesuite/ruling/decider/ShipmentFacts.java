package org.disputesuite.ruling.decider;

import java.time.Instant;

import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * What tracking has said about an order's shipment.
 *
 * @param status            the shipment's status after the latest update, null while the carrier never reported
 * @param lastEventAt       the time of the carrier's latest event
 * @param registeredEventId the id of the shipment.registered.v1 record
 * @param statusEventId     the id of the tracking update that set {@code status}
 * @param destination       the order's shipping address, as the seller registered the shipment
 * @param addressCheck      the shipment's delivery address check as the tracker published it with the
 *                          latest update that carried one; null until a delivery is reported (and for
 *                          updates published before the check was)
 * @param pickupPoint       the pickup point the parcel waits (or waited) at, with its collect-by time
 *                          resolved (docs/policy.md "Arrived for collection"); null when it never reached one
 * @param deliveredTo       the delivery address the carrier reported last, null when none
 * @param signedBy          who signed for the delivery, as the carrier reported it last, null when nobody
 */
public record ShipmentFacts(ShipmentStatus status, Instant lastEventAt, String registeredEventId,
                            String statusEventId, Address destination, AddressCheckResult addressCheck,
                            PickupPoint pickupPoint, Address deliveredTo, String signedBy) {

    static ShipmentFacts none() {
        return new ShipmentFacts(null, null, null, null, null, null, null, null, null);
    }

    ShipmentFacts registered(String eventId, Address shippingAddress) {
        return new ShipmentFacts(status, lastEventAt, eventId, statusEventId, shippingAddress, addressCheck,
                pickupPoint, deliveredTo, signedBy);
    }

    /**
     * The facts after a tracking update; what it leaves out (a pickup point, a delivery address, a
     * check) stays as it was known.
     */
    ShipmentFacts updated(ShipmentStatus newStatus, Instant eventAt, String eventId, AddressCheckResult check,
            PickupPoint point, Address reportedDeliveredTo, String reportedSignedBy) {
        return new ShipmentFacts(newStatus, eventAt, registeredEventId, eventId, destination,
                check != null ? check : addressCheck,
                point != null ? point : pickupPoint,
                reportedDeliveredTo != null ? reportedDeliveredTo : deliveredTo,
                reportedSignedBy != null ? reportedSignedBy : signedBy);
    }

    ShipmentFacts updated(ShipmentStatus newStatus, Instant eventAt, String eventId) {
        return updated(newStatus, eventAt, eventId, null, null, null, null);
    }

    /** The result of the delivery address check, for the choice of the case; null when none was published. */
    AddressCheck addressCheckResult() {
        return addressCheck == null ? null : addressCheck.result();
    }

    /** The event the current tracking facts rest on: the latest status, else the registration. */
    String factEventId() {
        return statusEventId != null ? statusEventId : registeredEventId;
    }
}
