package org.disputesuite.tracking.delay.model;

import java.util.Optional;

import org.disputesuite.tracking.api.DelayReason;

/** What a check of a shipment raised, if anything, and its alerts after it. */
public record DelayCheck(Optional<DelayReason> raised, DelayAlerts alerts) {

    static DelayCheck nothingRaised(DelayAlerts alerts) {
        return new DelayCheck(Optional.empty(), alerts);
    }

    static DelayCheck raised(DelayReason reason, DelayAlerts alerts) {
        return new DelayCheck(Optional.of(reason), alerts);
    }
}
