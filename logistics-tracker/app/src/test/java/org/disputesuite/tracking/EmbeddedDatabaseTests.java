package org.disputesuite.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.api.WebhookSignature;
import org.disputesuite.tracking.delay.DelayScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default (H2 file in PostgreSQL mode, as the all-in-one runs it) takes the same migrations
 * and SQL: a collection reported late, after a scan that occurred later, is checked against the pickup point;
 * a shipment past its promised date is found by the delay scan.
 */
class EmbeddedDatabaseTests {

    private static final String SECRET = "embedded-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void tracksAShipmentOnTheEmbeddedDatabase() {
        String orderId = TrackerIntegration.unique("ORD");
        String trackingNumber = TrackerIntegration.unique("LP");
        try (ConfigurableApplicationContext tracker = new SpringApplicationBuilder(LogisticsTrackerApplication.class)
                .run("--server.port=0",
                        "--management.server.port=-1",
                        "--suite.data-dir=" + dataDir,
                        "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                        "--suite.jwt.secret=" + TestTokens.SECRET,
                        "--suite.carriers.generic.secret=" + SECRET,
                        "--logging.level.org.apache.kafka=WARN",
                        "--logging.level.kafka=WARN")) {
            String kiosk = """
                    {"line1": "Calle del Sol 3", "city": "Madrid", "postalCode": "28013", "countryCode": "ES"}""";
            String early = TrackerIntegration.trackingBody(trackingNumber,
                    TrackerIntegration.event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"), """
                    {"eventId": "c-2", "status": "AVAILABLE_FOR_PICKUP", "occurredAt": "2026-11-03T10:00:00Z",
                     "pickupPoint": {"id": "PP-77", "name": "Kiosko Sol", "address": %s}}""".formatted(kiosk));
            String lateScan = TrackerIntegration.trackingBody(trackingNumber,
                    TrackerIntegration.event("c-5", "IN_TRANSIT", "2026-11-06T10:00:00Z"));
            String collected = TrackerIntegration.trackingBody(trackingNumber, """
                    {"eventId": "c-4", "status": "DELIVERED", "occurredAt": "2026-11-05T10:00:00Z",
                     "deliveredTo": %s, "signedBy": "A. García"}""".formatted(kiosk));
            String later = TrackerIntegration.trackingBody(trackingNumber,
                    TrackerIntegration.event("c-6", "OUT_FOR_DELIVERY", "2026-11-07T10:00:00Z"));

            assertThat(webhook(tracker, "msg-early", early).statusCode()).isEqualTo(202);
            HttpResponse<String> registered = send(HttpRequest.newBuilder(uri(tracker, "/api/v1/shipments"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", TestTokens.bearer("seller-3", "SELLER"))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            TrackerIntegration.registration(orderId, trackingNumber, "seller-3", "buyer-17")))
                    .build());
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            assertThat(webhook(tracker, "msg-late-scan", lateScan).statusCode()).isEqualTo(202);
            assertThat(webhook(tracker, "msg-collected", collected).statusCode()).isEqualTo(202);
            assertThat(webhook(tracker, "msg-collected", collected).statusCode()).isEqualTo(202);
            assertThat(webhook(tracker, "msg-later", later).statusCode()).isEqualTo(202);

            HttpResponse<String> shipment = send(HttpRequest.newBuilder(uri(tracker, "/api/v1/shipments/" + orderId))
                    .header("Authorization", TestTokens.bearer("buyer-17", "BUYER"))
                    .GET()
                    .build());
            JsonNode body = JsonMapper.builder().build().readTree(shipment.body());
            assertThat(body.get("status").asString()).isEqualTo("DELIVERED");
            assertThat(body.get("events").size()).isEqualTo(5);
            assertThat(body.get("lastEventAt").asString()).isEqualTo("2026-11-07T10:00:00Z");
            assertThat(body.get("addressCheck").get("result").asString()).isEqualTo("MATCH");
            assertThat(body.get("pickupPoint").get("collectBy").asString()).isEqualTo("2026-11-10T10:00:00Z");
            assertThat(body.get("events").get(2).get("signedBy").asString()).isEqualTo("A. García");

            String waiting = TrackerIntegration.unique("ORD");
            HttpResponse<String> late = send(HttpRequest.newBuilder(uri(tracker, "/api/v1/shipments"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", TestTokens.bearer("seller-3", "SELLER"))
                    .POST(HttpRequest.BodyPublishers.ofString(TrackerIntegration.registration(waiting,
                            TrackerIntegration.unique("LP"), "seller-3", "buyer-17")))
                    .build());
            assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
            tracker.getBean(DelayScanner.class).scanDue(tracker.getBean(Clock.class).instant());
            assertThat(delayed(tracker, waiting)).isTrue();
            assertThat(delayed(tracker, orderId)).isFalse();
        }
        assertThat(dataDir.resolve("logistics-tracker/db.mv.db")).exists();
    }

    private static boolean delayed(ConfigurableApplicationContext tracker, String orderId) {
        HttpResponse<String> shipment = send(HttpRequest.newBuilder(uri(tracker, "/api/v1/shipments/" + orderId))
                .header("Authorization", TestTokens.bearer("buyer-17", "BUYER"))
                .GET()
                .build());
        return JsonMapper.builder().build().readTree(shipment.body()).get("delayed").asBoolean();
    }

    private static HttpResponse<String> webhook(ConfigurableApplicationContext tracker, String webhookId, String body) {
        long timestamp = tracker.getBean(Clock.class).instant().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(tracker, "/webhooks/carriers/generic"))
                .header(WebhookSignature.ID_HEADER, webhookId)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(SECRET, webhookId, timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
    }

    private static URI uri(ConfigurableApplicationContext tracker, String path) {
        return URI.create("http://localhost:" + tracker.getEnvironment().getProperty("local.server.port") + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
