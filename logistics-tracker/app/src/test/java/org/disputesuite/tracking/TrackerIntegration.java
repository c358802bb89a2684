package org.disputesuite.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.testing.TestDatabase;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.disputesuite.tracking.api.TrackingTopics;
import org.disputesuite.tracking.api.WebhookSignature;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One tracker against the test JVM's Kafka broker and a fresh PostgreSQL database, shared by the
 * integration tests; each test uses its own order ids and tracking numbers.
 */
@SpringBootTest(classes = LogisticsTrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class TrackerIntegration {

    public static final String GENERIC_SECRET = "generic-secret-current";
    public static final String GENERIC_RETIRING_SECRET = "generic-secret-retiring";
    public static final String SLOW_SECRET = "slow-carrier-secret";
    public static final String AFTERSHIP_SECRET = "aftership-test-secret";
    public static final String SEVENTEEN_TRACK_SECRET = "17track-test-key";
    public static final String CAINIAO_SECRET = "cainiao-test-secret";
    public static final String UPU_SECRET = "upu-test-secret";
    /**
     * A carrier no test sends anything to, so that its meters show what start-up registered; read by
     * an aggregator's adapter, so that they include its skip reasons.
     */
    public static final String QUIET_SECRET = "quiet-carrier-secret";
    /** Not the policy's default, so that a collect-by time shows the setting was read. */
    public static final Duration PICKUP_WINDOW = Duration.ofDays(3);

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    private static final EventCodec<TrackingEvent> CODEC = new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected Clock clock;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        String database = TestDatabase.create("tracker");
        registry.add("spring.datasource.url", () -> database);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
        registry.add("suite.jwt.secret", () -> TestTokens.SECRET);
        registry.add("management.server.port", () -> "0");
        registry.add("suite.carriers.generic.secret", () -> GENERIC_RETIRING_SECRET + ", " + GENERIC_SECRET);
        registry.add("suite.carriers.slow.secret", () -> SLOW_SECRET);
        registry.add("suite.carriers.aftership.secret", () -> AFTERSHIP_SECRET);
        registry.add("suite.carriers.17track.secret", () -> SEVENTEEN_TRACK_SECRET);
        registry.add("suite.carriers.cainiao.secret", () -> CAINIAO_SECRET);
        registry.add("suite.carriers.upu.secret", () -> UPU_SECRET);
        registry.add("suite.carriers.quiet.secret", () -> QUIET_SECRET);
        registry.add("suite.carriers.quiet.adapter", () -> "aftership");
        registry.add("suite.carriers.slow.rate-per-second", () -> "0.1");
        registry.add("suite.carriers.slow.burst", () -> "2");
        registry.add("suite.policy.pickup-window", PICKUP_WINDOW::toString);
        // the tests scan for delays themselves, at the instants they choose (DelayScanner.scanDue)
        registry.add("suite.tracking.delay-scan-interval", () -> "P1D");
        registry.add("logging.level.org.apache.kafka", () -> "WARN");
        registry.add("logging.level.kafka", () -> "WARN");
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static String registration(String orderId, String trackingNumber, String sellerId, String buyerId) {
        return """
                {"orderId": "%s", "trackingNumber": "%s", "carrier": "generic",
                 "sellerId": "%s", "buyerId": "%s",
                 "destination": {"name": "Ana García", "line1": "Calle Mayor 5", "line2": "2º B",
                                 "city": "Madrid", "region": "Madrid", "postalCode": "28013", "countryCode": "ES"},
                 "shippedAt": "2026-11-01T09:00:00Z", "promisedDeliveryBy": "2026-11-20T23:59:59Z",
                 "amount": {"value": "23.90", "currency": "USD"}, "giftWrap": "ignored, as unknown properties are"}
                """.formatted(orderId, trackingNumber, sellerId, buyerId);
    }

    public static String trackingBody(String trackingNumber, String... events) {
        return "{\"trackingNumber\": \"" + trackingNumber + "\", \"events\": [" + String.join(", ", events) + "]}";
    }

    public static String event(String eventId, String status, String occurredAt) {
        return """
                {"eventId": "%s", "status": "%s", "occurredAt": "%s", "description": "Scanned",
                 "location": {"city": "Madrid", "postalCode": "28013", "countryCode": "ES"}}"""
                .formatted(eventId, status, occurredAt);
    }

    protected HttpResponse<String> register(String body, String bearer) {
        return post("/api/v1/shipments", body, bearer);
    }

    protected HttpResponse<String> registerAsSeller(String orderId, String trackingNumber) {
        HttpResponse<String> response = register(registration(orderId, trackingNumber, "seller-3", "buyer-17"),
                TestTokens.bearer("seller-3", "SELLER"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    protected HttpResponse<String> post(String path, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return send(request.build());
    }

    protected HttpResponse<String> get(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return send(request.build());
    }

    /** A webhook signed now with the given secret. */
    protected HttpResponse<String> webhook(String carrier, String webhookId, String body, String secret) {
        long timestamp = clock.instant().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return webhook(carrier, webhookId, timestamp, bytes, WebhookSignature.sign(secret, webhookId, timestamp, bytes));
    }

    protected HttpResponse<String> webhook(String carrier, String webhookId, long timestamp, byte[] body,
                                           String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/webhooks/carriers/" + carrier))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (webhookId != null) {
            request.header(WebhookSignature.ID_HEADER, webhookId);
        }
        request.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        if (signature != null) {
            request.header(WebhookSignature.SIGNATURE_HEADER, signature);
        }
        return send(request.build());
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Every record of the order on logistics.tracking.v1; the tracker answers only after Kafka acked, so no waiting. */
    protected static List<ConsumerRecord<String, String>> recordsFor(String orderId) {
        return TestKafka.recordsFor(TrackingTopics.TRACKING, orderId, Duration.ofSeconds(10));
    }

    /** The tracking updates among the order's records, in the order they were published. */
    protected static List<TrackingUpdated> trackingUpdatesOf(String orderId) {
        return recordsFor(orderId).stream()
                .map(record -> CODEC.decode(EventEnvelope.from(record.key(), record.value(), record.headers())))
                .filter(TrackingUpdated.class::isInstance)
                .map(TrackingUpdated.class::cast)
                .toList();
    }

    protected static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    protected int shipmentsOf(String orderId) {
        return jdbc.queryForObject("select count(*) from shipments where order_id = ?", Integer.class, orderId);
    }

    protected int eventsOf(String trackingNumber) {
        return jdbc.queryForObject("select count(*) from tracking_events where tracking_number = ?", Integer.class,
                trackingNumber);
    }

    protected int receiptsOf(String webhookId) {
        return jdbc.queryForObject("select count(*) from webhook_receipts where webhook_id = ?", Integer.class,
                webhookId);
    }

    protected static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
