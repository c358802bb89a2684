package org.disputesuite.tracking.carriers.seventeentrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class SeventeenTrackWebhookTests extends TrackerIntegration {

    @Test
    void publishesTheEventsOfASignedPushForARegisteredShipment() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register17track(orderId, trackingNumber);

        HttpResponse<String> response = push(snapshot(trackingNumber), SEVENTEEN_TRACK_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        List<TrackingUpdated> updates = trackingUpdatesOf(orderId);
        assertThat(updates).hasSize(7).allSatisfy(update -> {
            assertThat(update.carrier()).isEqualTo("17track");
            assertThat(update.trackingNumber()).isEqualTo(trackingNumber);
            assertThat(update.carrierEventId()).startsWith("17t-");
        });
        assertThat(updates).extracting(TrackingUpdated::subStatus).containsExactlyInAnyOrder(
                "InfoReceived", "InTransit_PickedUp", "InTransit_CustomsReleased", "OutForDelivery_Other",
                "DeliveryFailure_NoBody", "AvailableForPickup_Other", "Delivered_Other");
        JsonNode shipment = json(get("/api/v1/shipments/" + orderId, TestTokens.bearer("buyer-17", "BUYER")));
        assertThat(shipment.get("status").asString()).isEqualTo(ShipmentStatus.DELIVERED.name());
        assertThat(shipment.get("lastEventAt").asString()).isEqualTo("2026-11-09T11:31:00Z");
    }

    @Test
    void addsNothingWhenTheSameSnapshotIsPushedAgainOrTrackingStops() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        register17track(orderId, trackingNumber);
        push(snapshot(trackingNumber), SEVENTEEN_TRACK_SECRET);

        HttpResponse<String> again = push(snapshot(trackingNumber), SEVENTEEN_TRACK_SECRET);
        HttpResponse<String> stopped = push("{\"event\":\"TRACKING_STOPPED\",\"data\":{\"number\":\"" + trackingNumber
                + "\",\"carrier\":7041,\"param\":null,\"tag\":null}}", SEVENTEEN_TRACK_SECRET);

        assertThat(List.of(again.statusCode(), stopped.statusCode())).containsOnly(202);
        assertThat(eventsOf(trackingNumber)).isEqualTo(7);
        assertThat(trackingUpdatesOf(orderId)).hasSize(7);
    }

    private void register17track(String orderId, String trackingNumber) {
        HttpResponse<String> response = register(registration(orderId, trackingNumber, "seller-3", "buyer-17")
                .replace("\"carrier\": \"generic\"", "\"carrier\": \"17track\""), TestTokens.bearer("seller-3", "SELLER"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static String snapshot(String trackingNumber) {
        return new String(SeventeenTrackAdapterTests.sample(), StandardCharsets.UTF_8)
                .replace("LP00012345678CN", trackingNumber);
    }

    private HttpResponse<String> push(String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(request(body).header(SeventeenTrackAdapter.SIGNATURE_HEADER, SeventeenTrackAdapter.sign(bytes, secret))
                .build());
    }

    private HttpRequest.Builder request(String body) {
        return HttpRequest.newBuilder(uri("/webhooks/carriers/17track"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
