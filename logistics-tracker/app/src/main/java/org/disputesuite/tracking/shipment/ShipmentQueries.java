package org.disputesuite.tracking.shipment;

import java.util.Optional;

import org.disputesuite.tracking.shipment.model.ReceivedEvent;
import org.disputesuite.tracking.shipment.model.TrackingHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ShipmentQueries {

    private final ShipmentStore shipments;
    private final TrackingEventStore events;

    ShipmentQueries(ShipmentStore shipments, TrackingEventStore events) {
        this.shipments = shipments;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<ShipmentView> find(String orderId) {
        return shipments.findByOrderId(orderId).map(tracked -> {
            TrackingHistory history = TrackingHistory.of(events.findAll(tracked.shipment().parcel()).stream()
                    .map(ReceivedEvent::event)
                    .toList());
            return ShipmentView.of(tracked, history.inOccurrenceOrder());
        });
    }
}
