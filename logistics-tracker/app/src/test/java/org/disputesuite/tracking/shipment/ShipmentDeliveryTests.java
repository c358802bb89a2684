package org.disputesuite.tracking.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Pickup points and delivery address checks, from the carrier's webhook to the shipment and logistics.tracking.v1. */
class ShipmentDeliveryTests extends TrackerIntegration {

    private static final String KIOSK_ADDRESS = """
            {"line1": "Calle del Sol 3", "city": "Madrid", "postalCode": "28013", "countryCode": "ES"}""";
    private static final Address KIOSK = new Address(null, "Calle del Sol 3", null, "Madrid", null, "28013", "ES");
    private static final String SHIPPING_ADDRESS = """
            {"name": "Ana García", "line1": "Calle Mayor 5", "city": "Madrid", "postalCode": "28013", "countryCode": "ES"}""";

    @Test
    void showsAndPublishesThePickupPointWithTheCarriersCollectByTime() {
        String orderId = unique("ORD");
        String trackingNumber = registered(orderId);

        report(trackingNumber, arrival("c-1", "2026-11-18T15:20:00Z", """
                {"id": "PP-77", "name": "Kiosko Sol", "address": %s, "collectBy": "2026-11-25T20:00:00Z"}"""
                .formatted(KIOSK_ADDRESS)));

        PickupPoint expected = new PickupPoint("PP-77", "Kiosko Sol", KIOSK, Instant.parse("2026-11-25T20:00:00Z"));
        JsonNode shipment = shipment(orderId);
        assertThat(pickupPoint(shipment.get("pickupPoint"))).isEqualTo(expected);
        assertThat(pickupPoint(shipment.get("events").get(0).get("pickupPoint"))).isEqualTo(expected);
        assertThat(shipment.get("addressCheck").isNull()).isTrue();
        TrackingUpdated arrival = trackingUpdatesOf(orderId).get(0);
        assertThat(arrival.pickupPoint()).isEqualTo(expected);
        assertThat(arrival.addressCheck()).isNull();
        assertThat(arrival.sellerId()).isEqualTo("seller-3");
        assertThat(arrival.buyerId()).isEqualTo("buyer-17");
    }

    @Test
    void settlesTheCollectByTimeThePickupWindowAfterTheArrivalWhenTheCarrierGivesNone() {
        String orderId = unique("ORD");
        String trackingNumber = registered(orderId);

        report(trackingNumber, arrival("c-1", "2026-11-18T15:20:00Z", """
                {"id": "PP-77", "name": "Kiosko Sol"}"""));
        report(trackingNumber, arrival("c-2", "2026-11-19T09:00:00Z", null));

        Instant arrivedAt = Instant.parse("2026-11-18T15:20:00Z");
        Instant movedAt = Instant.parse("2026-11-19T09:00:00Z");
        List<TrackingUpdated> updates = trackingUpdatesOf(orderId);
        assertThat(updates.get(0).pickupPoint())
                .isEqualTo(new PickupPoint("PP-77", "Kiosko Sol", null, arrivedAt.plus(PICKUP_WINDOW)));
        assertThat(updates.get(1).pickupPoint())
                .isEqualTo(new PickupPoint(null, null, null, movedAt.plus(PICKUP_WINDOW)));
        JsonNode shipment = shipment(orderId);
        assertThat(pickupPoint(shipment.get("pickupPoint"))).isEqualTo(updates.get(1).pickupPoint());
        assertThat(pickupPoint(shipment.get("events").get(0).get("pickupPoint")))
                .isEqualTo(updates.get(0).pickupPoint());
    }

    @Test
    void checksADeliveryToTheShippingAddressAsAMatch() {
        String orderId = unique("ORD");
        String trackingNumber = registered(orderId);

        report(trackingNumber, delivery("c-1", "2026-11-19T11:00:00Z", SHIPPING_ADDRESS));

        TrackingUpdated delivered = trackingUpdatesOf(orderId).get(0);
        assertThat(delivered.addressCheck()).isEqualTo(new AddressCheckResult(AddressCheck.MATCH, List.of()));
        assertThat(delivered.deliveredTo())
                .isEqualTo(new Address("Ana García", "Calle Mayor 5", null, "Madrid", null, "28013", "ES"));
        assertThat(delivered.signedBy()).isEqualTo("A. García");
        JsonNode shipment = shipment(orderId);
        assertThat(shipment.get("addressCheck").get("result").asString()).isEqualTo("MATCH");
        assertThat(shipment.get("addressCheck").get("differences").isEmpty()).isTrue();
        assertThat(shipment.get("pickupPoint").isNull()).isTrue();
        JsonNode event = shipment.get("events").get(0);
        assertThat(event.get("deliveredTo").get("line1").asString()).isEqualTo("Calle Mayor 5");
        assertThat(event.get("signedBy").asString()).isEqualTo("A. García");
    }

    @Test
    void checksADeliveryToAnotherHouseNumberAsAMismatchNamingIt() {
        String orderId = unique("ORD");
        String trackingNumber = registered(orderId);

        report(trackingNumber, delivery("c-1", "2026-11-19T11:00:00Z", SHIPPING_ADDRESS.replace("Mayor 5", "Mayor 7")));

        AddressCheckResult mismatch = new AddressCheckResult(AddressCheck.MISMATCH, List.of("houseNumber"));
        assertThat(trackingUpdatesOf(orderId).get(0).addressCheck()).isEqualTo(mismatch);
        assertThat(addressCheck(shipment(orderId))).isEqualTo(mismatch);
    }

    @Test
    void readsADeliveryNamingOnlyACityOrNoAddressAtAllAsUnknown() {
        String cityOnly = unique("ORD");
        String noAddress = unique("ORD");
        report(registered(cityOnly), delivery("c-1", "2026-11-19T11:00:00Z", "{\"city\": \"Madrid\"}"));
        report(registered(noAddress), delivery("c-1", "2026-11-19T11:00:00Z", null));

        assertThat(trackingUpdatesOf(cityOnly).get(0).addressCheck().result()).isEqualTo(AddressCheck.UNKNOWN);
        assertThat(addressCheck(shipment(cityOnly)).result()).isEqualTo(AddressCheck.UNKNOWN);
        AddressCheckResult unknown = new AddressCheckResult(AddressCheck.UNKNOWN, List.of());
        assertThat(trackingUpdatesOf(noAddress).get(0).addressCheck()).isEqualTo(unknown);
        assertThat(addressCheck(shipment(noAddress))).isEqualTo(unknown);
    }

    @Test
    void checksACollectionAfterAnArrivalAgainstThePickupPointsAddress() {
        String orderId = unique("ORD");
        String trackingNumber = registered(orderId);

        report(trackingNumber, arrival("c-1", "2026-11-18T15:20:00Z", """
                {"id": "PP-77", "name": "Kiosko Sol", "address": %s}""".formatted(KIOSK_ADDRESS)));
        report(trackingNumber, delivery("c-2", "2026-11-19T11:00:00Z", KIOSK_ADDRESS));

        List<TrackingUpdated> updates = trackingUpdatesOf(orderId);
        assertThat(updates).extracting(TrackingUpdated::addressCheck)
                .containsExactly(null, new AddressCheckResult(AddressCheck.MATCH, List.of()));
        assertThat(updates.get(1).pickupPoint()).isNull();
        JsonNode shipment = shipment(orderId);
        assertThat(shipment.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(addressCheck(shipment).result()).isEqualTo(AddressCheck.MATCH);
        assertThat(pickupPoint(shipment.get("pickupPoint")).address()).isEqualTo(KIOSK);
    }

    @Test
    void checksALateReportedDeliveryOnWhereTheParcelStoodWhenItOccurred() {
        String orderId = unique("ORD");
        String trackingNumber = registered(orderId);

        report(trackingNumber, arrival("c-1", "2026-11-18T15:20:00Z", """
                {"id": "PP-77", "address": %s}""".formatted(KIOSK_ADDRESS)),
                event("c-3", "IN_TRANSIT", "2026-11-20T08:00:00Z"));
        report(trackingNumber, delivery("c-2", "2026-11-19T11:00:00Z", KIOSK_ADDRESS));
        report(trackingNumber, event("c-4", "EXCEPTION", "2026-11-21T08:00:00Z"));

        List<TrackingUpdated> updates = trackingUpdatesOf(orderId);
        assertThat(updates).extracting(TrackingUpdated::carrierEventId).containsExactly("c-1", "c-3", "c-2", "c-4");
        AddressCheckResult match = new AddressCheckResult(AddressCheck.MATCH, List.of());
        assertThat(updates).extracting(TrackingUpdated::addressCheck).containsExactly(null, null, match, match);
        assertThat(addressCheck(shipment(orderId))).isEqualTo(match);
    }

    @Test
    void publishesEventsReportedBeforeRegistrationWithTheirPickupPointAndCheck() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        report(trackingNumber, delivery("c-2", "2026-11-19T11:00:00Z", KIOSK_ADDRESS),
                arrival("c-1", "2026-11-18T15:20:00Z", """
                        {"id": "PP-77", "address": %s}""".formatted(KIOSK_ADDRESS)));

        registerAsSeller(orderId, trackingNumber);

        List<TrackingUpdated> updates = trackingUpdatesOf(orderId);
        assertThat(updates).extracting(TrackingUpdated::carrierEventId).containsExactly("c-1", "c-2");
        assertThat(updates.get(0).pickupPoint()).isEqualTo(new PickupPoint("PP-77", null, KIOSK,
                Instant.parse("2026-11-18T15:20:00Z").plus(PICKUP_WINDOW)));
        assertThat(updates).extracting(TrackingUpdated::addressCheck)
                .containsExactly(null, new AddressCheckResult(AddressCheck.MATCH, List.of()));
        assertThat(updates).extracting(TrackingUpdated::sellerId).containsOnly("seller-3");
        assertThat(updates).extracting(TrackingUpdated::buyerId).containsOnly("buyer-17");
        JsonNode shipment = shipment(orderId);
        assertThat(addressCheck(shipment).result()).isEqualTo(AddressCheck.MATCH);
        assertThat(pickupPoint(shipment.get("pickupPoint"))).isEqualTo(updates.get(0).pickupPoint());
    }

    private String registered(String orderId) {
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);
        return trackingNumber;
    }

    private void report(String trackingNumber, String... events) {
        var response = webhook("generic", unique("msg"), trackingBody(trackingNumber, events), GENERIC_SECRET);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private JsonNode shipment(String orderId) {
        var response = get("/api/v1/shipments/" + orderId, TestTokens.bearer("buyer-17", "BUYER"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static String arrival(String eventId, String occurredAt, String pickupPoint) {
        return """
                {"eventId": "%s", "status": "AVAILABLE_FOR_PICKUP", "subStatus": "LOCKER", "occurredAt": "%s",
                 "description": "Parcel at pickup point"%s}"""
                .formatted(eventId, occurredAt, pickupPoint == null ? "" : ", \"pickupPoint\": " + pickupPoint);
    }

    private static String delivery(String eventId, String occurredAt, String deliveredTo) {
        return """
                {"eventId": "%s", "status": "DELIVERED", "occurredAt": "%s", "description": "Delivered"%s}"""
                .formatted(eventId, occurredAt, deliveredTo == null ? ""
                        : ", \"deliveredTo\": " + deliveredTo + ", \"signedBy\": \"A. García\"");
    }

    private static PickupPoint pickupPoint(JsonNode node) {
        return JSON.treeToValue(node, PickupPoint.class);
    }

    private static AddressCheckResult addressCheck(JsonNode shipment) {
        return JSON.treeToValue(shipment.get("addressCheck"), AddressCheckResult.class);
    }
}
