package org.disputesuite.tracking.shipment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.publishing.TrackingPublisher;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.disputesuite.tracking.shipment.model.ReceivedEvent;
import org.disputesuite.tracking.shipment.model.ShipmentTracking;
import org.disputesuite.tracking.shipment.model.TrackedShipment;
import org.disputesuite.tracking.shipment.model.TrackingSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a carrier reported: each event once per parcel. For a registered shipment the
 * status is carried forward from the summary of the known events and each new event is published
 * before the transaction commits, so a Kafka failure leaves nothing stored and the carrier's retry
 * starts afresh. Events of a parcel that is not registered yet wait, stored, for its registration.
 * The work, and so the time the parcel's lock is held, grows with the webhook's events only.
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
        Optional<TrackedShipment> shipment = shipments.findByParcel(parcel);
        TrackingSummary known = shipment.isPresent() ? events.summary(parcel) : TrackingSummary.empty();
        List<CarrierEvent> fresh = events.insertNew(parcel, report.events(), receivedAt);
        if (shipment.isPresent() && !fresh.isEmpty()) {
            publish(shipment.get(), known, fresh, receivedAt);
        }
        metrics.eventsReceived(parcel.carrier(), shipment.isPresent() ? "published" : "pending", fresh.size());
        metrics.eventsReceived(parcel.carrier(), "duplicate", report.events().size() - fresh.size());
    }

    private void publish(TrackedShipment shipment, TrackingSummary known, List<CarrierEvent> fresh,
                         Instant receivedAt) {
        List<ReceivedEvent> received = fresh.stream().map(event -> new ReceivedEvent(event, receivedAt)).toList();
        ShipmentTracking.Result result = ShipmentTracking.apply(shipment.shipment(), known, received);
        result.state().ifPresent(state -> shipments.updateState(shipment.shipment().orderId(), state));
        publisher.publish(List.<TrackingEvent>copyOf(result.updates()));
    }
}
