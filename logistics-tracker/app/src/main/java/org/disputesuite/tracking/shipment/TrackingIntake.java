package org.disputesuite.tracking.shipment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.publishing.TrackingPublisher;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.KnownTracking;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.disputesuite.tracking.shipment.model.ReceivedEvent;
import org.disputesuite.tracking.shipment.model.ShipmentTracking;
import org.disputesuite.tracking.shipment.model.TrackedShipment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a carrier reported: each event once per parcel, an arrival at a pickup point with
 * its collect-by time settled (the carrier's, or the policy's pickup-window after the arrival). For
 * a registered shipment the status and address check are carried forward from the summaries of the
 * known events and each new event is published before the transaction commits, so a Kafka failure
 * leaves nothing stored and the carrier's retry starts afresh. Events of a parcel that is not
 * registered yet wait, stored, for its registration. The work, and so the time the parcel's lock is
 * held, grows with the webhook's events only.
 */
@Service
public class TrackingIntake {

    private final ParcelLocks locks;
    private final ShipmentStore shipments;
    private final TrackingEventStore events;
    private final TrackingPublisher publisher;
    private final TrackingMetrics metrics;
    private final PolicySettings policy;

    TrackingIntake(ParcelLocks locks, ShipmentStore shipments, TrackingEventStore events,
                   TrackingPublisher publisher, TrackingMetrics metrics, PolicySettings policy) {
        this.locks = locks;
        this.shipments = shipments;
        this.events = events;
        this.publisher = publisher;
        this.metrics = metrics;
        this.policy = policy;
    }

    @Transactional
    public void record(CarrierReport report, Instant receivedAt) {
        ParcelId parcel = report.parcel();
        locks.lock(parcel, receivedAt);
        Optional<TrackedShipment> shipment = shipments.findByParcel(parcel);
        List<CarrierEvent> reported = report.events().stream()
                .map(event -> event.collectableWithin(policy.pickupWindow()))
                .toList();
        KnownTracking known = shipment.isPresent() ? events.known(parcel, reported) : KnownTracking.none();
        List<CarrierEvent> fresh = events.insertNew(parcel, reported, receivedAt);
        if (shipment.isPresent() && !fresh.isEmpty()) {
            publish(shipment.get(), known, fresh, receivedAt);
        }
        metrics.freshEvents(parcel.carrier(), fresh);
        metrics.eventsReceived(parcel.carrier(), shipment.isPresent() ? "published" : "pending", fresh.size());
        metrics.eventsReceived(parcel.carrier(), "duplicate", report.events().size() - fresh.size());
    }

    private void publish(TrackedShipment shipment, KnownTracking known, List<CarrierEvent> fresh,
                         Instant receivedAt) {
        List<ReceivedEvent> received = fresh.stream().map(event -> new ReceivedEvent(event, receivedAt)).toList();
        ShipmentTracking.Result result = ShipmentTracking.apply(shipment.shipment(), known, received);
        result.state().ifPresent(state -> shipments.updateState(shipment, state));
        publisher.publish(List.<TrackingEvent>copyOf(result.updates()));
    }
}
