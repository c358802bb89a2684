package org.disputesuite.tracking.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.disputesuite.tracking.api.WebhookSignature;

/** The Standard Webhooks check (docs/api.md "Who is calling"): id, Unix timestamp within 5 minutes, v1 HMAC signature. */
public final class StandardWebhooks {

    static final Duration TOLERANCE = Duration.ofMinutes(5);
    static final int MAX_ID_LENGTH = 255;

    private StandardWebhooks() {
    }

    /** The webhook id of an authentic, fresh delivery. */
    public static String authenticate(WebhookDelivery delivery, List<String> secrets, Instant now) {
        String id = delivery.header(WebhookSignature.ID_HEADER);
        String timestamp = delivery.header(WebhookSignature.TIMESTAMP_HEADER);
        String signature = delivery.header(WebhookSignature.SIGNATURE_HEADER);
        if (isBlank(id) || isBlank(timestamp) || isBlank(signature)) {
            throw WebhookRefusal.missingHeaders(
                    "The webhook-id, webhook-timestamp and webhook-signature headers are required");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw WebhookRefusal.malformedHeaders("The webhook-id is longer than " + MAX_ID_LENGTH + " characters");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw WebhookRefusal.malformedHeaders("The webhook-timestamp must be Unix seconds");
        }
        if (!isFresh(seconds, now)) {
            throw WebhookRefusal.staleTimestamp(
                    "The webhook-timestamp is more than " + TOLERANCE.toMinutes() + " minutes off");
        }
        if (!WebhookSignature.verify(secrets, id, seconds, delivery.body(), signature)) {
            throw WebhookRefusal.badSignature("No webhook-signature is valid for this carrier");
        }
        return id;
    }

    /**
     * Compares with bounds instead of a difference: the carrier's value may be anything down to
     * Long.MIN_VALUE, while an Instant's epoch seconds are far enough from Long's ends for the bounds.
     */
    private static boolean isFresh(long seconds, Instant now) {
        long tolerance = TOLERANCE.toSeconds();
        long earliest = Math.subtractExact(now.getEpochSecond(), tolerance);
        long latest = Math.addExact(now.getEpochSecond(), tolerance);
        return seconds >= earliest && seconds <= latest;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
