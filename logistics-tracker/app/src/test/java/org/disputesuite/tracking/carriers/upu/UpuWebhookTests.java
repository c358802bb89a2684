package org.disputesuite.tracking.carriers.upu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.disputesuite.tracking.api.WebhookSignature;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class UpuWebhookTests extends TrackerIntegration {

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
    void theSameWebhookIdAgainHasNoSecondEffect() throws IOException {
        String orderId = unique("ORD");
        String trackingNumber = unique("RR");
        registerWithUpu(orderId, trackingNumber);
        String webhookId = unique("msg");
        webhook("upu", webhookId, sampleFor(trackingNumber), UPU_SECRET);

        HttpResponse<String> again = webhook("upu", webhookId, sampleFor(trackingNumber), UPU_SECRET);
        HttpResponse<String> otherBody = webhook("upu", webhookId, UpuAdapterTests.item(trackingNumber,
                UpuAdapterTests.upuEvent("EDX", "Other", "MADRID", "2025-10-16T10:00:00Z")), UPU_SECRET);

        assertThat(List.of(again.statusCode(), otherBody.statusCode())).containsOnly(202);
        assertThat(eventsOf(trackingNumber)).isEqualTo(10);
        assertThat(trackingUpdatesOf(orderId)).hasSize(10);
        assertThat(receiptsOf(webhookId)).isEqualTo(1);
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
    void refusesABadSignatureAndStoresNothing() throws IOException {
        String orderId = unique("ORD");
        String trackingNumber = unique("RR");
        registerWithUpu(orderId, trackingNumber);
        byte[] body = sampleFor(trackingNumber).getBytes(StandardCharsets.UTF_8);
        long now = clock.instant().getEpochSecond();
        String id = unique("msg");

        List<HttpResponse<String>> refused = List.of(
                webhook("upu", id, now, body, WebhookSignature.sign("not-the-secret", id, now, body)),
                webhook("upu", id, now, body, WebhookSignature.sign(GENERIC_SECRET, id, now, body)),
                webhook("upu", id, now - 400, body, WebhookSignature.sign(UPU_SECRET, id, now - 400, body)),
                webhook("upu", id, now, body, null));

        refused.forEach(response -> assertProblem(response, 401));
        assertNothingStoredOrPublished(orderId, trackingNumber, id);
    }

    @Test
    void refusesSeveralItemsInOnePushWith400AndStoresNothing() {
        String orderId = unique("ORD");
        String trackingNumber = unique("RR");
        registerWithUpu(orderId, trackingNumber);
        String event = UpuAdapterTests.upuEvent("EMA", "Posting/collection", "SHENZHEN", "2025-10-08T05:20:00Z");
        String body = "[{\"ID\": \"" + trackingNumber + "\", \"Events\": [" + event + "]}, {\"ID\": \""
                + unique("RR") + "\", \"Events\": [" + event + "]}]";
        String id = unique("msg");

        HttpResponse<String> response = webhook("upu", id, body, UPU_SECRET);

        assertProblem(response, 400);
        assertThat(json(response).get("detail").asString()).contains("one item per push");
        assertNothingStoredOrPublished(orderId, trackingNumber, id);
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
