package org.disputesuite.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.api.WebhookSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;

/**
 * The suite as shipped: the all-in-one jar started with {@code java -jar}, a short seller response
 * window, and the silent-seller story played only through HTTP and signed webhooks.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SilentSellerStoryIT {

    /** The suite under test runs on this machine's clock: timestamps and webhook signatures must agree with it. */
    private static final Clock SUITE_CLOCK = Clock.systemUTC();

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final String CARRIER_SECRET = "whsec-e2e-generic-carrier-secret";
    private static final String TRACKER = "http://127.0.0.1:8081";
    private static final String DISPUTES = "http://127.0.0.1:8082";
    private static final String RULINGS = "http://127.0.0.1:8083";
    private static final String NOTIFICATIONS = "http://127.0.0.1:8084";

    private static Path dataDir;
    private static Map<String, String> env;
    private static RunningJar suite;

    private final String buyer = TestTokens.token("buyer-17", "BUYER");
    private final String seller = TestTokens.token("seller-3", "SELLER");
    private final String operator = TestTokens.token("ops-1", "OPERATOR");

    private static String orderId;
    private static String disputeId;

    @BeforeAll
    static void startSuite() throws Exception {
        dataDir = Files.createTempDirectory("dispute-suite-e2e");
        int kafkaPort = RunningJar.freePort();
        env = new HashMap<>();
        env.put("SUITE_DATA_DIR", dataDir.toString());
        env.put("SUITE_KAFKA_PORT", String.valueOf(kafkaPort));
        env.put("SUITE_KAFKA_CONTROLLER_PORT", String.valueOf(RunningJar.freePort()));
        env.put("SUITE_JWT_SECRET", TestTokens.SECRET);
        env.put("SUITE_CARRIERS_GENERIC_SECRET", "an-old-rotated-secret-of-the-carrier," + CARRIER_SECRET);
        env.put("SUITE_POLICY_SELLER_RESPONSE_WINDOW", "PT8S");
        env.put("SUITE_READY_TIMEOUT", "PT3M30S");
        suite = start();
        orderId = "ORD-E2E-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RunningJar start() throws Exception {
        Path jar = Path.of(System.getProperty("suite.jar"));
        RunningJar started = RunningJar.start(jar, env, dataDir, Path.of("target/e2e-logs/suite.log"));
        assertThat(started.awaitLine(SuiteLauncher.READY_LINE, READY_TIMEOUT))
                .as("the all-in-one prints '%s'; its output:%n%s", SuiteLauncher.READY_LINE, started.output())
                .isTrue();
        return started;
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void sellerRegistersTheShipmentAndTheCarrierReportsItInTransit() {
        Instant now = SUITE_CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
        String shipment = """
                {"orderId": "%s", "trackingNumber": "LP%s", "carrier": "generic",
                 "sellerId": "seller-3", "buyerId": "buyer-17",
                 "destination": {"name": "Ana García", "line1": "Calle Mayor 5", "line2": "2º B",
                                 "city": "Madrid", "region": "Madrid", "postalCode": "28013", "countryCode": "ES"},
                 "shippedAt": "%s", "promisedDeliveryBy": "%s",
                 "amount": {"value": "23.90", "currency": "USD"}}
                """.formatted(orderId, orderId.substring(8), now.minus(20, ChronoUnit.DAYS),
                now.minus(2, ChronoUnit.DAYS));
        Http.Answer registered = Http.post(TRACKER + "/api/v1/shipments", seller, shipment);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        byte[] webhook = """
                {"trackingNumber": "LP%s",
                 "events": [{"eventId": "e2e-1", "status": "IN_TRANSIT", "occurredAt": "%s",
                             "description": "Departed from sorting centre",
                             "location": {"city": "Shenzhen", "countryCode": "CN"}}]}
                """.formatted(orderId.substring(8), now.minus(15, ChronoUnit.DAYS)).getBytes(StandardCharsets.UTF_8);
        Http.Answer accepted = Http.post(TRACKER + "/webhooks/carriers/generic", signed("wh-" + orderId, webhook),
                webhook);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);

        Http.Answer again = Http.post(TRACKER + "/webhooks/carriers/generic", signed("wh-" + orderId, webhook),
                webhook);
        assertThat(again.status()).as("the same webhook id again").isEqualTo(202);

        JsonNode tracked = Http.get(TRACKER + "/api/v1/shipments/" + orderId, buyer).json();
        assertThat(tracked.path("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(tracked.path("events")).hasSize(1);
    }

    @Test
    @Order(2)
    void buyerOpensADisputeAfterThePromisedDate() {
        String body = """
                {"orderId": "%s", "reason": "NOT_RECEIVED", "requestedSolution": "REFUND",
                 "description": "Nothing arrived"}""".formatted(orderId);
        Http.Answer[] opened = new Http.Answer[1];
        await("dispute-service learns the shipment from Kafka and takes the dispute")
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    opened[0] = Http.post(DISPUTES + "/api/v1/disputes", buyer, body);
                    return opened[0].status() != 422;
                });
        assertThat(opened[0].status()).as(opened[0].body()).isEqualTo(201);
        JsonNode dispute = opened[0].json();
        disputeId = dispute.path("disputeId").asString();
        assertThat(dispute.path("status").asString()).isEqualTo("AWAITING_SELLER_RESPONSE");

        Http.Answer second = Http.post(DISPUTES + "/api/v1/disputes", buyer, body);
        assertThat(second.status()).as("one dispute per order").isEqualTo(409);

        await("the platform sets the seller's deadline").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(() -> {
                    JsonNode current = Http.get(DISPUTES + "/api/v1/disputes/" + disputeId, seller).json();
                    assertThat(current.path("case").asString()).isEqualTo("IN_TRANSIT");
                    assertThat(scheduledDeadlines(current)).containsExactly("SELLER_RESPONSE");
                });
    }

    @Test
    @Order(3)
    void platformRulesSellerSilentOnceTheWindowPasses() {
        await("R1-SELLER-SILENT is applied").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    JsonNode dispute = Http.get(DISPUTES + "/api/v1/disputes/" + disputeId, buyer).json();
                    assertThat(dispute.path("status").asString()).isEqualTo("RESOLVED");
                });
        JsonNode dispute = Http.get(DISPUTES + "/api/v1/disputes/" + disputeId, operator).json();
        JsonNode ruling = dispute.path("ruling");
        assertThat(ruling.path("ruleId").asString()).isEqualTo("R1-SELLER-SILENT");
        assertThat(ruling.path("outcome").asString()).isEqualTo("REFUND_BUYER");
        assertThat(ruling.path("responsibleParty").asString()).isEqualTo("SELLER");
        assertThat(ruling.path("reasons")).isNotEmpty();
        JsonNode resolution = dispute.path("resolution");
        assertThat(resolution.path("outcome").asString()).isEqualTo("REFUND_BUYER");
        assertThat(resolution.path("responsibleParty").asString()).isEqualTo("SELLER");
        assertThat(resolution.path("resolvedBy").asString()).isEqualTo("RULING");
        assertThat(dispute.path("deadlines")).isEmpty();

        await("ruling-service answers the ruling that took effect").atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    Http.Answer taken = Http.get(RULINGS + "/api/v1/rulings/" + disputeId, buyer);
                    assertThat(taken.status()).isEqualTo(200);
                    assertThat(taken.json().path("ruleId").asString()).isEqualTo("R1-SELLER-SILENT");
                    assertThat(taken.json().path("rulingId").asString()).isEqualTo(ruling.path("rulingId").asString());
                });
    }

    @Test
    @Order(4)
    void sellerWasToldOfTheDisputeAndBothOfTheResolution() {
        await("the inboxes hold the three messages").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(() -> {
            assertThat(kinds(Http.get(NOTIFICATIONS + "/api/v1/inbox", seller).json(), orderId))
                    .containsExactlyInAnyOrder("DISPUTE_OPENED", "DISPUTE_RESOLVED");
            assertThat(kinds(Http.get(NOTIFICATIONS + "/api/v1/inbox", buyer).json(), orderId))
                    .containsExactly("DISPUTE_RESOLVED");
        });
    }

    @Test
    @Order(5)
    void stopsCleanlyOnSigtermAndKeepsItsDataAcrossARestart() throws Exception {
        Integer exit = suite.terminate(Duration.ofSeconds(90));
        assertThat(exit).as("the all-in-one stops on SIGTERM; its output:%n%s", suite.output()).isNotNull();
        assertThat(suite.printed("dispute-suite: stopped")).isTrue();

        suite = start();
        JsonNode dispute = Http.get(DISPUTES + "/api/v1/disputes/" + disputeId, buyer).json();
        assertThat(dispute.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(Http.get(TRACKER + "/api/v1/shipments/" + orderId, seller).json().path("status").asString())
                .isEqualTo("IN_TRANSIT");
        assertThat(kinds(Http.get(NOTIFICATIONS + "/api/v1/inbox", seller).json(), orderId))
                .containsExactlyInAnyOrder("DISPUTE_OPENED", "DISPUTE_RESOLVED");
        assertThat(Http.get(RULINGS + "/api/v1/rulings/" + disputeId, buyer).status()).isEqualTo(200);
    }

    private static Map<String, String> signed(String webhookId, byte[] body) {
        long timestamp = SUITE_CLOCK.instant().getEpochSecond();
        return Map.of(
                WebhookSignature.ID_HEADER, webhookId,
                WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp),
                WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(CARRIER_SECRET, webhookId, timestamp, body));
    }

    /** The deadlines the platform set, from the timeline (a short window may already have passed). */
    private static List<String> scheduledDeadlines(JsonNode dispute) {
        List<String> types = new ArrayList<>();
        dispute.path("timeline").forEach(entry -> {
            if ("DEADLINE_SCHEDULED".equals(entry.path("type").asString())) {
                types.add(entry.path("details").path("deadlineType").asString());
            }
        });
        return types;
    }

    private static List<String> kinds(JsonNode inbox, String orderId) {
        List<String> kinds = new ArrayList<>();
        inbox.forEach(message -> {
            if (orderId.equals(message.path("orderId").asString())) {
                kinds.add(message.path("kind").asString());
            }
        });
        return kinds;
    }
}
