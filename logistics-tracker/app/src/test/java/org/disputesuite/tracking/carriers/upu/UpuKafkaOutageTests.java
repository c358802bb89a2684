package org.disputesuite.tracking.carriers.upu;

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

/**
 * A UPU push of several items is taken whole or not at all: with no broker to acknowledge the
 * registered parcel's events, the items of a parcel not registered yet, which need no broker and
 * were recorded first, are not kept either.
 */
class UpuKafkaOutageTests {

    private static final String SECRET = "upu-outage-secret";
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
                "--spring.datasource.url=" + TestDatabase.create("tracker_upu_outage"),
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + closedPort,
                "--spring.kafka.admin.auto-create=false",
                "--spring.kafka.producer.properties.max.block.ms=1500",
                "--suite.kafka.publish-timeout-ms=1500",
                "--suite.jwt.secret=" + TestTokens.SECRET,
                "--suite.carriers.upu.secret=" + SECRET,
                "--logging.level.org.apache.kafka=ERROR");
        jdbc = tracker.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        tracker.close();
    }

    @Test
    void refusesThePushWith503AndKeepsNoItemNotEvenTheOnesNeedingNoBroker() {
        // the lock order sorts by tracking number: the unregistered parcel is recorded first
        String notRegistered = TrackerIntegration.unique("AA");
        String registered = TrackerIntegration.unique("ZZ");
        registerDirectly(registered);
        String webhookId = TrackerIntegration.unique("msg");

        HttpResponse<String> response = push(webhookId, UpuAdapterTests.items(
                UpuAdapterTests.item(registered, UpuAdapterTests.upuEvent("EMD", "Arrival at inward office of exchange",
                        "MADRID CTI", "2025-10-11T06:30:00+02:00")),
                UpuAdapterTests.item(notRegistered, UpuAdapterTests.upuEvent("EMA", "Posting/collection",
                        "SHENZHEN", "2025-10-08T05:20:00Z"))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(count("select count(*) from tracking_events where tracking_number = ?", registered)).isZero();
        assertThat(count("select count(*) from tracking_events where tracking_number = ?", notRegistered)).isZero();
        assertThat(count("select count(*) from webhook_receipts where webhook_id = ?", webhookId)).isZero();
    }

    @Test
    void stillTakesAPushWhoseItemsAreAllNotRegisteredYet() {
        String first = TrackerIntegration.unique("RR");
        String second = TrackerIntegration.unique("RR");

        HttpResponse<String> response = push(TrackerIntegration.unique("msg"), UpuAdapterTests.items(
                UpuAdapterTests.item(first, UpuAdapterTests.upuEvent("EMA", "Posting", "SHENZHEN", "2025-10-08T05:20:00Z")),
                UpuAdapterTests.item(second, UpuAdapterTests.upuEvent("EMA", "Posting", "SHENZHEN", "2025-10-08T05:20:00Z"))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(count("select count(*) from tracking_events where tracking_number = ?", first)).isOne();
        assertThat(count("select count(*) from tracking_events where tracking_number = ?", second)).isOne();
    }

    private static void registerDirectly(String trackingNumber) {
        jdbc.update("insert into shipments (order_id, carrier, tracking_number, seller_id, buyer_id, destination_name,"
                + " destination_line1, destination_city, destination_postal_code, destination_country_code,"
                + " shipped_at, promised_delivery_by, amount_value, amount_currency, registered_at)"
                + " values (?, 'upu', ?, 'seller-3', 'buyer-17', 'Ana', 'Calle Mayor 5', 'Madrid', '28013', 'ES',"
                + " current_timestamp, current_timestamp, '23.90', 'USD', current_timestamp)",
                TrackerIntegration.unique("ORD"), trackingNumber);
    }

    private static int count(String sql, String argument) {
        return jdbc.queryForObject(sql, Integer.class, argument);
    }

    private static HttpResponse<String> push(String webhookId, String body) {
        long timestamp = tracker.getBean(Clock.class).instant().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + tracker.getEnvironment().getProperty("local.server.port") + "/webhooks/carriers/upu"))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.ID_HEADER, webhookId)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(SECRET, webhookId, timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
