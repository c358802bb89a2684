package org.disputesuite.tracking.carriers.aftership;

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

class AfterShipWebhookTests extends TrackerIntegration {

    private static final String SAMPLE_EVENT_ID = "8a7d3c2e-5b14-4f0a-9c6e-2d1b0a9f8e7d";

    @Test
    void publishesTheCheckpointsOfASignedPushOfARegisteredShipment() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerWithAfterShip(orderId, trackingNumber);

        HttpResponse<String> response = push(sample(trackingNumber, unique("evt")), AFTERSHIP_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        List<TrackingUpdated> updates = trackingUpdatesOf(orderId);
        assertThat(updates).extracting(TrackingUpdated::status).containsExactly(ShipmentStatus.INFO_RECEIVED,
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.IN_TRANSIT, ShipmentStatus.OUT_FOR_DELIVERY,
                ShipmentStatus.ATTEMPT_FAILED, ShipmentStatus.AVAILABLE_FOR_PICKUP, ShipmentStatus.DELIVERED);
        TrackingUpdated delivered = updates.get(6);
        assertThat(delivered.carrier()).isEqualTo("aftership");
        assertThat(delivered.rawStatus()).isEqualTo("Delivered/SIGNED");
        assertThat(delivered.subStatus()).isEqualTo("Delivered_001");
        assertThat(delivered.shipmentStatus()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(eventsOf(trackingNumber)).isEqualTo(7);
    }

    @Test
    void addsNothingForTheSameCheckpointsUnderANewEventId() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerWithAfterShip(orderId, trackingNumber);
        assertThat(push(sample(trackingNumber, unique("evt")), AFTERSHIP_SECRET).statusCode()).isEqualTo(202);

        HttpResponse<String> snapshot = push(sample(trackingNumber, unique("evt")), AFTERSHIP_SECRET);

        assertThat(snapshot.statusCode()).as(snapshot.body()).isEqualTo(202);
        assertThat(eventsOf(trackingNumber)).isEqualTo(7);
        assertThat(trackingUpdatesOf(orderId)).hasSize(7);
    }

    @Test
    void answersAnotherEventKindWith202AndChangesNothing() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerWithAfterShip(orderId, trackingNumber);
        String eventId = unique("evt");
        String body = new String(sample(trackingNumber, eventId), StandardCharsets.UTF_8)
                .replace("\"tracking_update\"", "\"tracking_deleted\"");

        HttpResponse<String> response = push(body.getBytes(StandardCharsets.UTF_8), AFTERSHIP_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(eventsOf(trackingNumber)).isZero();
        assertThat(receiptsOf(eventId)).isZero();
        assertThat(trackingUpdatesOf(orderId)).isEmpty();
    }

    private void registerWithAfterShip(String orderId, String trackingNumber) {
        String body = registration(orderId, trackingNumber, "seller-3", "buyer-17")
                .replace("\"carrier\": \"generic\"", "\"carrier\": \"aftership\"");
        HttpResponse<String> response = register(body, TestTokens.bearer("seller-3", "SELLER"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static byte[] sample(String trackingNumber, String eventId) {
        return new String(AfterShipAdapterTests.sample(), StandardCharsets.UTF_8)
                .replace("LP00012345678CN", trackingNumber)
                .replace(SAMPLE_EVENT_ID, eventId)
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> push(byte[] body, String secret) {
        return send(HttpRequest.newBuilder(uri("/webhooks/carriers/aftership"))
                .header("Content-Type", "application/json")
                .header(AfterShipCarrierAdapter.SIGNATURE_HEADER, AfterShipCarrierAdapter.signature(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }
}
