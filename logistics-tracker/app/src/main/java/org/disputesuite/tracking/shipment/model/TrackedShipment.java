package org.disputesuite.tracking.shipment.model;

import java.util.Optional;

/**
 * A registered shipment and where it stands; {@code state} is null until the carrier reported
 * something, {@code delayed} is true while a delay alert stands.
 */
public record TrackedShipment(Shipment shipment, ShipmentState state, boolean delayed) {

    public Optional<ShipmentState> currentState() {
        return Optional.ofNullable(state);
    }
}
