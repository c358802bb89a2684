package org.disputesuite.tracking.shipment;

import java.util.List;
import java.util.Optional;

import org.disputesuite.tracking.shipment.model.KnownTracking;
import org.disputesuite.tracking.shipment.model.ReceivedEvent;
import org.disputesuite.tracking.shipment.model.ShipmentTracking;
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

    /** The pickup point and address check are derived from the whole history, as each update published them. */
    @Transactional(readOnly = true)
    public Optional<ShipmentView> find(String orderId) {
        return shipments.findByOrderId(orderId).map(tracked -> {
            List<ReceivedEvent> received = events.findAll(tracked.shipment().parcel());
            TrackingHistory history = TrackingHistory.of(received.stream().map(ReceivedEvent::event).toList());
            ShipmentTracking.Result tracking = ShipmentTracking.apply(tracked.shipment(), KnownTracking.none(),
                    received);
            return ShipmentView.of(tracked, history.inOccurrenceOrder(), tracking.pickupPoint().orElse(null),
                    tracking.addressCheck().orElse(null));
        });
    }
}
