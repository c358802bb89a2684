package org.disputesuite.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.testing.JsonSnapshots;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.junit.jupiter.api.Test;

/** Freezes the wire shape of everything published on logistics.tracking.v1. */
class TrackingEventSnapshotTests {

    private static final EventCodec<TrackingEvent> CODEC = new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);

    static final ShipmentRegistered REGISTERED = new ShipmentRegistered("ORD-1001", "LP00012345678CN", "generic",
            "seller-3", "buyer-17",
            new Address("Ana García", "Calle Mayor 5", "2º B", "Madrid", "Madrid", "28013", "ES"),
            Instant.parse("2026-11-01T09:00:00Z"), Instant.parse("2026-11-20T23:59:59Z"),
            new Money("23.90", "USD"), Instant.parse("2026-11-01T09:05:00Z"));

    static final TrackingUpdated UPDATED = new TrackingUpdated("ORD-1001", "LP00012345678CN", "generic", "c-981",
            ShipmentStatus.EXCEPTION, "HELD_AT_CUSTOMS", "CUSTOMS", Instant.parse("2026-11-18T15:20:00.250Z"),
            "Held at customs", new TrackingLocation("Madrid", "28013", "ES"), ShipmentStatus.EXCEPTION,
            Instant.parse("2026-11-18T15:20:00.250Z"), Instant.parse("2026-11-18T15:21:03Z"), null, null, null, null,
            "seller-3", "buyer-17");

    @Test
    void shipmentRegisteredKeepsItsWireShape() {
        EventEnvelope envelope = CODEC.encode("shipment-registered:ORD-1001", REGISTERED.registeredAt(),
                REGISTERED.orderId(), REGISTERED.orderId(), REGISTERED);

        assertThat(envelope.type()).isEqualTo("shipment.registered.v1");
        JsonSnapshots.assertMatches("shipment.registered.v1", envelope.json());
        assertThat(CODEC.decode(envelope)).isEqualTo(REGISTERED);
    }

    @Test
    void trackingUpdatedKeepsItsWireShape() {
        EventEnvelope envelope = CODEC.encode("tracking:generic:LP00012345678CN:c-981", UPDATED.occurredAt(),
                UPDATED.orderId(), UPDATED.orderId(), UPDATED);

        assertThat(envelope.type()).isEqualTo("shipment.tracking-updated.v1");
        JsonSnapshots.assertMatches("shipment.tracking-updated.v1", envelope.json());
        assertThat(CODEC.decode(envelope)).isEqualTo(UPDATED);
    }

    @Test
    void deliveryWithItsAddressCheckKeepsItsWireShape() {
        Address reported = new Address(null, "C/ Mayor, 7", null, "Madrid", null, "28013", "ES");
        TrackingUpdated delivered = new TrackingUpdated("ORD-1001", "LP00012345678CN", "generic", "c-990",
                ShipmentStatus.DELIVERED, "DELIVERED", null, Instant.parse("2026-11-19T11:00:00Z"), "Delivered",
                new TrackingLocation("Madrid", "28013", "ES"), ShipmentStatus.DELIVERED,
                Instant.parse("2026-11-19T11:00:00Z"), Instant.parse("2026-11-19T11:00:05Z"), null, reported,
                "A. García", new AddressCheckResult(AddressCheck.MISMATCH, List.of("houseNumber")), "seller-3",
                "buyer-17");

        assertMatches("shipment.tracking-updated.v1.delivered", delivered);
    }

    @Test
    void arrivalAtAPickupPointKeepsItsWireShape() {
        TrackingUpdated arrived = new TrackingUpdated("ORD-1001", "LP00012345678CN", "generic", "c-985",
                ShipmentStatus.AVAILABLE_FOR_PICKUP, "AVAILABLE_FOR_PICKUP", "LOCKER",
                Instant.parse("2026-11-18T15:20:00Z"), "Parcel at pickup point", null,
                ShipmentStatus.AVAILABLE_FOR_PICKUP, Instant.parse("2026-11-18T15:20:00Z"),
                Instant.parse("2026-11-18T15:20:04Z"), new PickupPoint("PP-77", "Kiosko Sol",
                        new Address(null, "Calle del Sol 3", null, "Madrid", null, "28013", "ES"),
                        Instant.parse("2026-11-25T20:00:00Z")), null, null, null, "seller-3", "buyer-17");

        assertMatches("shipment.tracking-updated.v1.pickup", arrived);
    }

    @Test
    void delayDetectedKeepsItsWireShape() {
        TrackingEvent.DelayDetected delayed = new TrackingEvent.DelayDetected("ORD-1001", "LP00012345678CN",
                "generic", "seller-3", "buyer-17", DelayReason.STALLED, Instant.parse("2026-11-20T23:59:59Z"),
                ShipmentStatus.IN_TRANSIT, Instant.parse("2026-11-03T08:00:00Z"),
                Instant.parse("2026-11-08T08:00:30Z"));
        EventEnvelope envelope = CODEC.encode("delay:ORD-1001:STALLED:2026-11-03T08:00:00Z", delayed.detectedAt(),
                delayed.orderId(), delayed.orderId(), delayed);

        assertThat(envelope.type()).isEqualTo("shipment.delay-detected.v1");
        JsonSnapshots.assertMatches("shipment.delay-detected.v1", envelope.json());
        assertThat(CODEC.decode(envelope)).isEqualTo(delayed);
    }

    private static void assertMatches(String snapshot, TrackingUpdated event) {
        EventEnvelope envelope = CODEC.encode("tracking:generic:" + event.carrierEventId(), event.occurredAt(),
                event.orderId(), event.orderId(), event);
        JsonSnapshots.assertMatches(snapshot, envelope.json());
        assertThat(CODEC.decode(envelope)).isEqualTo(event);
    }

    @Test
    void unknownStatusIsReadAsException() {
        assertThat(ShipmentStatus.parse("HELD_AT_CUSTOMS")).isEqualTo(ShipmentStatus.EXCEPTION);
        assertThat(ShipmentStatus.parse("DELIVERED")).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(ShipmentStatus.parse(null)).isEqualTo(ShipmentStatus.EXCEPTION);
    }
}
