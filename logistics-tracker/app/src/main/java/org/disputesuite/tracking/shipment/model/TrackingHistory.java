package org.disputesuite.tracking.shipment.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * The tracking events of one parcel, in the order they were received. The shipment's status is
 * that of its latest event by occurrence (the later received wins a tie), except that an
 * in-transit kind of event that occurred after a delivery never replaces DELIVERED: carriers send
 * late scans, and a delivered parcel does not go back on the road.
 */
public final class TrackingHistory {

    private final List<CarrierEvent> received;

    private TrackingHistory(List<CarrierEvent> received) {
        this.received = List.copyOf(received);
    }

    public static TrackingHistory empty() {
        return new TrackingHistory(List.of());
    }

    public static TrackingHistory of(List<CarrierEvent> inReceivedOrder) {
        return new TrackingHistory(inReceivedOrder);
    }

    public TrackingHistory with(CarrierEvent event) {
        List<CarrierEvent> more = new ArrayList<>(received);
        more.add(event);
        return new TrackingHistory(more);
    }

    /** Oldest first; events that occurred at the same instant stay in the order they were received. */
    public List<CarrierEvent> inOccurrenceOrder() {
        List<CarrierEvent> sorted = new ArrayList<>(received);
        sorted.sort(Comparator.comparing(CarrierEvent::occurredAt));
        return sorted;
    }

    /** Empty while the carrier has reported nothing. */
    public Optional<ShipmentState> state() {
        CarrierEvent deciding = null;
        boolean delivered = false;
        Instant last = null;
        for (CarrierEvent event : inOccurrenceOrder()) {
            last = event.occurredAt();
            if (delivered && event.status().isInTransitKind()) {
                continue;
            }
            delivered |= event.status() == ShipmentStatus.DELIVERED;
            deciding = event;
        }
        if (deciding == null) {
            return Optional.empty();
        }
        return Optional.of(new ShipmentState(deciding.status(), deciding.subStatus(), last));
    }
}
