package org.disputesuite.tracking.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.junit.jupiter.api.Test;

class TrackingPublisherTests {

    private static final Address MADRID =
            new Address("Ana García", "Calle Mayor 5", "2º B", "Madrid", "Madrid", "28013", "ES");

    @Test
    void namesARegistrationByItsOrderAndAShortHashOfWhatWasRegistered() {
        String id = TrackingPublisher.registeredEventId(registered("buyer-17", MADRID, "23.90",
                Instant.parse("2026-11-01T09:05:00Z")));

        assertThat(id).matches("shipment-registered:ORD-1001:[0-9a-f]{16}");
        assertThat(TrackingPublisher.envelope(registered("buyer-17", MADRID, "23.90",
                Instant.parse("2026-11-01T09:05:00Z"))).id()).isEqualTo(id);
    }

    @Test
    void givesARetryOfTheSameRegistrationTheSameIdWhenever() {
        String first = TrackingPublisher.registeredEventId(registered("buyer-17", MADRID, "23.90",
                Instant.parse("2026-11-01T09:05:00Z")));
        String retried = TrackingPublisher.registeredEventId(registered("buyer-17", MADRID, "23.90",
                Instant.parse("2026-11-01T09:07:31.250Z")));

        assertThat(retried).isEqualTo(first);
    }

    @Test
    void givesACorrectedRegistrationOfTheSameOrderANewId() {
        String first = TrackingPublisher.registeredEventId(registered("buyer-17", MADRID, "23.90",
                Instant.parse("2026-11-01T09:05:00Z")));
        Address noRegion = new Address("Ana García", "Calle Mayor 5", "2º B", "Madrid", null, "28013", "ES");
        Address regionInLine2 = new Address("Ana García", "Calle Mayor 5", null, "Madrid", "2º B", "28013", "ES");

        assertThat(TrackingPublisher.registeredEventId(registered("buyer-18", MADRID, "23.90",
                Instant.parse("2026-11-01T09:05:00Z")))).isNotEqualTo(first);
        assertThat(TrackingPublisher.registeredEventId(registered("buyer-17", MADRID, "32.90",
                Instant.parse("2026-11-01T09:05:00Z")))).isNotEqualTo(first);
        assertThat(TrackingPublisher.registeredEventId(registered("buyer-17", noRegion, "23.90",
                Instant.parse("2026-11-01T09:05:00Z")))).isNotEqualTo(first);
        assertThat(TrackingPublisher.registeredEventId(registered("buyer-17", regionInLine2, "23.90",
                Instant.parse("2026-11-01T09:05:00Z"))))
                .isNotEqualTo(TrackingPublisher.registeredEventId(registered("buyer-17",
                        new Address("Ana García", "Calle Mayor 5", "2º B", "Madrid", null, "28013", "ES"), "23.90",
                        Instant.parse("2026-11-01T09:05:00Z"))));
    }

    private static ShipmentRegistered registered(String buyerId, Address destination, String amount,
                                                 Instant registeredAt) {
        return new ShipmentRegistered("ORD-1001", "LP00012345678CN", "generic", "seller-3", buyerId, destination,
                Instant.parse("2026-11-01T09:00:00Z"), Instant.parse("2026-11-20T23:59:59Z"),
                new Money(amount, "USD"), registeredAt);
    }
}
