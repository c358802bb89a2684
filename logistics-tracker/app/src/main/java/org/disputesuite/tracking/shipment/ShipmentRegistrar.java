package org.disputesuite.tracking.shipment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disputesuite.platform.security.Caller;
import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.publishing.TrackingPublisher;
import org.disputesuite.tracking.shipment.model.KnownTracking;
import org.disputesuite.tracking.shipment.model.ReceivedEvent;
import org.disputesuite.tracking.shipment.model.Shipment;
import org.disputesuite.tracking.shipment.model.ShipmentTracking;
import org.disputesuite.tracking.shipment.model.TrackedShipment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a seller's shipment and publishes it, then the tracking events its carrier reported
 * before, each with the shipment's status and address check after it as if it had arrived now;
 * all inside one transaction that commits only after Kafka acknowledged.
 */
@Service
class ShipmentRegistrar {

    enum Registration { CREATED, UNCHANGED }

    private final ParcelLocks locks;
    private final ShipmentStore shipments;
    private final TrackingEventStore events;
    private final TrackingPublisher publisher;
    private final TrackingMetrics metrics;

    ShipmentRegistrar(ParcelLocks locks, ShipmentStore shipments, TrackingEventStore events,
                      TrackingPublisher publisher, TrackingMetrics metrics) {
        this.locks = locks;
        this.shipments = shipments;
        this.events = events;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** docs/api.md's order: whether the caller may act on an existing shipment (403) before its state (409). */
    @Transactional
    public Registration register(Shipment requested, Caller caller) {
        locks.lock(requested.parcel(), requested.registeredAt());
        Optional<TrackedShipment> existing = shipments.findByOrderId(requested.orderId());
        if (existing.isPresent()) {
            if (!caller.isOperator() && !existing.get().shipment().sellerId().equals(caller.partyId())) {
                throw ApiProblem.forbidden("Order " + requested.orderId() + " is another seller's");
            }
            if (!existing.get().shipment().registersSameAs(requested)) {
                throw ApiProblem.conflict("Order " + requested.orderId() + " already has a different shipment");
            }
            metrics.shipmentRegistration("unchanged");
            return Registration.UNCHANGED;
        }
        if (shipments.findByParcel(requested.parcel()).isPresent()) {
            throw trackingNumberTaken(requested);
        }
        TrackedShipment inserted;
        try {
            inserted = shipments.insert(requested);
        } catch (DuplicateKeyException raced) {
            throw ApiProblem.conflict("Order " + requested.orderId() + " or its tracking number was registered"
                    + " at the same moment by another request");
        }
        List<ReceivedEvent> reportedEarlier = events.findAll(requested.parcel());
        ShipmentTracking.Result tracking = ShipmentTracking.apply(requested, KnownTracking.none(), reportedEarlier);
        tracking.state().ifPresent(state -> shipments.updateState(inserted, state));

        List<TrackingEvent> toPublish = new ArrayList<>();
        toPublish.add(registered(requested));
        toPublish.addAll(tracking.updates());
        publisher.publish(toPublish);
        metrics.shipmentRegistration("created");
        return Registration.CREATED;
    }

    private static ApiProblem trackingNumberTaken(Shipment requested) {
        return ApiProblem.conflict("Tracking number " + requested.trackingNumber() + " of carrier "
                + requested.carrier() + " belongs to another order");
    }

    private static ShipmentRegistered registered(Shipment shipment) {
        return new ShipmentRegistered(shipment.orderId(), shipment.trackingNumber(), shipment.carrier(),
                shipment.sellerId(), shipment.buyerId(), shipment.destination(), shipment.shippedAt(),
                shipment.promisedDeliveryBy(), shipment.amount(), shipment.registeredAt());
    }
}
