package org.disputesuite.tracking.shipment.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;

/**
 * Turns newly known carrier events of a registered shipment into the tracking updates it
 * publishes: in occurrence order, each carrying the shipment's state once that event is known.
 * The events known before count only through their summary, so the work grows with the new
 * events alone.
 */
public final class ShipmentTracking {

    private ShipmentTracking() {
    }

    /** {@code fresh} in the order they were received, all after the events {@code known} sums up. */
    public static Result apply(Shipment shipment, TrackingSummary known, List<ReceivedEvent> fresh) {
        List<ReceivedEvent> inOccurrenceOrder = new ArrayList<>(fresh);
        inOccurrenceOrder.sort(Comparator.comparing(received -> received.event().occurredAt()));
        TrackingSummary summary = known;
        List<TrackingUpdated> updates = new ArrayList<>(inOccurrenceOrder.size());
        for (ReceivedEvent received : inOccurrenceOrder) {
            summary = summary.with(received.event());
            ShipmentState after = summary.state().orElseThrow();
            CarrierEvent event = received.event();
            updates.add(new TrackingUpdated(shipment.orderId(), shipment.trackingNumber(), shipment.carrier(),
                    event.eventId(), event.status(), event.rawStatus(), event.subStatus(), event.occurredAt(),
                    event.description(), event.location(), after.status(), after.lastEventAt(),
                    received.receivedAt()));
        }
        return new Result(updates, summary.state());
    }

    /** The updates to publish and the shipment's state after all of them. */
    public record Result(List<TrackingUpdated> updates, Optional<ShipmentState> state) {

        public Result {
            updates = List.copyOf(updates);
        }
    }
}
