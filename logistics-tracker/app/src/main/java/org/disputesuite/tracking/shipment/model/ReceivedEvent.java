package org.disputesuite.tracking.shipment.model;

import java.time.Instant;

/** A carrier event and when the tracker received it. */
public record ReceivedEvent(CarrierEvent event, Instant receivedAt) {
}
