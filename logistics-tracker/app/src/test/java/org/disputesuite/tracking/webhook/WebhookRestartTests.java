package org.disputesuite.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.disputesuite.platform.testing.TestDatabase;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.LogisticsTrackerApplication;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.TrackingTopics;
import org.disputesuite.tracking.api.WebhookSignature;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Webhook ids live in the database: a tracker that restarted still refuses a second effect. */
class WebhookRestartTests {

    private static final String SECRET = "restart-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void remembersWebhookIdsAcrossARestart() throws Exception {
        String database = TestDatabase.create("tracker_restart");
        String orderId = TrackerIntegration.unique("ORD");
        String trackingNumber = TrackerIntegration.unique("LP");
        String webhookId = TrackerIntegration.unique("msg");
        String body = TrackerIntegration.trackingBody(trackingNumber,
                TrackerIntegration.event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"));
        String otherBodySameId = TrackerIntegration.trackingBody(trackingNumber,
                TrackerIntegration.event("c-2", "DELIVERED", "2026-11-04T10:00:00Z"));

        try (ConfigurableApplicationContext tracker = start(database)) {
            HttpResponse<String> registered = send(tracker, HttpRequest.newBuilder(uri(tracker, "/api/v1/shipments"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", TestTokens.bearer("seller-3", "SELLER"))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            TrackerIntegration.registration(orderId, trackingNumber, "seller-3", "buyer-17")))
                    .build());
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            assertThat(webhook(tracker, webhookId, body).statusCode()).isEqualTo(202);
        }

        try (ConfigurableApplicationContext restarted = start(database)) {
            HttpResponse<String> again = webhook(restarted, webhookId, otherBodySameId);

            assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
            assertThat(restarted.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from tracking_events where tracking_number = ?", Integer.class, trackingNumber))
                    .isEqualTo(1);
        }
        assertThat(TestKafka.recordsFor(TrackingTopics.TRACKING, orderId, Duration.ofSeconds(10)))
                .extracting(record -> new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .containsExactly("shipment.registered.v1", "shipment.tracking-updated.v1");
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(LogisticsTrackerApplication.class).run(
                "--server.port=0",
                "--management.server.port=-1",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--suite.jwt.secret=" + TestTokens.SECRET,
                "--suite.carriers.generic.secret=" + SECRET,
                // its shipment's promised date has passed: no delay scan may add a record to the exact list asserted
                "--suite.tracking.delay-scan-interval=P1D",
                "--logging.level.org.apache.kafka=WARN",
                "--logging.level.kafka=WARN");
    }

    private static HttpResponse<String> webhook(ConfigurableApplicationContext tracker, String webhookId, String body) {
        long timestamp = tracker.getBean(Clock.class).instant().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(tracker, HttpRequest.newBuilder(uri(tracker, "/webhooks/carriers/generic"))
                .header(WebhookSignature.ID_HEADER, webhookId)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(SECRET, webhookId, timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
    }

    private static URI uri(ConfigurableApplicationContext tracker, String path) {
        return URI.create("http://localhost:" + tracker.getEnvironment().getProperty("local.server.port") + path);
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext tracker, HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
