package org.disputesuite.tracking.shipment.model;

import java.time.Instant;

import org.disputesuite.tracking.api.ShipmentStatus;

/** Where a shipment stands after its tracking events: its status, the carrier's detail, and its latest event time. */
public record ShipmentState(ShipmentStatus status, String subStatus, Instant lastEventAt) {
}
