package org.disputesuite.tracking.delay.model;

import java.time.Duration;
import java.time.Instant;

import org.disputesuite.tracking.api.DelayReason;

/**
 * The delay rules (docs/policy.md, prevention). A shipment that has not arrived (neither delivered
 * nor waiting at a pickup point) is LATE once its promised date has passed, raised once per
 * shipment and standing until it arrives; and STALLED once {@code stallAfter} has passed since its
 * last event (since its registration before any), raised once per stall and standing until an
 * update brings an event later than the stall's start. Once LATE was raised, no stall is alerted
 * any more; when both fall due at one check, only LATE is raised.
 * <p>
 * Every change of the shipment goes through {@link #afterChange}, which never raises but says when
 * the next alert can fall due, so only {@link #check} at that time can raise it.
 */
public final class DelayWatch {

    private final Duration stallAfter;

    public DelayWatch(Duration stallAfter) {
        if (stallAfter.isNegative() || stallAfter.isZero()) {
            throw new IllegalArgumentException("stall-after must be positive, not " + stallAfter);
        }
        this.stallAfter = stallAfter;
    }

    /**
     * The alerts once the shipment was registered or its tracking changed: an arrival ends the
     * standing alert, an event later than the alerted stall's start ends the stall (and a new stall
     * may be alerted from it).
     */
    public DelayAlerts afterChange(WatchedShipment shipment, DelayAlerts alerts) {
        DelayReason standing = alerts.standing();
        if (shipment.hasArrived()
                || (standing == DelayReason.STALLED && movedOn(shipment, alerts.stalledSince()))) {
            standing = null;
        }
        return new DelayAlerts(standing, alerts.lateRaised(), alerts.stalledSince(),
                nextCheckAt(shipment, alerts.lateRaised(), alerts.stalledSince()));
    }

    /** Raises what is due at {@code now}, at most one alert; the next check after it is later than {@code now}. */
    public DelayCheck check(WatchedShipment shipment, DelayAlerts alerts, Instant now) {
        DelayAlerts settled = afterChange(shipment, alerts);
        if (settled.nextCheckAt() == null || settled.nextCheckAt().isAfter(now)) {
            return DelayCheck.nothingRaised(settled);
        }
        if (!now.isBefore(shipment.promisedDeliveryBy())) {
            return DelayCheck.raised(DelayReason.LATE,
                    new DelayAlerts(DelayReason.LATE, true, settled.stalledSince(), null));
        }
        // due and not late: the stall is due, and the promised date, still ahead, is all that can follow
        Instant stalledSince = shipment.stallBasis();
        return DelayCheck.raised(DelayReason.STALLED, new DelayAlerts(DelayReason.STALLED, false, stalledSince,
                nextCheckAt(shipment, false, stalledSince)));
    }

    private Instant nextCheckAt(WatchedShipment shipment, boolean lateRaised, Instant stalledSince) {
        if (shipment.hasArrived() || lateRaised) {
            return null;
        }
        Instant lateAt = shipment.promisedDeliveryBy();
        if (stalledSince != null && !movedOn(shipment, stalledSince)) {
            return lateAt;
        }
        Instant stallAt = shipment.stallBasis().plus(stallAfter);
        return stallAt.isBefore(lateAt) ? stallAt : lateAt;
    }

    /**
     * True when the shipment's last event is later than the alerted stall's start. Events reported
     * late that occurred before it leave the stall as it was: nothing newer was heard of the parcel.
     */
    private static boolean movedOn(WatchedShipment shipment, Instant stalledSince) {
        return shipment.stallBasis().isAfter(stalledSince);
    }
}
