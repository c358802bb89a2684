package org.disputesuite.tracking.shipment;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingLocation;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.ShipmentState;
import org.disputesuite.tracking.shipment.model.TrackedShipment;

/**
 * A shipment as the API shows it: what was registered, where it stands, its events oldest first,
 * the address check of its latest delivery (null until a delivery is reported) and the pickup point
 * it last arrived at (null when it never did), and whether a delay alert stands.
 */
public record ShipmentView(String orderId, String trackingNumber, String carrier, String sellerId, String buyerId,
                           Address destination, Instant shippedAt, Instant promisedDeliveryBy, Money amount,
                           Instant registeredAt, ShipmentStatus status, String subStatus, Instant lastEventAt,
                           List<EventView> events, AddressCheckResult addressCheck, PickupPoint pickupPoint,
                           boolean delayed) {

    static ShipmentView of(TrackedShipment tracked, List<CarrierEvent> eventsOldestFirst, PickupPoint pickupPoint,
                           AddressCheckResult addressCheck) {
        var shipment = tracked.shipment();
        ShipmentState state = tracked.state();
        return new ShipmentView(shipment.orderId(), shipment.trackingNumber(), shipment.carrier(),
                shipment.sellerId(), shipment.buyerId(), shipment.destination(), shipment.shippedAt(),
                shipment.promisedDeliveryBy(), shipment.amount(), shipment.registeredAt(),
                state == null ? null : state.status(), state == null ? null : state.subStatus(),
                state == null ? null : state.lastEventAt(),
                eventsOldestFirst.stream().map(EventView::of).toList(), addressCheck, pickupPoint,
                tracked.delayed());
    }

    /**
     * One carrier event, with its own pickup point, delivery address and signer where the carrier
     * named them; {@code rawStatus} only where the carrier's word is not a normalized status.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventView(String eventId, ShipmentStatus status, String rawStatus, String subStatus,
                            Instant occurredAt, String description, TrackingLocation location,
                            PickupPoint pickupPoint, Address deliveredTo, String signedBy) {

        static EventView of(CarrierEvent event) {
            String raw = event.status().name().equals(event.rawStatus()) ? null : event.rawStatus();
            return new EventView(event.eventId(), event.status(), raw, event.subStatus(), event.occurredAt(),
                    event.description(), event.location(), event.pickupPoint(), event.deliveredTo(),
                    event.signedBy());
        }
    }
}
