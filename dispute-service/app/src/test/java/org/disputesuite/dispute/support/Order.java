package org.disputesuite.dispute.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.disputesuite.dispute.support.Records.newId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

import org.disputesuite.dispute.support.Api.Response;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/** One order of a buyer and a seller, as the tests drive it through Kafka and the API. */
public final class Order {

    public final String id;
    public final String buyerId;
    public final String sellerId;
    private final Api api;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    private Order(String id, String buyerId, String sellerId, Api api, JdbcTemplate jdbc, Clock clock) {
        this.id = id;
        this.buyerId = buyerId;
        this.sellerId = sellerId;
        this.api = api;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A new order with parties of its own; {@code jdbc} reads what dispute-service learned of it, and
     * {@code clock} is the service's, so that dates agree with the opening window it applies.
     */
    public static Order fresh(Api api, JdbcTemplate jdbc, Clock clock) {
        return new Order("ORD-IT-" + newId(), "buyer-" + newId(), "seller-" + newId(), api, jdbc, clock);
    }

    /** An order this service may not know yet. */
    public static Order of(String id, String buyerId, String sellerId, Api api, JdbcTemplate jdbc, Clock clock) {
        return new Order(id, buyerId, sellerId, api, jdbc, clock);
    }

    /** A new order of the same buyer from another seller. */
    public Order anotherOfTheSameBuyer() {
        return new Order("ORD-IT-" + newId(), buyerId, "seller-" + newId(), api, jdbc, clock);
    }

    public String buyer() {
        return TestTokens.bearer(buyerId, "BUYER");
    }

    public String seller() {
        return TestTokens.bearer(sellerId, "SELLER");
    }

    public void register(Instant promised) {
        TestKafka.send(Records.registered(newId(), id, buyerId, sellerId, promised));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from known_shipments where order_id = ?", Integer.class, id) == 1);
    }

    public void registerPromisedAgo(Duration ago) {
        register(clock.instant().minus(ago).truncatedTo(ChronoUnit.SECONDS));
    }

    public void track(ShipmentStatus status) {
        TestKafka.send(Records.tracked(newId(), id, status, clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> status.name().equals(jdbc.queryForObject(
                "select status from known_shipments where order_id = ?", String.class, id)));
    }

    public String openDispute() {
        return openDispute("REFUND");
    }

    public String openDispute(String solution) {
        Response opened = api.post("/api/v1/disputes", buyer(), Api.openBody(id, solution));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().get("disputeId").asString();
    }

    public void rule(String eventId, RulingEvent event) {
        TestKafka.send(Records.ruling(eventId, event));
    }

    /** The dispute as its buyer reads it, once it meets the condition. */
    public JsonNode awaitDispute(String disputeId, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/v1/disputes/" + disputeId, buyer()).json(), condition::test);
    }
}
