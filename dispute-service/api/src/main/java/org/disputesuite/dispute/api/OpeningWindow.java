package org.disputesuite.dispute.api;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * When a buyer may open a dispute (docs/policy.md, Opening): once the promised delivery date has passed,
 * or earlier when tracking already shows the parcel delivered, waiting at a pickup point, in
 * trouble or on its way back; and no later than {@code protection-after-promise} after the
 * promised date. One pure function, used by dispute-service to refuse and by ruling-service.
 */
public record OpeningWindow(Duration protectionAfterPromise) {

    private static final Set<ShipmentStatus> EARLY_OPENING = EnumSet.of(ShipmentStatus.DELIVERED,
            ShipmentStatus.AVAILABLE_FOR_PICKUP, ShipmentStatus.EXCEPTION, ShipmentStatus.RETURNED_TO_SENDER);

    public Decision check(Instant promisedDeliveryBy, ShipmentStatus status, Instant now) {
        Instant allowedUntil = promisedDeliveryBy.plus(protectionAfterPromise);
        if (now.isAfter(allowedUntil)) {
            return new Decision(false, promisedDeliveryBy, allowedUntil,
                    "Buyer protection ended at " + allowedUntil + ", " + protectionAfterPromise
                            + " after the promised delivery date " + promisedDeliveryBy);
        }
        boolean early = status != null && EARLY_OPENING.contains(status);
        if (!early && !now.isAfter(promisedDeliveryBy)) {
            return new Decision(false, promisedDeliveryBy, allowedUntil,
                    "A dispute may be opened after the promised delivery date " + promisedDeliveryBy
                            + ", or earlier once tracking shows the parcel delivered, at a pickup point,"
                            + " in exception or returned to sender");
        }
        return new Decision(true, promisedDeliveryBy, allowedUntil, null);
    }

    /** Whether a dispute may be opened now, the window, and why not when it may not. */
    public record Decision(boolean allowed, Instant allowedFrom, Instant allowedUntil, String reason) {
    }
}
