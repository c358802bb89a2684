package org.disputesuite.tracking.carriers.seventeentrack;

import static org.disputesuite.tracking.api.ShipmentStatus.AVAILABLE_FOR_PICKUP;
import static org.disputesuite.tracking.api.ShipmentStatus.ATTEMPT_FAILED;
import static org.disputesuite.tracking.api.ShipmentStatus.DELIVERED;
import static org.disputesuite.tracking.api.ShipmentStatus.EXCEPTION;
import static org.disputesuite.tracking.api.ShipmentStatus.EXPIRED;
import static org.disputesuite.tracking.api.ShipmentStatus.INFO_RECEIVED;
import static org.disputesuite.tracking.api.ShipmentStatus.IN_TRANSIT;
import static org.disputesuite.tracking.api.ShipmentStatus.OUT_FOR_DELIVERY;
import static org.disputesuite.tracking.api.ShipmentStatus.RETURNED_TO_SENDER;

import java.util.Map;
import java.util.Optional;

import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * 17TRACK's statuses in the suite's vocabulary. A sub-status ({@code InTransit_PickedUp}) starts
 * with its status ({@code InTransit}); a few sub-statuses mean more than their status says.
 */
final class SeventeenTrackStatuses {

    /** 17TRACK knows nothing of the parcel yet: no event. */
    static final String NOT_FOUND = "NotFound";

    private static final Map<String, ShipmentStatus> BY_STATUS = Map.of(
            "InfoReceived", INFO_RECEIVED,
            "InTransit", IN_TRANSIT,
            "OutForDelivery", OUT_FOR_DELIVERY,
            "AvailableForPickup", AVAILABLE_FOR_PICKUP,
            "Delivered", DELIVERED,
            "Expired", EXPIRED,
            "DeliveryFailure", ATTEMPT_FAILED,
            "Exception", EXCEPTION);

    private static final Map<String, ShipmentStatus> BY_SUB_STATUS = Map.of(
            "Exception_Returning", RETURNED_TO_SENDER,
            "Exception_Returned", RETURNED_TO_SENDER);

    private SeventeenTrackStatuses() {
    }

    /** The status a sub-status belongs to: {@code InTransit} for {@code InTransit_PickedUp}. */
    static String statusOf(String subStatus) {
        int separator = subStatus.indexOf('_');
        return separator < 0 ? subStatus : subStatus.substring(0, separator);
    }

    /** Empty for a sub-status of an unknown status, which the adapter reads as EXCEPTION. */
    static Optional<ShipmentStatus> map(String subStatus) {
        ShipmentStatus special = BY_SUB_STATUS.get(subStatus);
        return Optional.ofNullable(special != null ? special : BY_STATUS.get(statusOf(subStatus)));
    }
}
