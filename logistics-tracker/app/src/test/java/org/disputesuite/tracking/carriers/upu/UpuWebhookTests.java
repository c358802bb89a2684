package org.disputesuite.tracking.carriers.upu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class UpuWebhookTests extends TrackerIntegration {

    private static final String POSTING =
            UpuAdapterTests.upuEvent("EMA", "Posting/collection", "SHENZHEN 518000", "/Date(1759900800000)/");
    private static final String EXCHANGE_ARRIVAL = UpuAdapterTests.upuEvent("EMD",
            "Arrival at inward office of exchange", "MADRID CTI", "2025-10-11T06:30:00+02:00");
    private static final String FINAL_DELIVERY = UpuAdapterTests.upuEvent("EMI", "Final delivery",
            "MADRID CTA 28070", "2025-10-15T17:03:00+02:00");

    @Test
    void publishesTheEventsOfASignedPush() throws IOException {
        String orderId = unique("ORD");
        String trackingNumber = unique("RR");
        registerWithUpu(orderId, trackingNumber);

        HttpResponse<String> response = webhook("upu", unique("msg"), sampleFor(trackingNumber), UPU_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        List<TrackingUpdated> updates = trackingUpdatesOf(orderId);
        assertThat(updates).extracting(TrackingUpdated::rawStatus).containsExactly(
                "EMA", "EMC", "EMD", "EDB", "EDC", "EMG", "EDG", "EMH", "EDH", "EMI");
        assertThat(updates).allSatisfy(update -> {
            assertThat(update.carrier()).isEqualTo("upu");
            assertThat(update.carrierEventId()).matches("upu-[0-9a-f]{32}");
        });
        TrackingUpdated pickup = updates.get(8);
        assertThat(pickup.status()).isEqualTo(ShipmentStatus.AVAILABLE_FOR_PICKUP);
        assertThat(pickup.description()).isEqualTo("Arrival at collection point for pick-up");
        assertThat(pickup.pickupPoint()).extracting(PickupPoint::name).isEqualTo("MADRID CTA 28070");
        assertThat(pickup.pickupPoint().collectBy()).isEqualTo(pickup.occurredAt().plus(PICKUP_WINDOW));
        assertThat(updates.get(3)).extracting(TrackingUpdated::status, TrackingUpdated::subStatus)
                .containsExactly(ShipmentStatus.IN_TRANSIT, "CUSTOMS");
        JsonNode shipment = json(get("/api/v1/shipments/" + orderId, TestTokens.bearer("buyer-17", "BUYER")));
        assertThat(shipment.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(shipment.get("events")).hasSize(10);
    }

    @Test
    void theSameEventsUnderANewWebhookIdAddNothing() throws IOException {
        String orderId = unique("ORD");
        String trackingNumber = unique("RR");
        registerWithUpu(orderId, trackingNumber);
        webhook("upu", unique("msg"), sampleFor(trackingNumber), UPU_SECRET);
        String laterId = unique("msg");

        HttpResponse<String> repeated = webhook("upu", laterId, sampleFor(trackingNumber), UPU_SECRET);
        HttpResponse<String> rewritten = webhook("upu", unique("msg"), UpuAdapterTests.item(trackingNumber,
                UpuAdapterTests.upuEvent("EDH", "Arrival at collection point for pick-up", "MADRID CTA 28070",
                        "/Date(1760431320000)/")), UPU_SECRET);

        assertThat(List.of(repeated.statusCode(), rewritten.statusCode())).containsOnly(202);
        assertThat(eventsOf(trackingNumber)).isEqualTo(10);
        assertThat(trackingUpdatesOf(orderId)).hasSize(10);
        assertThat(receiptsOf(laterId)).isEqualTo(1);
    }

    @Test
    void appliesEachItemOfAPushToItsOwnParcelInOneGo() {
        String firstOrder = unique("ORD");
        String first = unique("RR");
        String secondOrder = unique("ORD");
        String second = unique("RR");
        String notRegistered = unique("RR");
        registerWithUpu(firstOrder, first);
        registerWithUpu(secondOrder, second);
        String webhookId = unique("msg");

        HttpResponse<String> response = webhook("upu", webhookId, UpuAdapterTests.items(
                UpuAdapterTests.item(second, EXCHANGE_ARRIVAL, FINAL_DELIVERY),
                UpuAdapterTests.item(notRegistered, POSTING),
                UpuAdapterTests.item(first, POSTING, EXCHANGE_ARRIVAL)), UPU_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(trackingUpdatesOf(firstOrder))
                .extracting(TrackingUpdated::trackingNumber, TrackingUpdated::rawStatus)
                .containsExactly(tuple(first, "EMA"), tuple(first, "EMD"));
        assertThat(trackingUpdatesOf(secondOrder))
                .extracting(TrackingUpdated::trackingNumber, TrackingUpdated::rawStatus, TrackingUpdated::shipmentStatus)
                .containsExactly(tuple(second, "EMD", ShipmentStatus.IN_TRANSIT),
                        tuple(second, "EMI", ShipmentStatus.DELIVERED));
        assertThat(eventsOf(notRegistered)).isEqualTo(1);
        assertThat(receiptsOf(webhookId)).isEqualTo(1);
    }

    @Test
    void refusesThePushWholeWhenOneItemCannotBeReadStoringNothingOfAnyItem() {
        String orderId = unique("ORD");
        String trackingNumber = unique("RR");
        String other = unique("RR");
        registerWithUpu(orderId, trackingNumber);
        String id = unique("msg");

        HttpResponse<String> response = webhook("upu", id, UpuAdapterTests.items(
                UpuAdapterTests.item(trackingNumber, POSTING),
                UpuAdapterTests.item(other, UpuAdapterTests.upuEvent("EMD", "Arrival", "MADRID", "yesterday"))),
                UPU_SECRET);

        assertProblem(response, 400);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("[1].Events[0].EventDT");
        assertNothingStoredOrPublished(orderId, trackingNumber, id);
        assertThat(eventsOf(other)).isZero();
    }

    @Test
    void itemsRepeatedWithinAPushOrAcrossPushesAddNothing() {
        String firstOrder = unique("ORD");
        String first = unique("RR");
        String secondOrder = unique("ORD");
        String second = unique("RR");
        registerWithUpu(firstOrder, first);
        registerWithUpu(secondOrder, second);
        webhook("upu", unique("msg"), UpuAdapterTests.items(UpuAdapterTests.item(first, POSTING),
                UpuAdapterTests.item(second, POSTING), UpuAdapterTests.item(first, POSTING)), UPU_SECRET);

        HttpResponse<String> again = webhook("upu", unique("msg"), UpuAdapterTests.items(
                UpuAdapterTests.item(second, POSTING), UpuAdapterTests.item(first, POSTING, EXCHANGE_ARRIVAL)),
                UPU_SECRET);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        assertThat(trackingUpdatesOf(firstOrder)).extracting(TrackingUpdated::rawStatus).containsExactly("EMA", "EMD");
        assertThat(trackingUpdatesOf(secondOrder)).extracting(TrackingUpdated::rawStatus).containsExactly("EMA");
        assertThat(eventsOf(first)).isEqualTo(2);
        assertThat(eventsOf(second)).isEqualTo(1);
    }

    /** Each push holds both parcels' locks at once: taken in opposite orders, two pushes would deadlock. */
    @Test
    void pushesOfTheSameItemsInOppositeOrdersAtOnceAreBothTakenIn() {
        String first = unique("RR");
        String second = unique("RR");
        int rounds = 8;

        for (int round = 0; round < rounds; round++) {
            String at = Instant.parse("2025-10-08T00:00:00Z").plus(Duration.ofHours(round)).toString();
            String forward = UpuAdapterTests.items(
                    UpuAdapterTests.item(first, UpuAdapterTests.upuEvent("EMB", "Forward " + round, "SHENZHEN", at)),
                    UpuAdapterTests.item(second, UpuAdapterTests.upuEvent("EMB", "Forward " + round, "SHENZHEN", at)));
            String backward = UpuAdapterTests.items(
                    UpuAdapterTests.item(second, UpuAdapterTests.upuEvent("EMC", "Backward " + round, "SHENZHEN", at)),
                    UpuAdapterTests.item(first, UpuAdapterTests.upuEvent("EMC", "Backward " + round, "SHENZHEN", at)));

            CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(
                    () -> webhook("upu", unique("msg"), forward, UPU_SECRET));
            CompletableFuture<HttpResponse<String>> other = CompletableFuture.supplyAsync(
                    () -> webhook("upu", unique("msg"), backward, UPU_SECRET));

            assertThat(List.of(one.join(), other.join())).allSatisfy(
                    response -> assertThat(response.statusCode()).as(response.body()).isEqualTo(202));
        }
        assertThat(eventsOf(first)).isEqualTo(2 * rounds);
        assertThat(eventsOf(second)).isEqualTo(2 * rounds);
    }

    private void registerWithUpu(String orderId, String trackingNumber) {
        HttpResponse<String> response = register(registration(orderId, trackingNumber, "seller-3", "buyer-17")
                .replace("\"carrier\": \"generic\"", "\"carrier\": \"upu\""), TestTokens.bearer("seller-3", "SELLER"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static String sampleFor(String trackingNumber) throws IOException {
        return UpuAdapterTests.sample("item-madrid-pickup.json").replace("RR123456785CN", trackingNumber);
    }

    private void assertNothingStoredOrPublished(String orderId, String trackingNumber, String webhookId) {
        assertThat(eventsOf(trackingNumber)).isZero();
        assertThat(receiptsOf(webhookId)).isZero();
        assertThat(recordsFor(orderId)).extracting(record -> header(record, "ce_type"))
                .containsExactly("shipment.registered.v1");
    }
}
