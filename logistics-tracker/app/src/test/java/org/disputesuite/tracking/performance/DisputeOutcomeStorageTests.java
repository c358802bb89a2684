package org.disputesuite.tracking.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.disputesuite.platform.testing.TestDatabase;
import org.disputesuite.tracking.performance.model.ShipmentOutcome;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The dispute outcomes and the read of a country's shipments take the same SQL on PostgreSQL and on
 * the embedded default (H2 in PostgreSQL mode, as application.yml opens it).
 */
class DisputeOutcomeStorageTests {

    private static final Instant SHIPPED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant PROMISED = Instant.parse("2026-11-05T23:59:59Z");

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("PostgreSQL", TestDatabase.create("tracker_performance"), TestDatabase.USER,
                        TestDatabase.PASSWORD),
                Arguments.of("H2", "jdbc:h2:mem:performance_" + UUID.randomUUID().toString().substring(0, 8)
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "sa", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void readsEachShipmentsEarliestDeliveryAndWhatBecameOfItsDispute(String name, String url, String user,
                                                                     String password) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password);
        Flyway.configure().dataSource(dataSource).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DisputeOutcomeStore outcomes = new DisputeOutcomeStore(jdbc);
        ShipmentOutcomes shipments = new ShipmentOutcomes(jdbc);
        shipment(jdbc, "ORD-1", "alpha", "PT");
        shipment(jdbc, "ORD-2", "alpha", "PT");
        shipment(jdbc, "ORD-3", "beta", "PT");
        shipment(jdbc, "ORD-4", "beta", "FR");
        event(jdbc, "alpha", "ORD-1", "c-1", "IN_TRANSIT", SHIPPED.plus(Duration.ofDays(1)));
        event(jdbc, "alpha", "ORD-1", "c-2", "DELIVERED", SHIPPED.plus(Duration.ofDays(4)));
        event(jdbc, "alpha", "ORD-1", "c-3", "DELIVERED", SHIPPED.plus(Duration.ofDays(2)));
        event(jdbc, "beta", "ORD-1", "c-9", "DELIVERED", SHIPPED.plus(Duration.ofHours(1)));
        event(jdbc, "alpha", "ORD-2", "c-1", "AVAILABLE_FOR_PICKUP", SHIPPED.plus(Duration.ofDays(3)));
        event(jdbc, "beta", "ORD-3", "c-1", "DELIVERED", SHIPPED.plus(Duration.ofDays(6)));

        outcomes.opened("DSP-2", "ORD-2");
        outcomes.opened("DSP-2", "ORD-2");
        outcomes.rulingTookEffect("DSP-2", "ORD-2", "R-2");
        outcomes.rulingTookEffect("DSP-2", "ORD-2", "R-2");
        outcomes.rulingTookEffect("DSP-3", "ORD-3", "R-3");
        outcomes.rulingSuperseded("DSP-3", "R-other");
        outcomes.rulingSuperseded("DSP-4", "R-4");
        outcomes.opened("DSP-1", "ORD-1");
        outcomes.rulingTookEffect("DSP-1", "ORD-1", "R-1");
        outcomes.rulingSuperseded("DSP-1", "R-1");
        outcomes.rulingSuperseded("DSP-1", "R-1");

        assertThat(shipments.toCountry("PT").stream().sorted(Comparator.comparing(ShipmentOutcome::deliveredAt,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList()).containsExactly(
                new ShipmentOutcome("alpha", SHIPPED, PROMISED, SHIPPED.plus(Duration.ofDays(2)), true, false),
                new ShipmentOutcome("beta", SHIPPED, PROMISED, SHIPPED.plus(Duration.ofDays(6)), true, true),
                new ShipmentOutcome("alpha", SHIPPED, PROMISED, null, true, true));
        assertThat(jdbc.queryForObject("select count(*) from dispute_outcomes", Integer.class)).isEqualTo(3);
        assertThat(shipments.toCountry("ES")).isEmpty();
    }

    private static void shipment(JdbcTemplate jdbc, String orderId, String carrier, String country) {
        jdbc.update("insert into shipments (order_id, carrier, tracking_number, seller_id, buyer_id, destination_name,"
                + " destination_line1, destination_city, destination_postal_code, destination_country_code,"
                + " shipped_at, promised_delivery_by, amount_value, amount_currency, registered_at)"
                + " values (?, ?, ?, 'seller-3', 'buyer-17', 'Ana', 'Rua Augusta 5', 'Lisboa', '1100-048', ?,"
                + " ?, ?, '23.90', 'USD', ?)",
                orderId, carrier, orderId, country, utc(SHIPPED), utc(PROMISED), utc(SHIPPED));
    }

    private static void event(JdbcTemplate jdbc, String carrier, String trackingNumber, String eventId, String status,
                              Instant occurredAt) {
        jdbc.update("insert into tracking_events (carrier, tracking_number, carrier_event_id, status, raw_status,"
                + " occurred_at, received_at) values (?, ?, ?, ?, ?, ?, ?)",
                carrier, trackingNumber, eventId, status, status, utc(occurredAt), utc(occurredAt));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
