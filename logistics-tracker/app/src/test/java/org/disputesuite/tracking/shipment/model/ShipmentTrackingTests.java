package org.disputesuite.tracking.shipment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.tracking.api.ShipmentStatus.DELIVERED;
import static org.disputesuite.tracking.api.ShipmentStatus.IN_TRANSIT;
import static org.disputesuite.tracking.api.ShipmentStatus.OUT_FOR_DELIVERY;
import static org.disputesuite.tracking.shipment.model.TrackingHistoryTests.at;
import static org.disputesuite.tracking.shipment.model.TrackingHistoryTests.event;

import java.time.Instant;
import java.util.List;

import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.junit.jupiter.api.Test;

class ShipmentTrackingTests {

    private static final Instant RECEIVED = Instant.parse("2026-11-12T00:00:00Z");
    private static final Shipment SHIPMENT = new Shipment("ORD-1", "LP1", "generic", "seller-3", "buyer-17",
            new Address("Ana", "Calle Mayor 5", null, "Madrid", null, "28013", "ES"),
            at(0), at(200), new Money("23.90", "USD"), at(0));

    @Test
    void publishesNewEventsInOccurrenceOrderEachWithTheStateAfterIt() {
        ShipmentTracking.Result result = ShipmentTracking.apply(SHIPMENT, known(event("e1", IN_TRANSIT, null, 1)),
                List.of(received(event("e4", IN_TRANSIT, null, 4)), received(event("e3", DELIVERED, null, 3)),
                        received(event("e2", OUT_FOR_DELIVERY, null, 2))));

        assertThat(result.updates()).extracting(TrackingUpdated::carrierEventId).containsExactly("e2", "e3", "e4");
        assertThat(result.updates()).extracting(TrackingUpdated::shipmentStatus)
                .containsExactly(OUT_FOR_DELIVERY, DELIVERED, DELIVERED);
        assertThat(result.updates()).extracting(TrackingUpdated::lastEventAt).containsExactly(at(2), at(3), at(4));
        assertThat(result.state().orElseThrow().status()).isEqualTo(DELIVERED);
        TrackingUpdated first = result.updates().get(0);
        assertThat(first.orderId()).isEqualTo("ORD-1");
        assertThat(first.receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void carriesEachEventsOwnPickupPointAddressAndSignerWithTheShipmentsCheckAfterItAndItsParties() {
        PickupPoint kiosk = DeliverySummaryTests.AT_KIOSK;
        ShipmentTracking.Result result = ShipmentTracking.apply(DeliverySummaryTests.SHIPMENT, KnownTracking.none(),
                List.of(received(DeliverySummaryTests.arrival("e1", 1, kiosk)),
                        received(DeliverySummaryTests.delivery("e2", 2, DeliverySummaryTests.KIOSK)),
                        received(event("e3", IN_TRANSIT, null, 3))));

        TrackingUpdated arrival = result.updates().get(0);
        TrackingUpdated collection = result.updates().get(1);
        TrackingUpdated lateScan = result.updates().get(2);
        assertThat(arrival.pickupPoint()).isEqualTo(kiosk);
        assertThat(arrival.addressCheck()).isNull();
        assertThat(collection.pickupPoint()).isNull();
        assertThat(collection.deliveredTo()).isEqualTo(DeliverySummaryTests.KIOSK);
        assertThat(collection.signedBy()).isEqualTo("A. García");
        assertThat(collection.addressCheck().result()).isEqualTo(AddressCheck.MATCH);
        assertThat(lateScan.deliveredTo()).isNull();
        assertThat(lateScan.addressCheck()).isEqualTo(collection.addressCheck());
        assertThat(result.updates()).extracting(TrackingUpdated::sellerId).containsOnly("seller-3");
        assertThat(result.updates()).extracting(TrackingUpdated::buyerId).containsOnly("buyer-17");
        assertThat(result.pickupPoint()).contains(kiosk);
        assertThat(result.addressCheck()).contains(collection.addressCheck());
    }

    @Test
    void aLateEventBeforeTheKnownOnesDoesNotMoveTheStatusBack() {
        ShipmentTracking.Result result = ShipmentTracking.apply(SHIPMENT, known(event("e2", OUT_FOR_DELIVERY, null, 2)),
                List.of(received(event("e1", IN_TRANSIT, null, 1))));

        assertThat(result.updates().get(0).shipmentStatus()).isEqualTo(OUT_FOR_DELIVERY);
        assertThat(result.updates().get(0).lastEventAt()).isEqualTo(at(2));
    }

    @Test
    void recognisesTheSameRegistrationWhateverTheAmountsScaleOrRegistrationTime() {
        Shipment again = new Shipment("ORD-1", "LP1", "generic", "seller-3", "buyer-17", SHIPMENT.destination(),
                at(0), at(200), new Money("23.9", "USD"), at(5));
        Shipment otherAddress = new Shipment("ORD-1", "LP1", "generic", "seller-3", "buyer-17",
                new Address("Ana", "Calle Mayor 7", null, "Madrid", null, "28013", "ES"),
                at(0), at(200), new Money("23.90", "USD"), at(0));

        assertThat(SHIPMENT.registersSameAs(again)).isTrue();
        assertThat(SHIPMENT.registersSameAs(otherAddress)).isFalse();
    }

    private static KnownTracking known(CarrierEvent... events) {
        return DeliverySummaryTests.known(List.of(events));
    }

    private static ReceivedEvent received(CarrierEvent event) {
        return new ReceivedEvent(event, RECEIVED);
    }
}
