package org.disputesuite.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.disputesuite.platform.testing.RawHttp;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.WebhookSignature;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 250 connections trickling webhook bodies to one carrier, more than Tomcat's 200 request threads,
 * without any credentials, while the carrier's own webhook comes in. Long limits here, so the
 * flood is surely still open when that webhook is answered; {@link WebhookSlowBodyTests} has the
 * short ones.
 */
class WebhookFloodTests extends TrackerIntegration {

    private static final int TRICKLERS = 250;

    @DynamicPropertySource
    static void patientLimits(DynamicPropertyRegistry registry) {
        registry.add("suite.http.body-grace", () -> "2m");
        registry.add("suite.http.body-timeout", () -> "3m");
    }

    @Test
    void answersACarriersSignedWebhook202WhileTwoHundredFiftyClientsTrickleTheirBodies() {
        List<RawHttp> flood = new ArrayList<>();
        try {
            for (int i = 0; i < TRICKLERS; i++) {
                flood.add(RawHttp.open(port, RawHttp.bytes("POST /webhooks/carriers/generic HTTP/1.1\r\n"
                        + "Host: localhost\r\nContent-Type: application/json\r\nContent-Length: 200000\r\n\r\n{")));
            }
            flood.forEach(trickler -> trickler.send(new byte[] {' '}));
            String trackingNumber = unique("LP");

            CompletableFuture<HttpResponse<String>> answer = signedWebhook(trackingNumber);
            await().atMost(Duration.ofSeconds(60)).until(answer::isDone);

            assertThat(answer.join().statusCode()).as(answer.join().body()).isEqualTo(202);
            assertThat(flood).allSatisfy(trickler -> {
                assertThat(trickler.isOpen()).isTrue();
                assertThat(trickler.answered()).isFalse();
            });
            assertThat(flood).allSatisfy(trickler -> assertThat(trickler.send(new byte[] {' '})).isTrue());
            assertThat(eventsOf(trackingNumber)).isEqualTo(1);
        } finally {
            flood.forEach(RawHttp::close);
        }
    }

    private CompletableFuture<HttpResponse<String>> signedWebhook(String trackingNumber) {
        String id = unique("msg");
        long timestamp = clock.instant().getEpochSecond();
        byte[] body = trackingBody(trackingNumber, event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"))
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri("/webhooks/carriers/generic"))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.ID_HEADER, id)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(GENERIC_SECRET, id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
