package org.disputesuite.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.webhook.CarrierFixture.Kind;
import org.disputesuite.tracking.webhook.CarrierFixture.Scan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * What every carrier adapter holds to, whatever its format and signing scheme (docs/carriers.md):
 * batches with unknown codes, repeated snapshots and deliveries, late deliveries, key rotation,
 * every way a signature or its headers can be wrong, timestamps off, wrong encodings, bodies too
 * large, too many events, malformed bodies and the rate. Nothing of a refused push is stored or
 * published. Each carrier has two twins reading its format: one whose key is being replaced
 * ({@code rotating-<code>}, a retiring and a current secret) and a throttled one
 * ({@code throttled-<code>}, 0.1 webhooks a second, bursts of 2).
 */
class CarrierIngestionContractTests extends TrackerIntegration {

    private static final String ROTATING = "rotating-";
    private static final String THROTTLED = "throttled-";
    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Scan IN_TRANSIT = Scan.at("2026-11-02T10:00:00Z", Kind.IN_TRANSIT, "Arrived at the hub");
    private static final Scan UNKNOWN = Scan.at("2026-11-03T10:00:00Z", Kind.UNKNOWN, "Something new");
    private static final Scan DELIVERED = Scan.at("2026-11-04T10:00:00Z", Kind.DELIVERED, "Delivered to the recipient");

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void rotatingAndThrottledCarriers(DynamicPropertyRegistry registry) {
        for (CarrierFixture carrier : CarrierFixtures.all()) {
            String code = carrier.code();
            registry.add("suite.carriers." + ROTATING + code + ".secret",
                    () -> carrier.retiringSecret() + "," + carrier.secret());
            registry.add("suite.carriers." + ROTATING + code + ".adapter", () -> code);
            registry.add("suite.carriers." + THROTTLED + code + ".secret", carrier::secret);
            registry.add("suite.carriers." + THROTTLED + code + ".adapter", () -> code);
            registry.add("suite.carriers." + THROTTLED + code + ".rate-per-second", () -> "0.1");
            registry.add("suite.carriers." + THROTTLED + code + ".burst", () -> "2");
        }
    }

    static List<CarrierFixture> carriers() {
        return CarrierFixtures.all();
    }

    static Stream<CarrierFixture> carriersWithDeliveryIds() {
        return carriers().stream().filter(CarrierFixture::remembersDeliveryIds);
    }

    static Stream<CarrierFixture> carriersSigningATimestamp() {
        return carriers().stream().filter(CarrierFixture::signsTimestamp);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void publishesEachEventOfABatchOnceInOccurrenceOrderKeepingAnUnknownCode(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        String deliveryId = unique("msg");
        double unknownBefore = count("tracking.events.unknown.code", carrier.code(), null, null);

        HttpResponse<String> response = push(carrier, deliveryId,
                carrier.push(trackingNumber, deliveryId, List.of(DELIVERED, IN_TRANSIT, UNKNOWN)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        List<TrackingUpdated> updates = trackingUpdatesOf(orderId);
        assertThat(updates).extracting(TrackingUpdated::occurredAt, TrackingUpdated::status,
                        TrackingUpdated::shipmentStatus)
                .containsExactly(
                        tuple(IN_TRANSIT.at(), ShipmentStatus.IN_TRANSIT, ShipmentStatus.IN_TRANSIT),
                        tuple(UNKNOWN.at(), ShipmentStatus.EXCEPTION, ShipmentStatus.EXCEPTION),
                        tuple(DELIVERED.at(), ShipmentStatus.DELIVERED, ShipmentStatus.DELIVERED));
        assertThat(updates).allSatisfy(update -> {
            assertThat(update.carrier()).isEqualTo(carrier.code());
            assertThat(update.trackingNumber()).isEqualTo(trackingNumber);
        });
        assertThat(updates.get(1).rawStatus()).isEqualTo(carrier.unknownCodeKeptAs());
        assertThat(updates.get(1).description()).startsWith(UNKNOWN.text());
        assertThat(count("tracking.events.unknown.code", carrier.code(), null, null)).isEqualTo(unknownBefore + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void addsNothingForAnIdenticalRedeliveryOrARepeatedSnapshotButTheNewEvents(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        String deliveryId = unique("msg");
        byte[] first = bytes(carrier.push(trackingNumber, deliveryId, List.of(IN_TRANSIT, UNKNOWN)));
        long timestamp = now();
        Map<String, String> signature = carrier.signatureHeaders(deliveryId, timestamp, first, carrier.secret());
        assertThat(deliver(carrier.code(), first, signature, "application/json").statusCode()).isEqualTo(202);

        HttpResponse<String> redelivered = deliver(carrier.code(), first, signature, "application/json");
        String snapshotId = unique("msg");
        HttpResponse<String> snapshot = push(carrier, snapshotId,
                carrier.push(trackingNumber, snapshotId, List.of(UNKNOWN, IN_TRANSIT)));
        String laterId = unique("msg");
        HttpResponse<String> later = push(carrier, laterId,
                carrier.push(trackingNumber, laterId, List.of(IN_TRANSIT, UNKNOWN, DELIVERED)));

        assertThat(List.of(redelivered, snapshot, later)).allSatisfy(
                response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(202));
        assertThat(eventsOf(trackingNumber)).isEqualTo(3);
        assertThat(trackingUpdatesOf(orderId)).extracting(TrackingUpdated::status).containsExactly(
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.EXCEPTION, ShipmentStatus.DELIVERED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriersWithDeliveryIds")
    void answersADeliveryIdSeenBefore202WithNoEffectWhateverItsBody(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        String deliveryId = unique("msg");
        push(carrier, deliveryId, carrier.push(trackingNumber, deliveryId, List.of(IN_TRANSIT)));
        double duplicatesBefore = received(carrier.code(), "duplicate");

        HttpResponse<String> again = push(carrier, deliveryId,
                carrier.push(trackingNumber, deliveryId, List.of(IN_TRANSIT, DELIVERED)));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        assertThat(eventsOf(trackingNumber)).isEqualTo(1);
        assertThat(receiptsOf(deliveryId)).isEqualTo(1);
        assertThat(trackingUpdatesOf(orderId)).hasSize(1);
        assertThat(received(carrier.code(), "duplicate")).isEqualTo(duplicatesBefore + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void takesAnOlderEventDeliveredLateWithoutLeavingDelivered(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        String deliveredId = unique("msg");
        String lateId = unique("msg");

        HttpResponse<String> delivered = push(carrier, deliveredId,
                carrier.push(trackingNumber, deliveredId, List.of(DELIVERED)));
        HttpResponse<String> late = push(carrier, lateId, carrier.push(trackingNumber, lateId, List.of(IN_TRANSIT)));

        assertThat(List.of(delivered.statusCode(), late.statusCode())).containsOnly(202);
        assertThat(trackingUpdatesOf(orderId))
                .extracting(TrackingUpdated::status, TrackingUpdated::shipmentStatus, TrackingUpdated::lastEventAt)
                .containsExactly(
                        tuple(ShipmentStatus.DELIVERED, ShipmentStatus.DELIVERED, DELIVERED.at()),
                        tuple(ShipmentStatus.IN_TRANSIT, ShipmentStatus.DELIVERED, DELIVERED.at()));
        JsonNode shipment = json(get("/api/v1/shipments/" + orderId, TestTokens.bearer("buyer-17", "BUYER")));
        assertThat(shipment.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(shipment.get("events")).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void acceptsPushesSignedWithTheRetiringOrTheCurrentSecretWhileKeysRotate(CarrierFixture carrier) {
        String code = ROTATING + carrier.code();
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(code, orderId, trackingNumber);
        String retiringId = unique("msg");
        String currentId = unique("msg");

        HttpResponse<String> retiring = push(carrier, code, retiringId,
                bytes(carrier.push(trackingNumber, retiringId, List.of(IN_TRANSIT))), carrier.retiringSecret(),
                "application/json");
        HttpResponse<String> current = push(carrier, code, currentId,
                bytes(carrier.push(trackingNumber, currentId, List.of(DELIVERED))), carrier.secret(),
                "application/json");

        assertThat(List.of(retiring, current)).allSatisfy(
                response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(202));
        assertThat(trackingUpdatesOf(orderId)).extracting(TrackingUpdated::carrier, TrackingUpdated::status)
                .containsExactly(tuple(code, ShipmentStatus.IN_TRANSIT), tuple(code, ShipmentStatus.DELIVERED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void refusesAWrongAnotherCarriersOrAnotherBodysSignatureWith401AndKeepsNothing(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        String deliveryId = unique("msg");
        byte[] body = bytes(carrier.push(trackingNumber, deliveryId, List.of(IN_TRANSIT, DELIVERED)));
        byte[] otherBody = bytes(carrier.push(trackingNumber, deliveryId, List.of(IN_TRANSIT)));
        long timestamp = now();
        double before = refused(carrier.code(), "bad_signature");

        List<HttpResponse<String>> refused = List.of(
                deliver(carrier.code(), body, carrier.signatureHeaders(deliveryId, timestamp, body, "not-the-secret"),
                        "application/json"),
                deliver(carrier.code(), body, carrier.signatureHeaders(deliveryId, timestamp, body,
                        anotherCarrier(carrier).secret()), "application/json"),
                deliver(carrier.code(), body, carrier.signatureHeaders(deliveryId, timestamp, otherBody,
                        carrier.secret()), "application/json"));

        refused.forEach(response -> assertProblem(response, 401));
        assertThat(refused(carrier.code(), "bad_signature")).isEqualTo(before + 3);
        assertNothingKept(orderId, trackingNumber, deliveryId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void refusesAPushWithoutAnyHeaderItsSchemeRequiresWith401AndKeepsNothing(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        String deliveryId = unique("msg");
        byte[] body = bytes(carrier.push(trackingNumber, deliveryId, List.of(IN_TRANSIT)));
        Map<String, String> signature = carrier.signatureHeaders(deliveryId, now(), body, carrier.secret());
        double before = refused(carrier.code(), "missing_headers");

        for (String header : carrier.requiredHeaders()) {
            Map<String, String> without = new HashMap<>(signature);
            without.remove(header);

            assertProblem(deliver(carrier.code(), body, without, "application/json"), 401);
        }

        assertThat(refused(carrier.code(), "missing_headers")).isEqualTo(before + carrier.requiredHeaders().size());
        assertNothingKept(orderId, trackingNumber, deliveryId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriersSigningATimestamp")
    void refusesATimestampMoreThanFiveMinutesPastOrAheadWith401AndKeepsNothing(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        String deliveryId = unique("msg");
        byte[] body = bytes(carrier.push(trackingNumber, deliveryId, List.of(IN_TRANSIT)));
        double before = refused(carrier.code(), "stale_timestamp");

        for (long offset : new long[] {-400, 400}) {
            Map<String, String> signature = carrier.signatureHeaders(deliveryId, now() + offset, body,
                    carrier.secret());

            assertProblem(deliver(carrier.code(), body, signature, "application/json"), 401);
        }

        assertThat(refused(carrier.code(), "stale_timestamp")).isEqualTo(before + 2);
        assertNothingKept(orderId, trackingNumber, deliveryId);
        HttpResponse<String> withinTolerance = deliver(carrier.code(), body,
                carrier.signatureHeaders(deliveryId, now() - 240, body, carrier.secret()), "application/json");
        assertThat(withinTolerance.statusCode()).as(withinTolerance.body()).isEqualTo(202);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void refusesABodyOverOneMebibyteWith413AndKeepsNothing(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        String deliveryId = unique("msg");
        Scan huge = new Scan(IN_TRANSIT.at(), Kind.IN_TRANSIT, "x".repeat(1024 * 1024));
        double before = refused(carrier.code(), "too_large");

        // The tracker answers a declared body over the limit without reading it and closes the connection
        // (docs/http-limits.md); the reset can reach the client before the answer does, and a carrier then
        // sends again, as this does.
        String body = carrier.push(trackingNumber, deliveryId, List.of(huge));
        HttpResponse<String> response = null;
        int attempts = 0;
        while (response == null) {
            attempts++;
            try {
                response = push(carrier, deliveryId, body);
            } catch (IllegalStateException answerLostToTheReset) {
                if (attempts == 3) {
                    throw answerLostToTheReset;
                }
            }
        }

        assertProblem(response, 413);
        assertThat(refused(carrier.code(), "too_large")).isEqualTo(before + attempts);
        assertNothingKept(orderId, trackingNumber, deliveryId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void refusesMoreEventsThanOneWebhookMayCarryWith413AndKeepsNothing(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        String deliveryId = unique("msg");
        List<Scan> scans = IntStream.rangeClosed(0, CarrierReport.MAX_EVENTS)
                .mapToObj(i -> new Scan(IN_TRANSIT.at().plusSeconds(60L * i), Kind.IN_TRANSIT, "Scan " + i))
                .toList();
        double before = refused(carrier.code(), "too_many_events");

        HttpResponse<String> response = push(carrier, deliveryId, carrier.push(trackingNumber, deliveryId, scans));

        assertProblem(response, 413);
        assertThat(json(response).get("detail").asString())
                .contains("at most " + CarrierReport.MAX_EVENTS + " events", "has " + scans.size());
        assertThat(refused(carrier.code(), "too_many_events")).isEqualTo(before + 1);
        assertNothingKept(orderId, trackingNumber, deliveryId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void refusesABodyThatIsNotJsonOrNotOfTheFormatOrNamesNoValidParcelWith400AndKeepsNothing(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        List<String> deliveryIds = List.of(unique("msg"), unique("msg"), unique("msg"), unique("msg"));
        double malformedBefore = refused(carrier.code(), "malformed_body");
        double invalidBefore = refused(carrier.code(), "invalid_fields");

        List<HttpResponse<String>> malformed = List.of(
                push(carrier, deliveryIds.get(0), carrier.push(trackingNumber, deliveryIds.get(0), List.of(IN_TRANSIT))
                        .substring(0, 40)),
                push(carrier, deliveryIds.get(1), ""),
                push(carrier, deliveryIds.get(2), carrier.otherShape()));
        HttpResponse<String> invalid = push(carrier, deliveryIds.get(3),
                carrier.push("LP 1/2", deliveryIds.get(3), List.of(IN_TRANSIT)));

        malformed.forEach(response -> assertProblem(response, 400));
        assertProblem(invalid, 400);
        assertThat(json(invalid).get("errors").get(0).get("field").asString()).isNotBlank();
        assertThat(refused(carrier.code(), "malformed_body")).isEqualTo(malformedBefore + 3);
        assertThat(refused(carrier.code(), "invalid_fields")).isEqualTo(invalidBefore + 1);
        deliveryIds.forEach(id -> assertNothingKept(orderId, trackingNumber, id));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void refusesABodyThatIsNotUtf8With400NamingTheBodyAndKeepsNothing(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        String latinId = unique("msg");
        String utf16Id = unique("msg");
        Scan accented = new Scan(IN_TRANSIT.at(), Kind.IN_TRANSIT, "Entregado en Córdoba");
        double before = refused(carrier.code(), "not_utf8");

        HttpResponse<String> latin1 = push(carrier, latinId, carrier.push(trackingNumber, latinId, List.of(accented))
                .getBytes(StandardCharsets.ISO_8859_1), carrier.secret(), "application/json");
        HttpResponse<String> utf16 = push(carrier, utf16Id, carrier.push(trackingNumber, utf16Id, List.of(accented))
                .getBytes(StandardCharsets.UTF_16LE), carrier.secret(), "application/json");

        for (HttpResponse<String> response : List.of(latin1, utf16)) {
            assertProblem(response, 400);
            assertThat(json(response).get("detail").asString()).startsWith("The body is not valid UTF-8");
            assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("body");
        }
        assertThat(refused(carrier.code(), "not_utf8")).isEqualTo(before + 2);
        assertNothingKept(orderId, trackingNumber, latinId);
        assertThat(receiptsOf(utf16Id)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void refusesABodyDeclaredInAnotherCharsetWith415AndKeepsNothing(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        String deliveryId = unique("msg");
        double before = refused(carrier.code(), "unsupported_charset");

        byte[] body = bytes(carrier.push(trackingNumber, deliveryId, List.of(IN_TRANSIT)));

        HttpResponse<String> latin1 = push(carrier, deliveryId, body, carrier.secret(),
                "application/json; charset=ISO-8859-1");
        HttpResponse<String> unknown = push(carrier, deliveryId, body, carrier.secret(),
                "application/json; charset=no-such-charset");
        HttpResponse<String> unreadable = push(carrier, deliveryId, body, carrier.secret(), "not a media type");

        assertProblem(latin1, 415);
        assertThat(json(latin1).get("detail").asString()).contains("ISO-8859-1", "UTF-8");
        assertProblem(unknown, 415);
        assertProblem(unreadable, 415);
        assertThat(refused(carrier.code(), "unsupported_charset")).isEqualTo(before + 3);
        assertNothingKept(orderId, trackingNumber, deliveryId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void takesAUtf8BodyWithAByteOrderMarkVerifyingTheSignatureOverTheBytesAsSent(CarrierFixture carrier) {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register(carrier, orderId, trackingNumber);
        String deliveryId = unique("msg");
        Scan accented = new Scan(IN_TRANSIT.at(), Kind.IN_TRANSIT, "Entregado en Córdoba, 深圳 📦");
        byte[] body = bytes(carrier.push(trackingNumber, deliveryId, List.of(accented)));
        byte[] marked = concat(UTF8_BYTE_ORDER_MARK, body);
        long timestamp = now();

        HttpResponse<String> signedWithoutTheMark = deliver(carrier.code(), marked,
                carrier.signatureHeaders(deliveryId, timestamp, body, carrier.secret()), "application/json");
        assertProblem(signedWithoutTheMark, 401);
        assertThat(eventsOf(trackingNumber)).isZero();

        HttpResponse<String> signedAsSent = deliver(carrier.code(), marked,
                carrier.signatureHeaders(deliveryId, timestamp, marked, carrier.secret()),
                "application/json; charset=utf-8");

        assertThat(signedAsSent.statusCode()).as(signedAsSent.body()).isEqualTo(202);
        assertThat(trackingUpdatesOf(orderId)).singleElement()
                .satisfies(update -> assertThat(update.description()).startsWith(accented.text()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("carriers")
    void countsOnlyAuthenticPushesAgainstTheRateAndAnswers429PastItKeepingNothing(CarrierFixture carrier) {
        String code = THROTTLED + carrier.code();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String deliveryId = unique("msg");
            byte[] body = bytes(carrier.push(unique("LP"), deliveryId, List.of(IN_TRANSIT)));
            statuses.add(deliver(code, body, carrier.signatureHeaders(deliveryId, now(), body, "not-the-secret"),
                    "application/json").statusCode());
        }
        List<String> trackingNumbers = List.of(unique("LP"), unique("LP"), unique("LP"));
        List<HttpResponse<String>> signed = new ArrayList<>();
        for (String trackingNumber : trackingNumbers) {
            String deliveryId = unique("msg");
            signed.add(push(carrier, code, deliveryId, bytes(carrier.push(trackingNumber, deliveryId, List.of(IN_TRANSIT))),
                    carrier.secret(), "application/json"));
        }

        assertThat(statuses).containsOnly(401);
        assertThat(signed).extracting(HttpResponse::statusCode).containsExactly(202, 202, 429);
        assertProblem(signed.get(2), 429);
        assertThat(signed.get(2).headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 10L));
        assertThat(eventsOf(trackingNumbers.get(1))).isOne();
        assertThat(eventsOf(trackingNumbers.get(2))).isZero();
    }

    @Test
    void registersTheEncodingRefusalsAtZeroForEveryCarrierBeforeItsFirstWebhook() {
        for (String reason : List.of("not_utf8", "unsupported_charset")) {
            assertThat(meters.find("tracking.webhooks.refused").tag("carrier", "quiet").tag("reason", reason)
                    .counter()).as(reason).isNotNull().extracting(Counter::count).isEqualTo(0.0);
        }
    }

    private void register(CarrierFixture carrier, String orderId, String trackingNumber) {
        register(carrier.code(), orderId, trackingNumber);
    }

    private void register(String code, String orderId, String trackingNumber) {
        HttpResponse<String> response = register(registration(orderId, trackingNumber, "seller-3", "buyer-17")
                .replace("\"carrier\": \"generic\"", "\"carrier\": \"" + code + "\""),
                TestTokens.bearer("seller-3", "SELLER"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private HttpResponse<String> push(CarrierFixture carrier, String deliveryId, String body) {
        return push(carrier, deliveryId, body, carrier.secret());
    }

    private HttpResponse<String> push(CarrierFixture carrier, String deliveryId, String body, String secret) {
        return push(carrier, deliveryId, bytes(body), secret, "application/json");
    }

    private HttpResponse<String> push(CarrierFixture carrier, String deliveryId, byte[] body, String secret,
                                      String contentType) {
        return push(carrier, carrier.code(), deliveryId, body, secret, contentType);
    }

    /** Signed now, over the bytes as sent. */
    private HttpResponse<String> push(CarrierFixture carrier, String code, String deliveryId, byte[] body,
                                      String secret, String contentType) {
        return deliver(code, body, carrier.signatureHeaders(deliveryId, now(), body, secret), contentType);
    }

    private HttpResponse<String> deliver(String code, byte[] body, Map<String, String> headers, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/webhooks/carriers/" + code))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    private void assertNothingKept(String orderId, String trackingNumber, String deliveryId) {
        assertThat(eventsOf(trackingNumber)).isZero();
        assertThat(receiptsOf(deliveryId)).isZero();
        assertThat(recordsFor(orderId)).extracting(record -> header(record, "ce_type"))
                .containsExactly("shipment.registered.v1");
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private static CarrierFixture anotherCarrier(CarrierFixture carrier) {
        List<CarrierFixture> all = carriers();
        int index = all.stream().map(CarrierFixture::code).toList().indexOf(carrier.code());
        return all.get((index + 1) % all.size());
    }

    private double refused(String carrier, String reason) {
        return count("tracking.webhooks.refused", carrier, "reason", reason);
    }

    private double received(String carrier, String outcome) {
        return count("tracking.webhooks.received", carrier, "outcome", outcome);
    }

    private double count(String name, String carrier, String tag, String value) {
        var search = meters.find(name).tag("carrier", carrier);
        Counter counter = (tag == null ? search : search.tag(tag, value)).counter();
        return counter == null ? 0 : counter.count();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
