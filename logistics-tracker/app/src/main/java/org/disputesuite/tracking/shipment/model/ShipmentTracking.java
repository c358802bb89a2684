package org.disputesuite.tracking.shipment.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;

/**
 * Turns newly known carrier events of a registered shipment into the tracking updates it
 * publishes: in occurrence order, each carrying the event's own pickup point, delivery address and
 * signer, and the shipment's status and address check once that event is known. The events known
 * before count only through their summaries, so the work grows with the new events alone.
 */
public final class ShipmentTracking {

    private ShipmentTracking() {
    }

    /** {@code fresh} in the order they were received, all after the events {@code known} sums up. */
    public static Result apply(Shipment shipment, KnownTracking known, List<ReceivedEvent> fresh) {
        List<ReceivedEvent> inOccurrenceOrder = new ArrayList<>(fresh);
        inOccurrenceOrder.sort(Comparator.comparing(received -> received.event().occurredAt()));
        TrackingSummary summary = known.summary();
        DeliverySummary deliveries = known.deliveries();
        TrackingSummary freshSoFar = TrackingSummary.empty();
        List<TrackingUpdated> updates = new ArrayList<>(inOccurrenceOrder.size());
        for (ReceivedEvent received : inOccurrenceOrder) {
            CarrierEvent event = received.event();
            // the fresh events taken in so far occurred at or before this one: all of them came earlier
            TrackingSummary takenIn = freshSoFar;
            deliveries = deliveries.with(event, summary,
                    instant -> known.earlier().atOrBefore(instant).followedBy(takenIn));
            summary = summary.with(event);
            freshSoFar = freshSoFar.with(event);
            ShipmentState after = summary.state().orElseThrow();
            updates.add(new TrackingUpdated(shipment.orderId(), shipment.trackingNumber(), shipment.carrier(),
                    event.eventId(), event.status(), event.rawStatus(), event.subStatus(), event.occurredAt(),
                    event.description(), event.location(), after.status(), after.lastEventAt(),
                    received.receivedAt(), event.pickupPoint(), event.deliveredTo(), event.signedBy(),
                    deliveries.addressCheck(shipment.destination()).orElse(null), shipment.sellerId(),
                    shipment.buyerId()));
        }
        return new Result(updates, summary.state(), deliveries.pickupPoint(),
                deliveries.addressCheck(shipment.destination()));
    }

    /**
     * The updates to publish and the shipment's state after all of them: its status, the pickup
     * point it last arrived at, and the address check of its latest delivery.
     */
    public record Result(List<TrackingUpdated> updates, Optional<ShipmentState> state,
                         Optional<PickupPoint> pickupPoint, Optional<AddressCheckResult> addressCheck) {

        public Result {
            updates = List.copyOf(updates);
        }
    }
}
