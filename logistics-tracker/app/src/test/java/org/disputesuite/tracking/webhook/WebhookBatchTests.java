package org.disputesuite.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.disputesuite.tracking.api.TrackingTopics;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Webhooks of many events: each event once, states carried across webhooks, and the cap on events per webhook. */
class WebhookBatchTests extends TrackerIntegration {

    private static final EventCodec<TrackingEvent> CODEC = new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);
    private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");
    private static final int MAX = CarrierReport.MAX_EVENTS;

    @Test
    void takesAWebhookOfTheMostEventsAllowedAndPublishesEachOnceInOccurrenceOrder() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);
        List<String> events = new ArrayList<>();
        for (int i = MAX - 1; i >= 0; i--) {
            events.add(event("c-" + i, "IN_TRANSIT", START.plusSeconds(60L * i).toString()));
        }

        HttpResponse<String> full = webhook("generic", unique("msg"),
                trackingBody(trackingNumber, events.toArray(String[]::new)), GENERIC_SECRET);
        HttpResponse<String> again = webhook("generic", unique("msg"), trackingBody(trackingNumber,
                events.get(0), event("c-new", "DELIVERED", START.plusSeconds(60L * MAX).toString()),
                event("c-new", "IN_TRANSIT", "2026-11-01T00:00:00Z")), GENERIC_SECRET);

        assertThat(full.statusCode()).as(full.body()).isEqualTo(202);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        List<TrackingUpdated> updates = updatesOf(orderId);
        assertThat(updates).hasSize(MAX + 1);
        assertThat(updates.get(0).carrierEventId()).isEqualTo("c-0");
        assertThat(updates.get(MAX - 1).carrierEventId()).isEqualTo("c-" + (MAX - 1));
        assertThat(updates.get(MAX))
                .extracting(TrackingUpdated::carrierEventId, TrackingUpdated::shipmentStatus)
                .containsExactly("c-new", ShipmentStatus.DELIVERED);
        assertThat(eventsOf(trackingNumber)).isEqualTo(MAX + 1);
        JsonNode shipment = json(get("/api/v1/shipments/" + orderId, TestTokens.bearer("buyer-17", "BUYER")));
        assertThat(shipment.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(shipment.get("events")).hasSize(MAX + 1);
    }

    @Test
    void refusesMoreEventsThanAllowedWith413AfterTheSignatureAndStoresNothing() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);
        String[] events = new String[MAX + 1];
        for (int i = 0; i < events.length; i++) {
            events[i] = event("c-" + i, "IN_TRANSIT", START.plusSeconds(i).toString());
        }
        String body = trackingBody(trackingNumber, events);
        String refusedId = unique("msg");
        String unsignedId = unique("msg");

        HttpResponse<String> tooMany = webhook("generic", refusedId, body, GENERIC_SECRET);
        HttpResponse<String> badlySigned = webhook("generic", unsignedId, body, "not-the-secret");

        assertProblem(tooMany, 413);
        assertThat(json(tooMany).get("detail").asString())
                .contains("at most " + MAX + " events", "has " + events.length);
        assertProblem(badlySigned, 401);
        assertThat(eventsOf(trackingNumber)).isZero();
        assertThat(receiptsOf(refusedId)).isZero();
        assertThat(receiptsOf(unsignedId)).isZero();
        assertThat(recordsFor(orderId)).extracting(record -> header(record, "ce_type"))
                .containsExactly("shipment.registered.v1");
    }

    @Test
    void carriesTheStateAcrossWebhooksFromTheEventsKnownBefore() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);

        webhook("generic", unique("msg"), trackingBody(trackingNumber,
                event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"),
                event("c-3", "DELIVERED", "2026-11-04T10:00:00Z"),
                event("c-4", "OUT_FOR_DELIVERY", "2026-11-05T10:00:00Z")), GENERIC_SECRET);
        webhook("generic", unique("msg"), trackingBody(trackingNumber,
                event("c-5", "IN_TRANSIT", "2026-11-06T10:00:00Z"),
                event("c-2", "AVAILABLE_FOR_PICKUP", "2026-11-03T10:00:00Z")), GENERIC_SECRET);
        String afterLateScans = shipmentStatus(orderId);
        webhook("generic", unique("msg"), trackingBody(trackingNumber,
                event("c-6", "RETURNED_TO_SENDER", "2026-11-06T10:00:00Z")), GENERIC_SECRET);

        assertThat(afterLateScans).isEqualTo("DELIVERED");
        assertThat(updatesOf(orderId))
                .extracting(TrackingUpdated::carrierEventId, TrackingUpdated::shipmentStatus,
                        TrackingUpdated::lastEventAt)
                .containsExactly(
                        tuple("c-1", ShipmentStatus.IN_TRANSIT, Instant.parse("2026-11-02T10:00:00Z")),
                        tuple("c-3", ShipmentStatus.DELIVERED, Instant.parse("2026-11-04T10:00:00Z")),
                        tuple("c-4", ShipmentStatus.DELIVERED, Instant.parse("2026-11-05T10:00:00Z")),
                        tuple("c-2", ShipmentStatus.DELIVERED, Instant.parse("2026-11-05T10:00:00Z")),
                        tuple("c-5", ShipmentStatus.DELIVERED, Instant.parse("2026-11-06T10:00:00Z")),
                        tuple("c-6", ShipmentStatus.RETURNED_TO_SENDER, Instant.parse("2026-11-06T10:00:00Z")));
        JsonNode shipment = json(get("/api/v1/shipments/" + orderId, TestTokens.bearer("buyer-17", "BUYER")));
        assertThat(shipment.get("status").asString()).isEqualTo("RETURNED_TO_SENDER");
        assertThat(shipment.get("lastEventAt").asString()).isEqualTo("2026-11-06T10:00:00Z");
    }

    @Test
    void storesAnEventRepeatedWithinOneWebhookOnce() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);

        HttpResponse<String> response = webhook("generic", unique("msg"), trackingBody(trackingNumber,
                event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"),
                event("c-1", "DELIVERED", "2026-11-03T10:00:00Z"),
                event("c-2", "OUT_FOR_DELIVERY", "2026-11-02T12:00:00Z")), GENERIC_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(eventsOf(trackingNumber)).isEqualTo(2);
        assertThat(updatesOf(orderId)).extracting(TrackingUpdated::carrierEventId, TrackingUpdated::status)
                .containsExactly(tuple("c-1", ShipmentStatus.IN_TRANSIT),
                        tuple("c-2", ShipmentStatus.OUT_FOR_DELIVERY));
        assertThat(shipmentStatus(orderId)).isEqualTo("OUT_FOR_DELIVERY");
    }

    private String shipmentStatus(String orderId) {
        return json(get("/api/v1/shipments/" + orderId, TestTokens.bearer("buyer-17", "BUYER")))
                .get("status").asString();
    }

    private static List<TrackingUpdated> updatesOf(String orderId) {
        return recordsFor(orderId).stream().skip(1).map(WebhookBatchTests::decode).toList();
    }

    private static TrackingUpdated decode(ConsumerRecord<String, String> record) {
        return (TrackingUpdated) CODEC.decode(EventEnvelope.from(record.key(), record.value(), record.headers()));
    }
}
