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

/**
 * The seller's registrations and the carrier's signed webhooks, in the carrier's own format, over
 * loopback HTTP to logistics-tracker. Every webhook carries one new event with its own delivery id
 * and event id; they go round the registered tracking numbers.
 */
final class CarrierTraffic {

    /** The suite under test runs on this machine's clock: timestamps and webhook signatures must agree with it. */
    private static final Clock SUITE_CLOCK = Clock.systemUTC();

    static final String CARRIER_SECRET = secret(GenericFormat.CODE);
    private static final String SELLER = "seller-bench";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String tracker;
    private final CarrierFormat format;
    private final String run;
    private final int shipments;
    private final int bodyBytes;
    private final Instant shippedAt;
    private final String sellerToken = TestTokens.token(SELLER, "SELLER");
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    CarrierTraffic(String tracker, CarrierFormat format, String run, int shipments, int bodyBytes, Instant now) {
        this.tracker = tracker;
        this.format = format;
        this.run = run;
        this.shipments = shipments;
        this.bodyBytes = bodyBytes;
        this.shippedAt = now.truncatedTo(ChronoUnit.SECONDS).minus(12, ChronoUnit.DAYS);
    }

    /** The signing secret the suite is given for carrier {@code code}. */
    static String secret(String code) {
        return "whsec-bench-" + code + "-carrier-secret";
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
                {"orderId": "%s", "trackingNumber": "%s", "carrier": "%s",
                 "sellerId": "%s", "buyerId": "buyer-bench-%d",
                 "destination": {"name": "Ana García", "line1": "Calle Mayor 5", "line2": "2º B",
                                 "city": "Madrid", "region": "Madrid", "postalCode": "28013", "countryCode": "ES"},
                 "shippedAt": "%s", "promisedDeliveryBy": "%s",
                 "amount": {"value": "23.90", "currency": "EUR"}}
                """.formatted(orderId(index), trackingNumber(index), format.code(), SELLER, index % 97, shippedAt,
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

    /** Webhook number {@code index} (unique over the whole run): one new event for one parcel, signed now. */
    HttpRequest webhook(int index, String phase) {
        BenchEvent event = event(index, phase);
        byte[] body = body(event);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(tracker + "/webhooks/carriers/" + format.code()))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        format.signatureHeaders(secret(format.code()), event, body).forEach(request::header);
        return request.build();
    }

    /**
     * The parcels take turns, so event number {@code index / shipments} of a parcel is later than
     * all its earlier ones: new in every format, including those whose event ids derive from the time.
     */
    BenchEvent event(int index, String phase) {
        int shipment = index % shipments;
        int step = index / shipments;
        return new BenchEvent(trackingNumber(shipment), "ev-" + run + "-" + index,
                "wh-" + run + "-" + phase + "-" + index, step, shippedAt.plusSeconds(10L * step + shipment % 10),
                SUITE_CLOCK.instant().getEpochSecond());
    }

    /** The carrier's body for the event, exactly {@code bodyBytes} long: the event's text is padded to fit. */
    byte[] body(BenchEvent event) {
        int room = bodyBytes - format.body(event, "").getBytes(StandardCharsets.UTF_8).length;
        if (room < 10) {
            throw new IllegalArgumentException("bench.bodyBytes " + bodyBytes + " is too small for a "
                    + format.code() + " webhook: it needs " + (bodyBytes - room + 10));
        }
        StringBuilder padded = new StringBuilder(
                "Departed from the regional sorting centre towards the delivery depot; scanned at ");
        while (padded.length() < room) {
            padded.append(padded.length() % 7 == 0 ? ' ' : (char) ('a' + padded.length() % 26));
        }
        padded.setLength(room);
        return format.body(event, padded.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** Null when answered 202. */
    String send(HttpRequest webhook) throws IOException, InterruptedException {
        int status = http.send(webhook, HttpResponse.BodyHandlers.discarding()).statusCode();
        return status == 202 ? null : "HTTP " + status;
    }
}
