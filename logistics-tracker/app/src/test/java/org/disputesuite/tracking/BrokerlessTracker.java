package org.disputesuite.tracking;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disputesuite.platform.testing.TestDatabase;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.api.WebhookSignature;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A tracker on a fresh PostgreSQL database whose Kafka broker never answers: a port nobody listens on. */
public final class BrokerlessTracker implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ConfigurableApplicationContext context;
    private final Map<String, String> secrets;

    private BrokerlessTracker(ConfigurableApplicationContext context, Map<String, String> secrets) {
        this.context = context;
        this.secrets = secrets;
    }

    /** {@code secrets}: carrier code to its webhook secret. */
    public static BrokerlessTracker start(String database, Map<String, String> secrets) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=-1",
                "--spring.datasource.url=" + TestDatabase.create(database),
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + closedPort,
                "--spring.kafka.admin.auto-create=false",
                "--spring.kafka.producer.properties.max.block.ms=1500",
                "--suite.kafka.publish-timeout-ms=1500",
                "--suite.jwt.secret=" + TestTokens.SECRET,
                "--logging.level.org.apache.kafka=ERROR"));
        secrets.forEach((carrier, secret) -> args.add("--suite.carriers." + carrier + ".secret=" + secret));
        return new BrokerlessTracker(new SpringApplicationBuilder(LogisticsTrackerApplication.class)
                .run(args.toArray(String[]::new)), secrets);
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    public int count(String sql, String argument) {
        return jdbc().queryForObject(sql, Integer.class, argument);
    }

    /** A shipment of {@code carrier} inserted as registered, without the registration's publication. */
    public void registerDirectly(String carrier, String trackingNumber) {
        jdbc().update("insert into shipments (order_id, carrier, tracking_number, seller_id, buyer_id, destination_name,"
                + " destination_line1, destination_city, destination_postal_code, destination_country_code,"
                + " shipped_at, promised_delivery_by, amount_value, amount_currency, registered_at)"
                + " values (?, ?, ?, 'seller-3', 'buyer-17', 'Ana', 'Calle Mayor 5', 'Madrid', '28013', 'ES',"
                + " current_timestamp, current_timestamp, '23.90', 'USD', current_timestamp)",
                TrackerIntegration.unique("ORD"), carrier, trackingNumber);
    }

    /** A webhook signed now with the carrier's secret, the Standard Webhooks way. */
    public HttpResponse<String> webhook(String carrier, String webhookId, String body) {
        long timestamp = context.getBean(Clock.class).instant().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri("/webhooks/carriers/" + carrier))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.ID_HEADER, webhookId)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(secrets.get(carrier), webhookId, timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
