package org.disputesuite.tracking.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class ShipmentQueryTests extends TrackerIntegration {

    @Test
    void showsTheRegisteredFieldsAndNoStatusBeforeTheCarrierReports() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);

        HttpResponse<String> response = get("/api/v1/shipments/" + orderId, TestTokens.bearer("seller-3", "SELLER"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode shipment = json(response);
        assertThat(fieldNames(shipment)).containsExactlyInAnyOrder("orderId", "trackingNumber", "carrier",
                "sellerId", "buyerId", "destination", "shippedAt", "promisedDeliveryBy", "amount", "registeredAt",
                "status", "subStatus", "lastEventAt", "events", "addressCheck", "pickupPoint", "delayed");
        assertThat(shipment.get("carrier").asString()).isEqualTo("generic");
        assertThat(shipment.get("buyerId").asString()).isEqualTo("buyer-17");
        assertThat(shipment.get("destination").get("line2").asString()).isEqualTo("2º B");
        assertThat(shipment.get("shippedAt").asString()).isEqualTo("2026-11-01T09:00:00Z");
        assertThat(shipment.get("promisedDeliveryBy").asString()).isEqualTo("2026-11-20T23:59:59Z");
        assertThat(shipment.get("amount").get("currency").asString()).isEqualTo("USD");
        assertThat(shipment.get("status").isNull()).isTrue();
        assertThat(shipment.get("lastEventAt").isNull()).isTrue();
        assertThat(shipment.get("events").isEmpty()).isTrue();
        assertThat(shipment.get("addressCheck").isNull()).isTrue();
        assertThat(shipment.get("pickupPoint").isNull()).isTrue();
        assertThat(shipment.get("delayed").asBoolean()).isFalse();
    }

    @Test
    void showsTheNormalizedStateAndEachEventOnceOldestFirst() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);
        String pickup = """
                {"eventId": "c-981", "status": "AVAILABLE_FOR_PICKUP", "subStatus": "LOCKER",
                 "occurredAt": "2026-11-18T15:20:00Z", "description": "Parcel at pickup point",
                 "location": {"city": "Madrid", "postalCode": "28013", "countryCode": "ES"},
                 "pickupPoint": {"id": "PP-77", "name": "Kiosko Sol", "collectBy": "2026-11-25T20:00:00Z"}}""";
        webhook("generic", unique("msg"), trackingBody(trackingNumber, pickup), GENERIC_SECRET);
        webhook("generic", unique("msg"), trackingBody(trackingNumber, pickup,
                event("c-900", "IN_TRANSIT", "2026-11-10T08:00:00.500Z")), GENERIC_SECRET);

        JsonNode shipment = json(get("/api/v1/shipments/" + orderId, TestTokens.bearer("buyer-17", "BUYER")));

        assertThat(shipment.get("status").asString()).isEqualTo("AVAILABLE_FOR_PICKUP");
        assertThat(shipment.get("subStatus").asString()).isEqualTo("LOCKER");
        assertThat(shipment.get("lastEventAt").asString()).isEqualTo("2026-11-18T15:20:00Z");
        assertThat(shipment.get("addressCheck").isNull()).isTrue();
        assertThat(fieldNames(shipment.get("pickupPoint")))
                .containsExactlyInAnyOrder("id", "name", "address", "collectBy");
        assertThat(shipment.get("pickupPoint").get("id").asString()).isEqualTo("PP-77");
        assertThat(shipment.get("pickupPoint").get("address").isNull()).isTrue();
        assertThat(shipment.get("pickupPoint").get("collectBy").asString()).isEqualTo("2026-11-25T20:00:00Z");
        assertThat(shipment.get("delayed").asBoolean()).isFalse();
        JsonNode events = shipment.get("events");
        assertThat(events.size()).isEqualTo(2);
        assertThat(events.get(0).get("eventId").asString()).isEqualTo("c-900");
        assertThat(events.get(0).get("occurredAt").asString()).isEqualTo("2026-11-10T08:00:00.500Z");
        JsonNode atPickup = events.get(1);
        assertThat(fieldNames(atPickup)).containsExactlyInAnyOrder("eventId", "status", "subStatus", "occurredAt",
                "description", "location", "pickupPoint");
        assertThat(fieldNames(events.get(0))).doesNotContain("pickupPoint", "deliveredTo", "signedBy");
        assertThat(atPickup.get("status").asString()).isEqualTo("AVAILABLE_FOR_PICKUP");
        assertThat(atPickup.get("description").asString()).isEqualTo("Parcel at pickup point");
        assertThat(atPickup.get("location").get("postalCode").asString()).isEqualTo("28013");
    }

    @Test
    void letsTheBuyerTheSellerAndOperatorsReadButNobodyElse() {
        String orderId = unique("ORD");
        registerAsSeller(orderId, unique("LP"));
        String path = "/api/v1/shipments/" + orderId;

        assertThat(get(path, TestTokens.bearer("buyer-17", "BUYER")).statusCode()).isEqualTo(200);
        assertThat(get(path, TestTokens.bearer("seller-3", "SELLER")).statusCode()).isEqualTo(200);
        assertThat(get(path, TestTokens.bearer("ops-1", "OPERATOR")).statusCode()).isEqualTo(200);
        assertProblem(get(path, TestTokens.bearer("buyer-99", "BUYER")), 403);
        assertProblem(get(path, TestTokens.bearer("seller-4", "SELLER")), 403);
        assertProblem(get(path, null), 401);
    }

    @Test
    void answersAnUnknownOrderWith404() {
        assertProblem(get("/api/v1/shipments/" + unique("ORD"), TestTokens.bearer("ops-1", "OPERATOR")), 404);
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyStream().map(Map.Entry::getKey).toList();
    }
}
