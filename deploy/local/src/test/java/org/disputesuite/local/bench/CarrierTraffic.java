package org.disputesuite.local.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.api.WebhookSignature;

/**
 * The seller's registrations and the carrier's signed webhooks, over loopback HTTP to logistics-tracker.
 * Every webhook has its own webhook id and event id; they go round the registered tracking numbers.
 */
final class CarrierTraffic {

    /** The suite under test runs on this machine's clock: timestamps and webhook signatures must agree with it. */
    private static final Clock SUITE_CLOCK = Clock.systemUTC();

    static final String CARRIER_SECRET = "whsec-bench-generic-carrier-secret";
    private static final String SELLER = "seller-bench";
    private static final String[] STATUSES = {"INFO_RECEIVED", "IN_TRANSIT", "IN_TRANSIT", "OUT_FOR_DELIVERY"};
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String tracker;
    private final String run;
    private final int shipments;
    private final int bodyBytes;
    private final Instant shippedAt;
    private final String sellerToken = TestTokens.token(SELLER, "SELLER");
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    CarrierTraffic(String tracker, String run, int shipments, int bodyBytes, Instant now) {
        this.tracker = tracker;
        this.run = run;
        this.shipments = shipments;
        this.bodyBytes = bodyBytes;
        this.shippedAt = now.truncatedTo(ChronoUnit.SECONDS).minus(12, ChronoUnit.DAYS);
    }

    String orderId(int shipment) {
        return "ORD-BENCH-" + run + "-" + shipment;
    }

    String trackingNumber(int shipment) {
        return "BN" + run + String.format("%06d", shipment) + "XX";
    }

    /** Registers shipment number {@code index}; null when answered 201. */
    String register(int index) throws IOException, InterruptedException {
        String body = """
                {"orderId": "%s", "trackingNumber": "%s", "carrier": "generic",
                 "sellerId": "%s", "buyerId": "buyer-bench-%d",
                 "destination": {"name": "Ana García", "line1": "Calle Mayor 5", "line2": "2º B",
                                 "city": "Madrid", "region": "Madrid", "postalCode": "28013", "countryCode": "ES"},
                 "shippedAt": "%s", "promisedDeliveryBy": "%s",
                 "amount": {"value": "23.90", "currency": "EUR"}}
                """.formatted(orderId(index), trackingNumber(index), SELLER, index % 97, shippedAt,
                shippedAt.plus(20, ChronoUnit.DAYS));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tracker + "/api/v1/shipments"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + sellerToken)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        return status == 201 ? null : "HTTP " + status;
    }

    /** A carrier webhook with one event, exactly {@code bodyBytes} long, for webhook number {@code index}. */
    byte[] webhookBody(int index) {
        int shipment = index % shipments;
        String template = """
                {"trackingNumber": "%s",
                 "events": [{"eventId": "ev-%s-%d", "status": "%s", "subStatus": "HUB_SCAN",
                             "occurredAt": "%s", "description": "%%s",
                             "location": {"city": "Zaragoza", "postalCode": "50197", "countryCode": "ES"}}]}
                """.formatted(trackingNumber(shipment), run, index, STATUSES[(index / shipments) % STATUSES.length],
                shippedAt.plusSeconds(10L * (index / shipments) + shipment % 10));
        String description = "Departed from the regional sorting centre towards the delivery depot; scanned at ";
        int room = bodyBytes - (template.getBytes(StandardCharsets.UTF_8).length - 2);
        if (room < 10) {
            throw new IllegalArgumentException("bench.bodyBytes " + bodyBytes + " is too small for a webhook");
        }
        StringBuilder padded = new StringBuilder(description);
        while (padded.length() < room) {
            padded.append(padded.length() % 7 == 0 ? ' ' : (char) ('a' + padded.length() % 26));
        }
        padded.setLength(room);
        return template.formatted(padded).getBytes(StandardCharsets.UTF_8);
    }

    /** Webhook number {@code index} (unique over the whole run), signed now. */
    HttpRequest webhook(int index, String phase) {
        byte[] body = webhookBody(index);
        String webhookId = "wh-" + run + "-" + phase + "-" + index;
        long timestamp = SUITE_CLOCK.instant().getEpochSecond();
        return HttpRequest.newBuilder(URI.create(tracker + "/webhooks/carriers/generic"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(WebhookSignature.ID_HEADER, webhookId)
                .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(CARRIER_SECRET, webhookId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /** Null when answered 202. */
    String send(HttpRequest webhook) throws IOException, InterruptedException {
        int status = http.send(webhook, HttpResponse.BodyHandlers.discarding()).statusCode();
        return status == 202 ? null : "HTTP " + status;
    }
}
