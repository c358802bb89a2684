package org.disputesuite.dispute.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.domain.DisputeId;
import org.disputesuite.dispute.domain.DisputeOpened;
import org.disputesuite.dispute.support.Api;
import org.disputesuite.dispute.support.Api.Response;
import org.disputesuite.dispute.support.Order;
import org.disputesuite.dispute.support.Records;
import org.disputesuite.dispute.support.ServiceUnderTest;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.api.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/** How disputes are stored and read back on PostgreSQL: older event shapes, snapshots, the rebuilt list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class EventStoreTests {

    private static final int SNAPSHOT_AFTER = 5;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceUnderTest.onKafkaAndPostgresql(registry, "dispute_store");
        registry.add("suite.disputes.snapshot-after", () -> SNAPSHOT_AFTER);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void readsAnOpeningStoredInItsFirstShapeAsAwaitingTheSeller() throws Exception {
        String orderId = "ORD-REV1-" + Records.newId();
        String disputeId = DisputeId.forOrder(orderId);
        String revision1 = Files.readString(Path.of("src/test/resources/snapshots/stored/dispute-opened-revision-1.json"))
                .replace("6f1c8e1e-5d0b-3c43-9a57-2f4d0c1b7a10", disputeId).replace("ORD-1001", orderId);
        jdbc.update("""
                insert into domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                  payloadtype, payloadrevision, payload, metadata) values (?, ?, 0, 'Dispute', ?, ?, '1', ?, ?)""",
                Records.newId(), disputeId, "2026-11-21T10:00:00Z", DisputeOpened.class.getName(),
                revision1.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        DisputeOpened read = (DisputeOpened) eventStore.readEvents(disputeId).next().getPayload();

        assertThat(read).isEqualTo(new DisputeOpened(disputeId, orderId, "buyer-17", "seller-3",
                DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived", new Money("23.90", "USD"),
                Instant.parse("2026-11-20T23:59:59Z"), null, DisputeStatus.AWAITING_SELLER_RESPONSE,
                Instant.parse("2026-11-21T10:00:00Z")));
        Response answered = api.post("/api/v1/disputes/" + disputeId + "/seller-response",
                TestTokens.bearer("seller-3", "SELLER"), "{\"action\": \"REJECT\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().get("status").asString()).isEqualTo("NEGOTIATING");
    }

    @Test
    void loadsALongDisputeFromItsSnapshotWithEverythingItKnew() {
        Order order = Order.fresh(api, jdbc, clock);
        order.registerPromisedAgo(Duration.ofDays(2));
        String disputeId = order.openDispute();
        post(order, disputeId, order.seller(), "/seller-response", """
                {"action": "PROPOSE", "proposal": {"solution": "PARTIAL_REFUND", "amount": {"value": "12.00", "currency": "USD"}}}""");
        for (int i = 1; i <= 2 * SNAPSHOT_AFTER; i++) {
            post(order, disputeId, i % 2 == 0 ? order.seller() : order.buyer(), "/messages",
                    "{\"text\": \"Message " + i + "\"}");
        }

        await("a snapshot is stored").atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from snapshotevententry where aggregateidentifier = ?", Integer.class,
                disputeId) > 0);
        JsonNode agreed = post(order, disputeId, order.buyer(), "/buyer-response", "{\"action\": \"ACCEPT_PROPOSAL\"}");

        assertThat(agreed.get("resolution").get("amount").get("value").asString())
                .as("the open proposal came back from the snapshot").isEqualTo("12.00");
        assertThat(agreed.get("messages")).hasSize(2 * SNAPSHOT_AFTER);
        Response refused = api.post("/api/v1/disputes/" + disputeId + "/messages", order.buyer(),
                "{\"text\": \"After the end\"}");
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void rebuildsTheListFromScratchByAReplay() {
        for (String action : List.of("{\"action\": \"ACCEPT\"}", "{\"action\": \"REJECT\"}")) {
            Order order = Order.fresh(api, jdbc, clock);
            order.registerPromisedAgo(Duration.ofDays(2));
            String disputeId = order.openDispute();
            post(order, disputeId, order.seller(), "/seller-response", action);
        }
        Order withdrawn = Order.fresh(api, jdbc, clock);
        withdrawn.registerPromisedAgo(Duration.ofDays(2));
        post(withdrawn, withdrawn.openDispute(), withdrawn.buyer(), "/buyer-response", "{\"action\": \"WITHDRAW\"}");
        List<Map<String, Object>> before = await("the list caught up").atMost(Duration.ofSeconds(20))
                .until(this::summaries, rows -> rows.stream().map(row -> row.get("status")).toList()
                        .containsAll(List.of("RESOLVED", "NEGOTIATING", "WITHDRAWN")));
        jdbc.update("update dispute_summaries set status = 'RESOLVED' where status = 'NEGOTIATING'");
        jdbc.update("delete from dispute_summaries where status = 'WITHDRAWN'");

        StreamingEventProcessor processor = processing.eventProcessor("dispute-summaries",
                StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await("the replay rebuilt every line").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(summaries()).isEqualTo(before));
        assertThat(jdbc.queryForObject("select count(distinct dispute_id) from dispute_summaries", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from dispute_summaries", Integer.class));
    }

    private List<Map<String, Object>> summaries() {
        return jdbc.queryForList("select dispute_id, order_id, buyer_id, seller_id, status, dispute_case, reason,"
                + " requested_solution, opened_at, updated_at, version from dispute_summaries order by dispute_id");
    }

    private JsonNode post(Order order, String disputeId, String token, String action, String body) {
        Response response = api.post("/api/v1/disputes/" + disputeId + action, token, body);
        assertThat(response.status()).as(order.id + " " + action + ": " + response).isEqualTo(200);
        return response.json();
    }
}
