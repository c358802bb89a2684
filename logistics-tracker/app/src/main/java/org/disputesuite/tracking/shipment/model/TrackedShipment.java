package org.disputesuite.tracking.shipment.model;

import java.util.Optional;

import org.disputesuite.tracking.delay.model.DelayAlerts;

/**
 * A registered shipment and where it stands; {@code state} is null until the carrier reported
 * something.
 */
public record TrackedShipment(Shipment shipment, ShipmentState state, DelayAlerts delayAlerts) {

    /** True while a delay alert stands. */
    public boolean delayed() {
        return delayAlerts.delayed();
    }

    public Optional<ShipmentState> currentState() {
        return Optional.ofNullable(state);
    }
}
