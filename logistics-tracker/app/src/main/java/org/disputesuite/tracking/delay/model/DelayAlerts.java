package org.disputesuite.tracking.delay.model;

import java.time.Instant;

import org.disputesuite.tracking.api.DelayReason;

/**
 * A shipment's delay alerts: the one standing (null when none), whether LATE was ever raised, the
 * start of the stall last alerted ({@link WatchedShipment#stallBasis()}, null when none was), and
 * when the rules must look at the shipment again (null when nothing can become due before its next
 * tracking update).
 */
public record DelayAlerts(DelayReason standing, boolean lateRaised, Instant stalledSince, Instant nextCheckAt) {

    /** A shipment never alerted on. */
    public static final DelayAlerts NONE = new DelayAlerts(null, false, null, null);

    public boolean delayed() {
        return standing != null;
    }
}
