package org.disputesuite.tracking.shipment.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tracking events of one parcel, in the order they were received. Its state is the one
 * {@link TrackingSummary} describes.
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

    /** Oldest first; events that occurred at the same instant stay in the order they were received. */
    public List<CarrierEvent> inOccurrenceOrder() {
        List<CarrierEvent> sorted = new ArrayList<>(received);
        sorted.sort(Comparator.comparing(CarrierEvent::occurredAt));
        return sorted;
    }

    /** Empty while the carrier has reported nothing. */
    public Optional<ShipmentState> state() {
        return TrackingSummary.of(received).state();
    }
}
