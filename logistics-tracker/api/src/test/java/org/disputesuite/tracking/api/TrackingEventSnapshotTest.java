package org.disputesuite.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.testing.JsonSnapshots;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.junit.jupiter.api.Test;

/** Freezes the wire shape of everything published on logistics.tracking.v1. */
class TrackingEventSnapshotTest {

    private static final EventCodec<TrackingEvent> CODEC = new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);

    static final ShipmentRegistered REGISTERED = new ShipmentRegistered("ORD-1001", "LP00012345678CN", "generic",
            "seller-3", "buyer-17",
            new Address("Ana García", "Calle Mayor 5", "2º B", "Madrid", "Madrid", "28013", "ES"),
            Instant.parse("2026-11-01T09:00:00Z"), Instant.parse("2026-11-20T23:59:59Z"),
            new Money("23.90", "USD"), Instant.parse("2026-11-01T09:05:00Z"));

    static final TrackingUpdated UPDATED = new TrackingUpdated("ORD-1001", "LP00012345678CN", "generic", "c-981",
            ShipmentStatus.EXCEPTION, "HELD_AT_CUSTOMS", "CUSTOMS", Instant.parse("2026-11-18T15:20:00.250Z"),
            "Held at customs", new TrackingLocation("Madrid", "28013", "ES"), ShipmentStatus.EXCEPTION,
            Instant.parse("2026-11-18T15:20:00.250Z"), Instant.parse("2026-11-18T15:21:03Z"));

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
    void unknownStatusIsReadAsException() {
        assertThat(ShipmentStatus.parse("HELD_AT_CUSTOMS")).isEqualTo(ShipmentStatus.EXCEPTION);
        assertThat(ShipmentStatus.parse("DELIVERED")).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(ShipmentStatus.parse(null)).isEqualTo(ShipmentStatus.EXCEPTION);
    }
}
