package org.disputesuite.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.tracking.api.WebhookSignature;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class StandardWebhooksTests {

    private static final long SIGNED_AT = 1_700_000_000L;
    private static final byte[] BODY = "{\"trackingNumber\":\"LP1\",\"events\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final List<String> SECRETS = List.of("carrier-secret");

    @Test
    void acceptsATimestampUpToFiveMinutesOffEitherWay() {
        assertThat(StandardWebhooks.authenticate(signed(), SECRETS, Instant.ofEpochSecond(SIGNED_AT + 300)))
                .isEqualTo("msg-1");
        assertThat(StandardWebhooks.authenticate(signed(), SECRETS, Instant.ofEpochSecond(SIGNED_AT - 300)))
                .isEqualTo("msg-1");
    }

    @Test
    void refusesATimestampMoreThanFiveMinutesOff() {
        assertUnauthorized(signed(), Instant.ofEpochSecond(SIGNED_AT + 301));
        assertUnauthorized(signed(), Instant.ofEpochSecond(SIGNED_AT - 301));
    }

    @Test
    void refusesTimestampsAtTheEndsOfTheLongRangeWithoutOverflowing() {
        Instant now = Instant.ofEpochSecond(SIGNED_AT);
        long wrapsToLongMinValue = SIGNED_AT + Long.MIN_VALUE;
        for (long timestamp : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, wrapsToLongMinValue}) {
            assertUnauthorized(signedAt(timestamp), now);
        }
        assertUnauthorized(signedAt(Long.MAX_VALUE), Instant.MIN);
        assertUnauthorized(signedAt(Long.MIN_VALUE), Instant.MAX);
    }

    @Test
    void refusesMissingHeadersAndUnreadableTimestamps() {
        Instant now = Instant.ofEpochSecond(SIGNED_AT);
        for (String header : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            WebhookDelivery delivery = signed();
            Map<String, String> headers = new HashMap<>(delivery.headers());
            headers.remove(header);
            assertUnauthorized(new WebhookDelivery("generic", headers, BODY), now);
        }
        Map<String, String> headers = new HashMap<>(signed().headers());
        headers.put("webhook-timestamp", "2023-11-14T22:13:20Z");
        assertUnauthorized(new WebhookDelivery("generic", headers, BODY), now);
    }

    @Test
    void refusesASignatureOverAnotherBody() {
        WebhookDelivery tampered = new WebhookDelivery("generic", signed().headers(),
                "{\"trackingNumber\":\"LP2\",\"events\":[]}".getBytes(StandardCharsets.UTF_8));

        assertUnauthorized(tampered, Instant.ofEpochSecond(SIGNED_AT));
    }

    private static void assertUnauthorized(WebhookDelivery delivery, Instant now) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class,
                () -> StandardWebhooks.authenticate(delivery, SECRETS, now));
        assertThat(problem).isNotNull();
        assertThat(problem.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static WebhookDelivery signed() {
        return signedAt(SIGNED_AT);
    }

    private static WebhookDelivery signedAt(long timestamp) {
        return new WebhookDelivery("generic", Map.of(
                "webhook-id", "msg-1",
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSignature.sign("carrier-secret", "msg-1", timestamp, BODY)), BODY);
    }
}
