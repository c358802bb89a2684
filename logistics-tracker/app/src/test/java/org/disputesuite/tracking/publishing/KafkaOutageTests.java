package org.disputesuite.tracking.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.disputesuite.platform.testing.TestDatabase;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.LogisticsTrackerApplication;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.WebhookSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/** With no broker to acknowledge, nothing may be reported done: 503, and the database keeps nothing. */
class KafkaOutageTests {

    private static final String SECRET = "outage-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext tracker;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startWithoutABroker() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        tracker = new SpringApplicationBuilder(LogisticsTrackerApplication.class).run(
                "--server.port=0",
                "--management.server.port=-1",
                "--spring.datasource.url=" + TestDatabase.create("tracker_outage"),
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + closedPort,
                "--spring.kafka.admin.auto-create=false",
                "--spring.kafka.producer.properties.max.block.ms=1500",
                "--suite.kafka.publish-timeout-ms=1500",
                "--suite.jwt.secret=" + TestTokens.SECRET,
                "--suite.carriers.generic.secret=" + SECRET,
                "--logging.level.org.apache.kafka=ERROR");
        jdbc = tracker.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        tracker.close();
    }

    @Test
    void refusesARegistrationWith503AndStoresNothing() {
        String orderId = TrackerIntegration.unique("ORD");

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/shipments"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer("seller-3", "SELLER"))
                .POST(HttpRequest.BodyPublishers.ofString(
                        TrackerIntegration.registration(orderId, TrackerIntegration.unique("LP"),
                                "seller-3", "buyer-17")))
                .build());

        assertUnavailable(response);
        assertThat(count("select count(*) from shipments where order_id = ?", orderId)).isZero();
    }

    @Test
    void refusesAWebhookForARegisteredShipmentWith503SoTheCarrierRetries() {
        String trackingNumber = TrackerIntegration.unique("LP");
        jdbc.update("insert into shipments (order_id, carrier, tracking_number, seller_id, buyer_id, destination_name,"
                + " destination_line1, destination_city, destination_postal_code, destination_country_code,"
                + " shipped_at, promised_delivery_by, amount_value, amount_currency, registered_at)"
                + " values (?, 'generic', ?, 'seller-3', 'buyer-17', 'Ana', 'Calle Mayor 5', 'Madrid', '28013', 'ES',"
                + " current_timestamp, current_timestamp, '23.90', 'USD', current_timestamp)",
                TrackerIntegration.unique("ORD"), trackingNumber);
        String webhookId = TrackerIntegration.unique("msg");

        HttpResponse<String> response = webhook(webhookId, TrackerIntegration.trackingBody(trackingNumber,
                TrackerIntegration.event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z")));

        assertUnavailable(response);
        assertThat(count("select count(*) from tracking_events where tracking_number = ?", trackingNumber)).isZero();
        assertThat(count("select count(*) from webhook_receipts where webhook_id = ?", webhookId)).isZero();
    }

    @Test
    void stillKeepsEventsOfAnUnregisteredParcelWhichNeedNoBroker() {
        String trackingNumber = TrackerIntegration.unique("LP");

        HttpResponse<String> response = webhook(TrackerIntegration.unique("msg"),
                TrackerIntegration.trackingBody(trackingNumber,
                        TrackerIntegration.event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z")));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(count("select count(*) from tracking_events where tracking_number = ?", trackingNumber)).isOne();
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(JsonMapper.builder().build().readTree(response.body()).get("status").asInt()).isEqualTo(503);
    }

    private static int count(String sql, String argument) {
        return jdbc.queryForObject(sql, Integer.class, argument);
    }

    private static HttpResponse<String> webhook(String webhookId, String body) {
        long timestamp = tracker.getBean(Clock.class).instant().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri("/webhooks/carriers/generic"))
                .header(WebhookSignature.ID_HEADER, webhookId)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(SECRET, webhookId, timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
    }

    private static URI uri(String path) {
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
