package org.disputesuite.tracking.shipment.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;

/**
 * Turns newly known carrier events of a registered shipment into the tracking updates it
 * publishes: in occurrence order, each carrying the shipment's state once that event is known.
 */
public final class ShipmentTracking {

    private ShipmentTracking() {
    }

    public static Result apply(Shipment shipment, List<CarrierEvent> known, List<ReceivedEvent> fresh) {
        TrackingHistory history = TrackingHistory.of(known);
        List<ReceivedEvent> inOccurrenceOrder = new ArrayList<>(fresh);
        inOccurrenceOrder.sort(Comparator.comparing(received -> received.event().occurredAt()));
        List<TrackingUpdated> updates = new ArrayList<>();
        for (ReceivedEvent received : inOccurrenceOrder) {
            history = history.with(received.event());
            ShipmentState after = history.state().orElseThrow();
            CarrierEvent event = received.event();
            updates.add(new TrackingUpdated(shipment.orderId(), shipment.trackingNumber(), shipment.carrier(),
                    event.eventId(), event.status(), event.rawStatus(), event.subStatus(), event.occurredAt(),
                    event.description(), event.location(), after.status(), after.lastEventAt(),
                    received.receivedAt()));
        }
        return new Result(updates, history.state());
    }

    /** The updates to publish and the shipment's state after all of them. */
    public record Result(List<TrackingUpdated> updates, Optional<ShipmentState> state) {

        public Result {
            updates = List.copyOf(updates);
        }
    }
}
