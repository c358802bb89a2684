package org.disputesuite.ruling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeEvent.DisputeOpened;
import org.disputesuite.dispute.api.DisputeEvent.RulingApplied;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.ruling.api.RulingEvent.DeadlineExpired;
import org.disputesuite.ruling.api.RulingEvent.DeadlineScheduled;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.ruling.api.RulingTopics;
import org.disputesuite.tracking.api.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service against a real broker: a silent seller gets ruled against, the applied ruling is
 * served over HTTP to its parties only, and state and deadlines survive a restart.
 */
class RulingServiceIntegrationTests {

    /** The seller response window the service runs with; disputes "opened" later than now are due later. */
    private static final Duration WINDOW = Duration.ofSeconds(2);

    /** Far enough that however slowly the first run goes, this deadline is still open when it stops. */
    private static final Duration LONG_DUE = Duration.ofSeconds(60);

    /** Scheduled right before the first run stops, and due only after it stopped. */
    private static final Duration RESTART_DUE = Duration.ofSeconds(15);

    private static final EventCodec<DisputeEvent> DISPUTES = new EventCodec<>(DisputeEvent.class, DisputeTopics.SOURCE);
    private static final EventCodec<RulingEvent> RULINGS = new EventCodec<>(RulingEvent.class, RulingTopics.SOURCE);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BUYER = "buyer-it";
    private static final String SELLER = "seller-it";

    private static Path dataDir;

    @BeforeAll
    static void dataDir() throws IOException {
        dataDir = Files.createTempDirectory("ruling-service-it");
    }

    @AfterAll
    static void removeDataDir() throws IOException {
        try (var files = Files.walk(dataDir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void rulesSilentSellerServesAppliedRulingAndSurvivesRestart() throws Exception {
        String orderId = "ORD-IT-" + UUID.randomUUID();
        String disputeId = "D-IT-" + UUID.randomUUID();
        String laterOrderId = "ORD-IT-LATER-" + UUID.randomUUID();
        String laterDisputeId = "D-IT-LATER-" + UUID.randomUUID();
        String restartOrderId = "ORD-IT-RESTART-" + UUID.randomUUID();
        String restartDisputeId = "D-IT-RESTART-" + UUID.randomUUID();
        RulingIssued ruling;
        DeadlineScheduled later;
        Instant firstStopped;

        try (ConfigurableApplicationContext app = start()) {
            awaitReady(app);
            assertThat(topics()).contains(RulingTopics.RULINGS, "disputes.events.v1.ruling-service.dlt",
                    "logistics.tracking.v1.ruling-service.dlt", "ruling-service.deadlines.dlt");

            publish(opened(orderId, disputeId, now()));
            ruling = await().atMost(Duration.ofSeconds(30)).until(() -> published(orderId, RulingIssued.class),
                    Optional::isPresent).orElseThrow();
            assertThat(ruling.ruleId()).isEqualTo("R1-SELLER-SILENT");
            assertThat(ruling.disputeId()).isEqualTo(disputeId);
            assertThat(ruling.basedOnVersion()).isEqualTo(1);

            String path = "/api/v1/rulings/" + disputeId;
            assertThat(get(app, path, null).statusCode()).isEqualTo(401);
            assertThat(get(app, path, TestTokens.bearer(BUYER, "BUYER")).statusCode()).isEqualTo(404);

            publish(applied(ruling));
            HttpResponse<String> answer = await().atMost(Duration.ofSeconds(15))
                    .until(() -> get(app, path, TestTokens.bearer(BUYER, "BUYER")), r -> r.statusCode() == 200);
            JsonNode body = JSON.readTree(answer.body());
            assertThat(body.get("rulingId").asString()).isEqualTo(ruling.rulingId());
            assertThat(body.get("ruleId").asString()).isEqualTo("R1-SELLER-SILENT");
            assertThat(body.get("outcome").asString()).isEqualTo("REFUND_BUYER");
            assertThat(body.get("responsibleParty").asString()).isEqualTo("SELLER");
            assertThat(body.get("reasons")).hasSize(3);
            assertThat(body.get("policyVersion").asString())
                    .isEqualTo(PolicySettings.defaults().withSellerResponseWindow(WINDOW).version());
            assertThat(body.get("basedOnVersion").asLong()).isEqualTo(1);
            assertThat(body.get("issuedAt").asString()).isNotBlank();
            assertThat(get(app, path, TestTokens.bearer(SELLER, "SELLER")).statusCode()).isEqualTo(200);
            assertThat(get(app, path, TestTokens.bearer("ops-1", "OPERATOR")).statusCode()).isEqualTo(200);
            assertThat(get(app, path, TestTokens.bearer("buyer-other", "BUYER")).statusCode()).isEqualTo(403);

            publish(openedDueIn(laterOrderId, laterDisputeId, LONG_DUE));
            later = await().atMost(Duration.ofSeconds(15))
                    .until(() -> published(laterOrderId, DeadlineScheduled.class), Optional::isPresent).orElseThrow();
            HttpResponse<String> deadlines = get(app, "/api/v1/deadlines", TestTokens.bearer("ops-1", "OPERATOR"));
            assertThat(deadlines.statusCode()).isEqualTo(200);
            assertThat(deadlines.body()).contains(laterDisputeId, "SELLER_RESPONSE", later.dueAt().toString());
            assertThat(get(app, "/api/v1/deadlines", TestTokens.bearer(SELLER, "SELLER")).statusCode())
                    .isEqualTo(403);

            String metrics = management(app, "/actuator/prometheus").body();
            assertThat(metrics).contains("rulings_issued_total{application=\"ruling-service\",rule=\"R1-SELLER-SILENT\"}",
                    "deadlines_expired_total", "deadline_fire_delay_seconds_count", "kafka_stream_");

            publish(openedDueIn(restartOrderId, restartDisputeId, RESTART_DUE));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> published(restartOrderId, DeadlineScheduled.class), Optional::isPresent);
            assertThat(openDeadlines(app)).as("both deadlines are still open when the first run stops")
                    .contains(laterDisputeId, restartDisputeId);
        }
        firstStopped = Instant.now();
        assertThat(published(restartOrderId, DeadlineExpired.class)).isEmpty();

        try (ConfigurableApplicationContext app = start()) {
            awaitReady(app);
            assertThat(get(app, "/api/v1/rulings/" + disputeId, TestTokens.bearer(BUYER, "BUYER")).statusCode())
                    .isEqualTo(200);
            assertThat(openDeadlines(app)).as("restored").contains(laterDisputeId, later.dueAt().toString());

            RulingIssued restartRuling = await().atMost(RESTART_DUE.plusSeconds(30))
                    .until(() -> published(restartOrderId, RulingIssued.class), Optional::isPresent).orElseThrow();
            DeadlineExpired expired = published(restartOrderId, DeadlineExpired.class).orElseThrow();
            assertThat(expired.occurredAt()).as("fired by the restarted service").isAfter(firstStopped);
            assertThat(restartRuling.disputeId()).isEqualTo(restartDisputeId);
            assertThat(restartRuling.outcome().name()).isEqualTo("REFUND_BUYER");
            assertThat(openDeadlines(app)).contains(laterDisputeId).doesNotContain(restartDisputeId);
            assertThat(published(laterOrderId, DeadlineExpired.class)).isEmpty();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RulingServiceApplication.class).run(
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--suite.jwt.secret=" + TestTokens.SECRET,
                "--suite.data-dir=" + dataDir,
                "--suite.policy.seller-response-window=" + WINDOW,
                "--server.port=0",
                "--management.server.port=0");
    }

    private static void awaitReady(ConfigurableApplicationContext app) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> management(app, "/actuator/health/readiness").statusCode() == 200);
    }

    private static Set<String> topics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers()))) {
            return admin.listTopics().names().get();
        }
    }

    /** Now, to the millisecond, as every service publishes instants. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A dispute whose seller response deadline falls {@code dueIn} from now. */
    private static DisputeOpened openedDueIn(String orderId, String disputeId, Duration dueIn) {
        return opened(orderId, disputeId, now().plus(dueIn).minus(WINDOW));
    }

    private static String openDeadlines(ConfigurableApplicationContext app) throws Exception {
        HttpResponse<String> deadlines = get(app, "/api/v1/deadlines", TestTokens.bearer("ops-1", "OPERATOR"));
        assertThat(deadlines.statusCode()).isEqualTo(200);
        return deadlines.body();
    }

    private static DisputeOpened opened(String orderId, String disputeId, Instant openedAt) {
        return new DisputeOpened(disputeId, orderId, BUYER, SELLER, 1, openedAt, DisputeReason.NOT_RECEIVED,
                RequestedSolution.REFUND, "Nothing arrived", new Money("23.90", "USD"), openedAt.minusSeconds(86_400),
                null, DisputeStatus.AWAITING_SELLER_RESPONSE);
    }

    private static RulingApplied applied(RulingIssued ruling) {
        return new RulingApplied(ruling.disputeId(), ruling.orderId(), BUYER, SELLER, 2, now(),
                ruling.rulingId(), ruling.ruleId(), ruling.outcome(), ruling.responsibleParty(), ruling.reasons(),
                ruling.factEventIds(), ruling.policyVersion(), ruling.basedOnVersion(), ruling.occurredAt());
    }

    private static void publish(DisputeEvent event) {
        EventEnvelope envelope = DISPUTES.encode(UUID.randomUUID().toString(), event.occurredAt(), event.orderId(),
                event.disputeId(), event);
        TestKafka.send(envelope.toRecord(DisputeTopics.EVENTS));
    }

    private static <T extends RulingEvent> Optional<T> published(String orderId, Class<T> type) {
        List<ConsumerRecord<String, String>> records = TestKafka.recordsFor(RulingTopics.RULINGS, orderId,
                Duration.ofSeconds(2));
        return records.stream()
                .map(record -> RULINGS.decode(EventEnvelope.from(record.key(), record.value(), record.headers())))
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst();
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path, String authorization)
            throws Exception {
        return send(app.getEnvironment().getProperty("local.server.port"), path, authorization);
    }

    private static HttpResponse<String> management(ConfigurableApplicationContext app, String path) throws Exception {
        return send(app.getEnvironment().getProperty("local.management.port"), path, null);
    }

    private static HttpResponse<String> send(String port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
