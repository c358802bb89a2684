package org.disputesuite.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.disputesuite.tracking.api.TrackingLocation;
import org.disputesuite.tracking.api.TrackingTopics;
import org.disputesuite.tracking.api.WebhookSignature;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class CarrierWebhookTests extends TrackerIntegration {

    private static final EventCodec<TrackingEvent> CODEC = new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);

    @Autowired
    private MeterRegistry meters;

    @Test
    void publishesASignedInTransitEventOfARegisteredShipment() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);
        double acceptedBefore = webhooksCounted("generic", "accepted");

        HttpResponse<String> response = webhook("generic", unique("msg"),
                trackingBody(trackingNumber, event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z")), GENERIC_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        List<ConsumerRecord<String, String>> records = recordsFor(orderId);
        assertThat(records).hasSize(2);
        ConsumerRecord<String, String> record = records.get(1);
        assertThat(record.key()).isEqualTo(orderId);
        assertThat(header(record, "ce_type")).isEqualTo("shipment.tracking-updated.v1");
        assertThat(header(record, "ce_id")).isEqualTo("tracking:generic:" + trackingNumber + ":c-1");
        TrackingUpdated updated = decode(record);
        assertThat(updated.orderId()).isEqualTo(orderId);
        assertThat(updated.carrierEventId()).isEqualTo("c-1");
        assertThat(updated.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(updated.shipmentStatus()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(updated.location()).isEqualTo(new TrackingLocation("Madrid", "28013", "ES"));
        assertThat(updated.receivedAt()).isNotNull();
        assertThat(webhooksCounted("generic", "accepted")).isEqualTo(acceptedBefore + 1);
    }

    @Test
    void acceptsASignatureMadeWithTheRetiringSecret() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);

        HttpResponse<String> response = webhook("generic", unique("msg"),
                trackingBody(trackingNumber, event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z")),
                GENERIC_RETIRING_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(recordsFor(orderId)).hasSize(2);
    }

    @Test
    void answersTheSameWebhookIdAgainWith202AndNoSecondEffectWhateverItsBody() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);
        String webhookId = unique("msg");
        webhook("generic", webhookId, trackingBody(trackingNumber,
                event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z")), GENERIC_SECRET);

        HttpResponse<String> sameBody = webhook("generic", webhookId, trackingBody(trackingNumber,
                event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z")), GENERIC_SECRET);
        HttpResponse<String> otherBody = webhook("generic", webhookId, trackingBody(trackingNumber,
                event("c-2", "DELIVERED", "2026-11-03T10:00:00Z")), GENERIC_SECRET);
        HttpResponse<String> unreadableBody = webhook("generic", webhookId, "{oops", GENERIC_SECRET);

        assertThat(List.of(sameBody.statusCode(), otherBody.statusCode(), unreadableBody.statusCode()))
                .containsOnly(202);
        assertThat(recordsFor(orderId)).hasSize(2);
        assertThat(eventsOf(trackingNumber)).isEqualTo(1);
    }

    @Test
    void storesEachCarrierEventOnceEvenUnderAnotherWebhookId() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);
        String inTransit = event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z");
        webhook("generic", unique("msg"), trackingBody(trackingNumber, inTransit), GENERIC_SECRET);

        HttpResponse<String> response = webhook("generic", unique("msg"), trackingBody(trackingNumber, inTransit,
                event("c-2", "OUT_FOR_DELIVERY", "2026-11-04T08:00:00Z")), GENERIC_SECRET);

        assertThat(response.statusCode()).isEqualTo(202);
        List<ConsumerRecord<String, String>> records = recordsFor(orderId);
        assertThat(records).hasSize(3);
        assertThat(decode(records.get(2)).carrierEventId()).isEqualTo("c-2");
    }

    @Test
    void keepsDeliveredWhenALateInTransitScanArrivesAndReadsUnknownStatusesAsException() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);

        webhook("generic", unique("msg"), trackingBody(trackingNumber,
                event("c-2", "DELIVERED", "2026-11-05T10:00:00Z"),
                event("c-3", "IN_TRANSIT", "2026-11-05T11:00:00Z"),
                event("c-1", "HELD_AT_CUSTOMS", "2026-11-03T10:00:00Z")), GENERIC_SECRET);

        List<TrackingUpdated> updates = recordsFor(orderId).stream().skip(1).map(CarrierWebhookTests::decode).toList();
        assertThat(updates).extracting(TrackingUpdated::carrierEventId).containsExactly("c-1", "c-2", "c-3");
        assertThat(updates).extracting(TrackingUpdated::shipmentStatus)
                .containsExactly(ShipmentStatus.EXCEPTION, ShipmentStatus.DELIVERED, ShipmentStatus.DELIVERED);
        assertThat(updates.get(0).rawStatus()).isEqualTo("HELD_AT_CUSTOMS");
        JsonNode shipment = json(get("/api/v1/shipments/" + orderId, TestTokens.bearer("buyer-17", "BUYER")));
        assertThat(shipment.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(shipment.get("lastEventAt").asString()).isEqualTo("2026-11-05T11:00:00Z");
        assertThat(shipment.get("events").get(0).get("rawStatus").asString()).isEqualTo("HELD_AT_CUSTOMS");
        assertThat(shipment.get("events").get(1).has("rawStatus")).isFalse();
    }

    @Test
    void keepsEventsOfAnUnregisteredTrackingNumberAndPublishesThemInOccurrenceOrderAtRegistration() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");

        HttpResponse<String> early = webhook("generic", unique("msg"), trackingBody(trackingNumber,
                event("c-2", "IN_TRANSIT", "2026-11-03T10:00:00Z")), GENERIC_SECRET);
        HttpResponse<String> earlier = webhook("generic", unique("msg"), trackingBody(trackingNumber,
                event("c-1", "INFO_RECEIVED", "2026-11-01T10:00:00Z")), GENERIC_SECRET);

        assertThat(early.statusCode()).isEqualTo(202);
        assertThat(earlier.statusCode()).isEqualTo(202);
        assertThat(eventsOf(trackingNumber)).isEqualTo(2);
        assertThat(recordsFor(orderId)).isEmpty();

        HttpResponse<String> registered = registerAsSeller(orderId, trackingNumber);

        List<ConsumerRecord<String, String>> records = recordsFor(orderId);
        assertThat(records).extracting(record -> header(record, "ce_type")).containsExactly(
                "shipment.registered.v1", "shipment.tracking-updated.v1", "shipment.tracking-updated.v1");
        assertThat(List.of(decode(records.get(1)), decode(records.get(2))))
                .extracting(TrackingUpdated::carrierEventId, TrackingUpdated::shipmentStatus)
                .containsExactly(
                        tuple("c-1", ShipmentStatus.INFO_RECEIVED),
                        tuple("c-2", ShipmentStatus.IN_TRANSIT));
        assertThat(json(registered).get("status").asString()).isEqualTo("IN_TRANSIT");
    }

    @Test
    void refusesAnUnparseableBodyOrAnEventWithoutItsRequiredFields() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);
        String malformedId = unique("msg");
        String incompleteId = unique("msg");

        HttpResponse<String> malformed = webhook("generic", malformedId, "{\"trackingNumber\": \"" + trackingNumber,
                GENERIC_SECRET);
        HttpResponse<String> incomplete = webhook("generic", incompleteId, trackingBody(trackingNumber,
                event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"),
                "{\"eventId\": \"c-2\", \"status\": \"DELIVERED\"}"), GENERIC_SECRET);

        assertProblem(malformed, 400);
        assertProblem(incomplete, 400);
        assertThat(json(incomplete).get("errors").get(0).get("field").asString()).isEqualTo("events[1].occurredAt");
        assertNothingStoredOrPublished(orderId, trackingNumber, malformedId);
        assertThat(receiptsOf(incompleteId)).isZero();
    }

    @Test
    void refusesABodyOverOneMebibyteWithOrWithoutADeclaredLength() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);
        String id = unique("msg");
        byte[] body = trackingBody(trackingNumber, event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z")
                .replace("\"Scanned\"", "\"" + "x".repeat(1024 * 1024) + "\"")).getBytes(StandardCharsets.UTF_8);
        long now = clock.instant().getEpochSecond();
        String signature = WebhookSignature.sign(GENERIC_SECRET, id, now, body);

        HttpResponse<String> declared = webhook("generic", id, now, body, signature);
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/webhooks/carriers/generic"))
                .header(WebhookSignature.ID_HEADER, id)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(WebhookSignature.SIGNATURE_HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

        assertProblem(declared, 413);
        assertProblem(chunked, 413);
        assertNothingStoredOrPublished(orderId, trackingNumber, id);
    }

    @Test
    void answersAnUnknownCarrierWith404() {
        String trackingNumber = unique("LP");
        double before = webhooksCounted("unknown", "unknown_carrier");

        HttpResponse<String> response = webhook("nobody", unique("msg"), trackingBody(trackingNumber,
                event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z")), GENERIC_SECRET);

        assertProblem(response, 404);
        assertThat(eventsOf(trackingNumber)).isZero();
        assertThat(webhooksCounted("unknown", "unknown_carrier")).isEqualTo(before + 1);
    }

    private void assertNothingStoredOrPublished(String orderId, String trackingNumber, String webhookId) {
        assertThat(eventsOf(trackingNumber)).isZero();
        assertThat(receiptsOf(webhookId)).isZero();
        assertThat(recordsFor(orderId)).extracting(record -> header(record, "ce_type"))
                .containsExactly("shipment.registered.v1");
    }

    private double webhooksCounted(String carrier, String outcome) {
        var counter = meters.find("tracking.webhooks.received").tag("carrier", carrier).tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static TrackingUpdated decode(ConsumerRecord<String, String> record) {
        return (TrackingUpdated) CODEC.decode(EventEnvelope.from(record.key(), record.value(), record.headers()));
    }
}
