package org.disputesuite.tracking.carriers.aftership;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.disputesuite.tracking.api.ShipmentStatus;

/** AfterShip's tags in the suite's statuses; the adapter reads a tag not listed as EXCEPTION. */
final class AfterShipTags {

    private static final Map<String, ShipmentStatus> STATUS_BY_TAG = Map.of(
            "InfoReceived", ShipmentStatus.INFO_RECEIVED,
            "InTransit", ShipmentStatus.IN_TRANSIT,
            "OutForDelivery", ShipmentStatus.OUT_FOR_DELIVERY,
            "AttemptFail", ShipmentStatus.ATTEMPT_FAILED,
            "AvailableForPickup", ShipmentStatus.AVAILABLE_FOR_PICKUP,
            "Delivered", ShipmentStatus.DELIVERED,
            "Exception", ShipmentStatus.EXCEPTION,
            "Expired", ShipmentStatus.EXPIRED);

    /** Returning to sender and returned to sender: AfterShip files both under Exception. */
    private static final Set<String> RETURNED_SUBTAGS = Set.of("Exception_010", "Exception_011");

    /** A tracking AfterShip has created but no courier has scanned yet: nothing happened to the parcel. */
    private static final String PENDING = "Pending";

    private AfterShipTags() {
    }

    /** Pending is no event. */
    static boolean isPending(String tag) {
        return PENDING.equals(tag);
    }

    /** The status of a checkpoint's tag and subtag; empty for a tag not listed. */
    static Optional<ShipmentStatus> status(String tag, String subtag) {
        if (subtag != null && RETURNED_SUBTAGS.contains(subtag)) {
            return Optional.of(ShipmentStatus.RETURNED_TO_SENDER);
        }
        return Optional.ofNullable(STATUS_BY_TAG.get(tag));
    }
}
