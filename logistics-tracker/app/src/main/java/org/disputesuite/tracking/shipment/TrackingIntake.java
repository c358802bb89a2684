package org.disputesuite.tracking.shipment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.publishing.TrackingPublisher;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.disputesuite.tracking.shipment.model.ReceivedEvent;
import org.disputesuite.tracking.shipment.model.ShipmentTracking;
import org.disputesuite.tracking.shipment.model.TrackedShipment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a carrier reported: each event once per parcel. For a registered shipment the
 * status is recomputed and each new event is published before the transaction commits, so a
 * Kafka failure leaves nothing stored and the carrier's retry starts afresh. Events of a parcel
 * that is not registered yet wait, stored, for its registration.
 */
@Service
public class TrackingIntake {

    private final ParcelLocks locks;
    private final ShipmentStore shipments;
    private final TrackingEventStore events;
    private final TrackingPublisher publisher;
    private final TrackingMetrics metrics;

    TrackingIntake(ParcelLocks locks, ShipmentStore shipments, TrackingEventStore events,
                   TrackingPublisher publisher, TrackingMetrics metrics) {
        this.locks = locks;
        this.shipments = shipments;
        this.events = events;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    @Transactional
    public void record(CarrierReport report, Instant receivedAt) {
        ParcelId parcel = report.parcel();
        locks.lock(parcel, receivedAt);
        Set<String> freshIds = new HashSet<>();
        for (CarrierEvent event : report.events()) {
            if (events.insertIfNew(parcel, event, receivedAt)) {
                freshIds.add(event.eventId());
            }
        }
        int duplicates = report.events().size() - freshIds.size();
        Optional<TrackedShipment> shipment = shipments.findByParcel(parcel);
        if (shipment.isPresent() && !freshIds.isEmpty()) {
            publishFresh(shipment.get(), parcel, freshIds);
        }
        metrics.eventsReceived(parcel.carrier(), shipment.isPresent() ? "published" : "pending", freshIds.size());
        metrics.eventsReceived(parcel.carrier(), "duplicate", duplicates);
    }

    private void publishFresh(TrackedShipment shipment, ParcelId parcel, Set<String> freshIds) {
        List<CarrierEvent> known = new ArrayList<>();
        List<ReceivedEvent> fresh = new ArrayList<>();
        for (ReceivedEvent received : events.findAll(parcel)) {
            if (freshIds.contains(received.event().eventId())) {
                fresh.add(received);
            } else {
                known.add(received.event());
            }
        }
        ShipmentTracking.Result result = ShipmentTracking.apply(shipment.shipment(), known, fresh);
        result.state().ifPresent(state -> shipments.updateState(shipment.shipment().orderId(), state));
        publisher.publish(List.<TrackingEvent>copyOf(result.updates()));
    }
}
