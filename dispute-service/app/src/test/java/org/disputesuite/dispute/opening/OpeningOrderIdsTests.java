package org.disputesuite.dispute.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.disputesuite.dispute.support.KafkaProgress.records;
import static org.disputesuite.dispute.support.Records.newId;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.dispute.domain.DisputeId;
import org.disputesuite.dispute.support.Api;
import org.disputesuite.dispute.support.Api.Response;
import org.disputesuite.dispute.support.Records;
import org.disputesuite.dispute.support.ServiceUnderTest;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.api.Identifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriUtils;

/**
 * Order ids at opening follow logistics-tracker's id rule: any order id the tracker accepts opens a
 * dispute that reads back by its id and lists by its order id; any other is refused, naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class OpeningOrderIdsTests {

    private static final String OPERATOR = TestTokens.bearer("ops-1", "OPERATOR");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceUnderTest.onKafkaAndPostgresql(registry, "dispute_ids");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    Clock clock;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void opensAndReadsBackADisputeOnEveryKindOfOrderId() {
        List<String> suffixes = List.of("a-b_c.d:e~f", "ends.", "ends~", "Pedido-Nº", "заказ", "订单", "طلب-٣",
                "आदेश-३", "주문", "caf\u00e9", "\ud835\udc00", "A..B");
        for (String suffix : suffixes) {
            String orderId = "ORD-" + newId() + "-" + suffix;
            String buyerId = "buyer-" + newId();
            register(orderId, buyerId);

            Response opened = api.post("/api/v1/disputes", TestTokens.bearer(buyerId, "BUYER"),
                    Api.openBody(orderId, "REFUND"));

            assertThat(opened.status()).as(suffix + ": " + opened).isEqualTo(201);
            String disputeId = opened.json().get("disputeId").asString();
            assertThat(disputeId).isEqualTo(DisputeId.forOrder(orderId));
            Response read = api.get(opened.location(), TestTokens.bearer(buyerId, "BUYER"));
            assertThat(read.status()).as(suffix + ": " + read).isEqualTo(200);
            assertThat(read.json().get("orderId").asString()).isEqualTo(orderId);
            String byOrder = "/api/v1/disputes?orderId=" + UriUtils.encodeQueryParam(orderId, StandardCharsets.UTF_8);
            List<String> listed = await().atMost(Duration.ofSeconds(20))
                    .until(() -> api.get(byOrder, OPERATOR).json().findValuesAsString("disputeId"),
                            ids -> !ids.isEmpty());
            assertThat(listed).as(suffix).containsExactly(disputeId);
        }
    }

    @Test
    void opensTheDisputeOfTheRegisteredOrderWhateverNormalizationFormItIsSpelledIn() {
        String orderId = "ORD-" + newId() + "-caf\u00e9";
        String spelledApart = Normalizer.normalize(orderId, Normalizer.Form.NFD);
        String buyerId = "buyer-" + newId();
        register(orderId, buyerId);

        Response opened = api.post("/api/v1/disputes", TestTokens.bearer(buyerId, "BUYER"),
                Api.openBody(spelledApart, "REFUND"));
        Response again = api.post("/api/v1/disputes", TestTokens.bearer(buyerId, "BUYER"),
                Api.openBody(orderId, "REFUND"));

        assertThat(spelledApart).isNotEqualTo(orderId);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.json().get("orderId").asString()).isEqualTo(orderId);
        assertThat(opened.json().get("disputeId").asString()).isEqualTo(DisputeId.forOrder(orderId));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(eventStore.lastSequenceNumberFor(DisputeId.forOrder(spelledApart))).isEmpty();
    }

    @Test
    void refusesOrderIdsOutsideTheCharacterSetNamingTheFieldAndStoresNothing() {
        Map<String, String> badIds = Map.of("percent", "ORD%41", "semicolon", "ORD;1", "backslash", "ORD\\\\1",
                "slash", "ORD/1", "nul", "ORD\\u00001", "space", "ORD 1", "leading-dot", ".ORD");
        String buyer = TestTokens.bearer("buyer-" + newId(), "BUYER");
        for (Map.Entry<String, String> bad : badIds.entrySet()) {
            String body = "{\"orderId\": \"" + bad.getValue() + "\", \"reason\": \"NOT_RECEIVED\","
                    + " \"requestedSolution\": \"REFUND\"}";

            Response refused = api.post("/api/v1/disputes", buyer, body);

            assertThat(refused.status()).as(bad.getKey() + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").findValuesAsString("field")).as(bad.getKey())
                    .containsExactly("orderId");
            assertThat(refused.json().get("errors").get(0).get("message").asString()).isEqualTo(Identifiers.RULE);
            String orderId = refusedOrderId(bad.getValue());
            assertThat(eventStore.lastSequenceNumberFor(DisputeId.forOrder(orderId))).as(bad.getKey()).isEmpty();
            assertThat(records(DisputeTopics.EVENTS, orderId)).as(bad.getKey()).isEmpty();
        }
    }

    /** The order id as the JSON above spells it, once decoded. */
    private static String refusedOrderId(String inJson) {
        return inJson.replace("\\\\", "\\").replace("\\u0000", "\u0000");
    }

    private void register(String orderId, String buyerId) {
        Instant promised = clock.instant().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        TestKafka.send(Records.registered(newId(), orderId, buyerId, "seller-" + newId(), promised));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from known_shipments where order_id = ?", Integer.class, orderId) == 1);
    }
}
