package org.disputesuite.local.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.disputesuite.tracking.api.WebhookSignature;

/**
 * Signed generic-carrier webhooks of many events for one parcel. Event ids and times are derived
 * from the round, so each round brings new events, later than the round before; the same round
 * again brings the same events (all already known).
 */
final class BatchWebhooks {

    private static final Clock SUITE_CLOCK = Clock.systemUTC();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final String[] STATUSES = {"INFO_RECEIVED", "IN_TRANSIT", "IN_TRANSIT", "OUT_FOR_DELIVERY"};

    private final String tracker;
    private final String run;
    private final Instant firstEventAt;
    private final boolean compact;

    /** {@code compact}: events with only their required fields, about 90 bytes each instead of 285. */
    BatchWebhooks(String tracker, String run, Instant firstEventAt, boolean compact) {
        this.tracker = tracker;
        this.run = run;
        this.firstEventAt = firstEventAt;
        this.compact = compact;
    }

    /** {@code events} events for the parcel, numbered after those of the earlier rounds of the same size. */
    byte[] body(String trackingNumber, int events, int round) {
        StringBuilder body = new StringBuilder(256 + events * 260);
        body.append("{\"trackingNumber\": \"").append(trackingNumber).append("\", \"events\": [");
        for (int i = 0; i < events; i++) {
            long number = (long) round * events + i;
            if (i > 0) {
                body.append(", ");
            }
            body.append("{\"eventId\": \"ev-").append(run).append('-').append(number)
                    .append("\", \"status\": \"").append(STATUSES[(int) (number % STATUSES.length)])
                    .append("\", \"occurredAt\": \"").append(firstEventAt.plusSeconds(number)).append('"');
            if (!compact) {
                body.append(", \"subStatus\": \"HUB_SCAN\", \"description\": \"Departed from the regional")
                        .append(" sorting centre towards the delivery depot\", \"location\": {\"city\":")
                        .append(" \"Zaragoza\", \"postalCode\": \"50197\", \"countryCode\": \"ES\"}");
            }
            body.append('}');
        }
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Signed now, with a webhook id of its own. */
    HttpRequest request(byte[] body, String label) {
        String webhookId = "wh-" + run + "-" + label;
        long timestamp = SUITE_CLOCK.instant().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(tracker + "/webhooks/carriers/generic"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(WebhookSignature.ID_HEADER, webhookId)
                .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(CarrierTraffic.CARRIER_SECRET, webhookId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }
}
