package org.disputesuite.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.disputesuite.tracking.api.WebhookSignature;
import org.disputesuite.tracking.carriers.aftership.AfterShipCarrierAdapter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * The ingestion metrics of docs/metrics.md as Prometheus scrapes them. The registry is shared by
 * every test of this context, so each test reads the meters before and after what it does.
 */
class TrackerMetricsTests extends TrackerIntegration {

    private static final List<String> OUTCOMES = List.of("accepted", "ignored", "duplicate", "rate_limited",
            "too_large", "too_slow", "unauthorized", "invalid", "unavailable", "failed");
    private static final List<String> REFUSAL_REASONS = List.of("rate_limited", "too_large", "too_many_events",
            "too_slow", "missing_headers", "malformed_headers", "stale_timestamp", "bad_signature",
            "rejected_headers", "malformed_body", "invalid_fields", "kafka_unavailable", "too_busy", "failed");
    private static final List<String> STATUSES = List.of("INFO_RECEIVED", "IN_TRANSIT", "OUT_FOR_DELIVERY",
            "ATTEMPT_FAILED", "AVAILABLE_FOR_PICKUP", "DELIVERED", "EXCEPTION", "RETURNED_TO_SENDER", "EXPIRED");

    @LocalManagementPort
    private int managementPort;

    @Test
    void registersEveryMeterOfACarrierAtZeroBeforeItsFirstWebhook() {
        Scrape scrape = scrape();

        for (String outcome : OUTCOMES) {
            assertThat(scrape.value("tracking_webhooks_received_total", "carrier", "quiet", "outcome", outcome))
                    .as(outcome).hasValue(0.0);
        }
        for (String reason : REFUSAL_REASONS) {
            assertThat(scrape.value("tracking_webhooks_refused_total", "carrier", "quiet", "reason", reason))
                    .as(reason).hasValue(0.0);
        }
        for (String status : STATUSES) {
            assertThat(scrape.value("tracking_events_normalized_total", "carrier", "quiet", "status", status))
                    .as(status).hasValue(0.0);
        }
        assertThat(scrape.value("tracking_events_unknown_code_total", "carrier", "quiet")).hasValue(0.0);
        for (String result : List.of("published", "pending", "duplicate")) {
            assertThat(scrape.value("tracking_events_received_total", "carrier", "quiet", "result", result))
                    .as(result).hasValue(0.0);
        }
        for (String reason : List.of("no_time", "unreadable_time", "no_tag", "not_an_object")) {
            assertThat(scrape.value("tracking_events_skipped_total", "carrier", "quiet", "reason", reason))
                    .as(reason).hasValue(0.0);
        }
        assertThat(scrape.value("tracking_webhook_ack_seconds_count", "carrier", "quiet")).hasValue(0.0);
        assertThat(scrape.value("tracking_webhook_ack_seconds_bucket", "carrier", "quiet", "le", "0.005"))
                .hasValue(0.0);
        assertThat(scrape.value("tracking_webhook_ack_seconds_bucket", "carrier", "quiet", "le", "1.0"))
                .hasValue(0.0);
        assertThat(scrape.value("tracking_webhooks_refused_total", "carrier", "unknown", "reason", "unknown_carrier"))
                .isPresent();
        assertThat(scrape.value("tracking_webhooks_received_total", "carrier", "quiet", "outcome", "unknown_carrier"))
                .as("a configured carrier is never unknown").isEmpty();
    }

    @Test
    void countsEachRefusalUnderItsReasonAndItsOutcome() {
        String body = trackingBody(unique("LP"), event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"));
        long now = clock.instant().getEpochSecond();

        assertRefused("bad_signature", "unauthorized", 401,
                () -> webhook("generic", unique("msg"), body, "not-the-carriers-secret"));
        assertRefused("missing_headers", "unauthorized", 401,
                () -> webhook("generic", unique("msg"), now, bytes(body), null));
        assertRefused("malformed_headers", "unauthorized", 401,
                () -> signed("generic", "m".repeat(256), now, body));
        assertRefused("stale_timestamp", "unauthorized", 401,
                () -> signed("generic", unique("msg"), now - 600, body));
        assertRefused("stale_timestamp", "unauthorized", 401,
                () -> signed("generic", unique("msg"), now + 600, body));
        assertRefused("malformed_body", "invalid", 400,
                () -> webhook("generic", unique("msg"), "not json", GENERIC_SECRET));
        assertRefused("invalid_fields", "invalid", 400,
                () -> webhook("generic", unique("msg"), "{\"trackingNumber\": \"" + unique("LP") + "\"}",
                        GENERIC_SECRET));
        String tooMany = trackingBody(unique("LP"), IntStream.rangeClosed(1, 1001)
                .mapToObj(i -> event("c-" + i, "IN_TRANSIT", "2026-11-02T10:00:00Z")).toArray(String[]::new));
        assertRefused("too_many_events", "too_large", 413,
                () -> webhook("generic", unique("msg"), tooMany, GENERIC_SECRET));
    }

    @Test
    void countsAWebhookForACodeNamingNoCarrierAsUnknown() {
        Scrape before = scrape();

        HttpResponse<String> response = webhook("no-such-carrier", unique("msg"), "{}", GENERIC_SECRET);

        assertProblem(response, 404);
        Scrape after = scrape();
        assertThat(after.delta(before, "tracking_webhooks_refused_total", "carrier", "unknown",
                "reason", "unknown_carrier")).isEqualTo(1.0);
        assertThat(after.delta(before, "tracking_webhooks_received_total", "carrier", "unknown",
                "outcome", "unknown_carrier")).isEqualTo(1.0);
    }

    @Test
    void countsTheFreshEventsOfAnAcceptedWebhookByStatusAndItsTimeToKafka() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);
        String body = trackingBody(trackingNumber,
                event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"),
                event("c-2", "TELEPORTED", "2026-11-02T11:00:00Z"),
                event("c-3", "EXCEPTION", "2026-11-02T12:00:00Z"),
                event("c-4", "DELIVERED", "2026-11-03T12:00:00Z"));
        Scrape before = scrape();

        HttpResponse<String> accepted = webhook("generic", unique("msg"), body, GENERIC_SECRET);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        Scrape after = scrape();
        assertThat(after.delta(before, "tracking_webhooks_received_total", "carrier", "generic",
                "outcome", "accepted")).isEqualTo(1.0);
        assertThat(normalizedDeltas(before, after, "generic")).containsExactlyInAnyOrderEntriesOf(
                Map.of("IN_TRANSIT", 1.0, "EXCEPTION", 2.0, "DELIVERED", 1.0));
        assertThat(after.delta(before, "tracking_events_unknown_code_total", "carrier", "generic")).isEqualTo(1.0);
        assertThat(after.delta(before, "tracking_webhook_ack_seconds_count", "carrier", "generic")).isEqualTo(1.0);
        assertThat(after.delta(before, "tracking_webhook_ack_seconds_sum", "carrier", "generic")).isPositive();
        assertThat(after.delta(before, "tracking_webhook_ack_seconds_bucket", "carrier", "generic", "le", "+Inf"))
                .isEqualTo(1.0);
    }

    @Test
    void countsNoEventTwiceWhenACarrierRepeatsIt() {
        String trackingNumber = unique("LP");
        String body = trackingBody(trackingNumber, event("c-1", "TELEPORTED", "2026-11-02T10:00:00Z"));
        assertThat(webhook("generic", unique("msg"), body, GENERIC_SECRET).statusCode()).isEqualTo(202);
        Scrape before = scrape();

        HttpResponse<String> repeated = webhook("generic", unique("msg"), body, GENERIC_SECRET);

        assertThat(repeated.statusCode()).as(repeated.body()).isEqualTo(202);
        Scrape after = scrape();
        assertThat(after.delta(before, "tracking_webhooks_received_total", "carrier", "generic",
                "outcome", "accepted")).isEqualTo(1.0);
        assertThat(after.delta(before, "tracking_webhook_ack_seconds_count", "carrier", "generic")).isEqualTo(1.0);
        assertThat(normalizedDeltas(before, after, "generic")).isEmpty();
        assertThat(after.delta(before, "tracking_events_unknown_code_total", "carrier", "generic")).isZero();
    }

    @Test
    void timesNoWebhookThatIsNotAccepted() {
        String body = trackingBody(unique("LP"), event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"));
        String webhookId = unique("msg");
        assertThat(webhook("generic", webhookId, body, GENERIC_SECRET).statusCode()).isEqualTo(202);
        Scrape before = scrape();

        HttpResponse<String> duplicate = webhook("generic", webhookId, body, GENERIC_SECRET);
        HttpResponse<String> refused = webhook("generic", unique("msg"), body, "not-the-carriers-secret");

        assertThat(duplicate.statusCode()).isEqualTo(202);
        assertThat(refused.statusCode()).isEqualTo(401);
        Scrape after = scrape();
        assertThat(after.delta(before, "tracking_webhooks_received_total", "carrier", "generic",
                "outcome", "duplicate")).isEqualTo(1.0);
        assertThat(after.delta(before, "tracking_webhook_ack_seconds_count", "carrier", "generic")).isZero();
    }

    @Test
    void countsATagAfterShipUsesThatItsAdapterDoesNotKnow() {
        byte[] body = """
                {"event":"tracking_update","event_id":"%s","ts":1760432400,"msg":{"tracking_number":"%s",
                 "tag":"InTransit","checkpoints":[
                  {"checkpoint_time":"2026-11-02T10:00:00Z","tag":"Teleported","subtag":"Teleported_001","message":"Beamed"},
                  {"checkpoint_time":"2026-11-02T11:00:00Z","tag":"InTransit","subtag":"InTransit_001","message":"Hub"}]}}"""
                .formatted(unique("evt"), unique("LP")).getBytes(StandardCharsets.UTF_8);
        Scrape before = scrape();

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/webhooks/carriers/aftership"))
                .header("Content-Type", "application/json")
                .header(AfterShipCarrierAdapter.SIGNATURE_HEADER,
                        AfterShipCarrierAdapter.signature(AFTERSHIP_SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        Scrape after = scrape();
        assertThat(after.delta(before, "tracking_events_unknown_code_total", "carrier", "aftership")).isEqualTo(1.0);
        assertThat(normalizedDeltas(before, after, "aftership")).containsExactlyInAnyOrderEntriesOf(
                Map.of("EXCEPTION", 1.0, "IN_TRANSIT", 1.0));
        assertThat(after.delta(before, "tracking_webhook_ack_seconds_count", "carrier", "aftership")).isEqualTo(1.0);
    }

    private void assertRefused(String reason, String outcome, int status, Supplier<HttpResponse<String>> request) {
        Scrape before = scrape();

        HttpResponse<String> response = request.get();

        assertProblem(response, status);
        Scrape after = scrape();
        assertThat(after.delta(before, "tracking_webhooks_refused_total", "carrier", "generic", "reason", reason))
                .as(reason).isEqualTo(1.0);
        assertThat(after.delta(before, "tracking_webhooks_received_total", "carrier", "generic", "outcome", outcome))
                .as(outcome).isEqualTo(1.0);
        assertThat(after.delta(before, "tracking_webhook_ack_seconds_count", "carrier", "generic")).isZero();
    }

    private HttpResponse<String> signed(String carrier, String webhookId, long timestamp, String body) {
        byte[] bytes = bytes(body);
        return webhook(carrier, webhookId, timestamp, bytes,
                WebhookSignature.sign(GENERIC_SECRET, webhookId, timestamp, bytes));
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** The statuses whose counter moved, with how much. */
    private static Map<String, Double> normalizedDeltas(Scrape before, Scrape after, String carrier) {
        return STATUSES.stream()
                .filter(status -> after.delta(before, "tracking_events_normalized_total", "carrier", carrier,
                        "status", status) != 0.0)
                .collect(Collectors.toMap(status -> status, status -> after.delta(before,
                        "tracking_events_normalized_total", "carrier", carrier, "status", status)));
    }

    private Scrape scrape() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + "/actuator/prometheus")).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return new Scrape(response.body());
    }

    /** One read of the Prometheus text format. */
    private record Scrape(String text) {

        /** The sample of {@code name} whose labels include the given name, value pairs; empty when there is none. */
        OptionalDouble value(String name, String... labels) {
            List<String> wanted = IntStream.range(0, labels.length / 2)
                    .mapToObj(i -> labels[2 * i] + "=\"" + labels[2 * i + 1] + "\"")
                    .toList();
            return text.lines()
                    .filter(line -> line.startsWith(name + "{"))
                    .filter(line -> {
                        List<String> present = Arrays.asList(
                                line.substring(name.length() + 1, line.indexOf('}')).split(","));
                        return present.containsAll(wanted);
                    })
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf('}') + 1).trim().split(" ")[0]))
                    .findFirst();
        }

        /** How much the sample grew since {@code before}; it must be in both, registered at start-up. */
        double delta(Scrape before, String name, String... labels) {
            return sample(name, labels) - before.sample(name, labels);
        }

        private double sample(String name, String... labels) {
            return value(name, labels).orElseThrow(() -> new AssertionError("no sample " + name + " " + List.of(labels)));
        }
    }
}
