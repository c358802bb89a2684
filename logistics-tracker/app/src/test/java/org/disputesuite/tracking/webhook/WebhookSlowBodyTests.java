package org.disputesuite.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import io.micrometer.core.instrument.MeterRegistry;
import org.disputesuite.platform.testing.RawHttp;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.WebhookSignature;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Webhooks over raw sockets, with short body limits (1 s of grace, then 100 bytes per second, 4 s
 * in all): a trickled body, checks that answer before the body, and header bytes no client
 * library would send. Nothing of a refused webhook is stored.
 */
class WebhookSlowBodyTests extends TrackerIntegration {

    private static final Duration GENEROUS = Duration.ofSeconds(30);

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void shortLimits(DynamicPropertyRegistry registry) {
        registry.add("suite.http.body-grace", () -> "1s");
        registry.add("suite.http.body-timeout", () -> "4s");
        registry.add("suite.http.min-body-rate", () -> "100B");
    }

    @Test
    void answersASignedWebhookWhoseBodyTricklesIn408AndStoresNothing() {
        String trackingNumber = unique("LP");
        String id = unique("msg");
        byte[] body = trackingBody(trackingNumber, event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"))
                .getBytes(StandardCharsets.UTF_8);
        double before = counted("generic", "too_slow");

        try (RawHttp trickler = RawHttp.open(port, head("generic", id, body, body.length))) {
            int[] sent = {0};
            await().atMost(GENEROUS).pollInterval(Duration.ofMillis(500)).until(() -> trickler.answered()
                    || sent[0] >= body.length || !trickler.send(new byte[] {body[sent[0]++]}));

            RawHttp.Answer answer = trickler.answer();
            assertProblem(answer, 408);
            assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        }
        assertThat(eventsOf(trackingNumber)).isZero();
        assertThat(receiptsOf(id)).isZero();
        assertThat(counted("generic", "too_slow")).isEqualTo(before + 1);
    }

    @Test
    void answersAnUnknownCarrier404BeforeItsBodyEvenADeclaredHugeOne() {
        try (RawHttp trickler = RawHttp.open(port, head("nobody", unique("msg"), new byte[0], 5_000_000))) {
            assertProblem(trickler.answer(), 404);
        }
    }

    @Test
    void countsOnlySignedWebhooksAgainstTheRateAndAnswers429BeforeTheBodyOnceOver() {
        String body = trackingBody(unique("LP"), event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"));
        for (int i = 0; i < 5; i++) {
            assertProblem(webhook("slow", unique("msg"), body, "not-the-secret"), 401);
        }
        assertThat(webhook("slow", unique("msg"), body, SLOW_SECRET).statusCode()).isEqualTo(202);
        assertThat(webhook("slow", unique("msg"), body, SLOW_SECRET).statusCode()).isEqualTo(202);

        try (RawHttp trickler = RawHttp.open(port, head("slow", unique("msg"), new byte[0], 200_000))) {
            RawHttp.Answer limited = trickler.answer();

            assertProblem(limited, 429);
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 10L);
        }
    }

    @Test
    void answersAWebhookIdWithNonAsciiBytes400AndStoresNothing() {
        String trackingNumber = unique("LP");
        byte[] body = trackingBody(trackingNumber, event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"))
                .getBytes(StandardCharsets.UTF_8);
        String id = "msg-€-" + unique("X");
        long timestamp = clock.instant().getEpochSecond();
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(RawHttp.bytes("POST /webhooks/carriers/generic HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                + WebhookSignature.TIMESTAMP_HEADER + ": " + timestamp + "\r\n"
                + WebhookSignature.SIGNATURE_HEADER + ": " + WebhookSignature.sign(GENERIC_SECRET, id, timestamp, body)
                + "\r\n" + WebhookSignature.ID_HEADER + ": "));
        request.writeBytes(id.getBytes(StandardCharsets.UTF_8));
        request.writeBytes(RawHttp.bytes("\r\n\r\n"));
        request.writeBytes(body);

        assertProblem(RawHttp.exchange(port, request.toByteArray()), 400);
        assertThat(eventsOf(trackingNumber)).isZero();
    }

    private static byte[] head(String carrier, String id, byte[] body, long contentLength) {
        return RawHttp.bytes("POST /webhooks/carriers/" + carrier + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + contentLength + "\r\n"
                + WebhookSignature.ID_HEADER + ": " + id + "\r\n"
                + WebhookSignature.TIMESTAMP_HEADER + ": " + 1L + "\r\n"
                + WebhookSignature.SIGNATURE_HEADER + ": v1,AAAA\r\n\r\n");
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(Arrays.asList("type", "title", "detail")).allSatisfy(field ->
                assertThat(problem.hasNonNull(field)).as(field).isTrue());
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("<html");
    }

    private double counted(String carrier, String outcome) {
        var counter = meters.find("tracking.webhooks.received").tag("carrier", carrier).tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
