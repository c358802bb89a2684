package org.disputesuite.tracking.carriers.cainiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class CainiaoWebhookTests extends TrackerIntegration {

    private static final String ARRIVED = """
            {"time": 1794996000000, "timeZone": "+1", "actionCode": "GTMS_WAIT_SELF_PICK",
             "desc": "快件已由菜鸟驿站代收，请及时取件", "standerdDesc": "Ready for pickup", "group": "DELIVERY"}""";
    private static final String IN_CUSTOMS = """
            {"time": 1793872800000, "timeZone": "+1", "actionCode": "CC_IM_START", "desc": "进口清关中",
             "standerdDesc": "Import customs clearance started"}""";
    private static final String COLLECTED = """
            {"time": 1795082400000, "timeZone": "+1", "actionCode": "GTMS_SIGNED", "desc": "已签收，签收人：本人",
             "standerdDesc": "Delivered"}""";

    @Test
    void publishesTheEventsOfASignedPush() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerCainiaoShipment(orderId, trackingNumber);

        HttpResponse<String> response = webhook("cainiao", unique("msg"), body(trackingNumber, IN_CUSTOMS, ARRIVED),
                CAINIAO_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        List<TrackingUpdated> updates = trackingUpdatesOf(orderId);
        assertThat(updates).extracting(TrackingUpdated::status, TrackingUpdated::rawStatus, TrackingUpdated::subStatus)
                .containsExactly(
                        tuple(ShipmentStatus.IN_TRANSIT, "CC_IM_START", "CUSTOMS"),
                        tuple(ShipmentStatus.AVAILABLE_FOR_PICKUP, "GTMS_WAIT_SELF_PICK", null));
        assertThat(updates.get(1).occurredAt()).isEqualTo(Instant.ofEpochMilli(1794996000000L));
        assertThat(updates.get(1).carrierEventId()).startsWith("cn-");
        JsonNode shipment = json(get("/api/v1/shipments/" + orderId, TestTokens.bearer("buyer-17", "BUYER")));
        assertThat(shipment.get("status").asString()).isEqualTo("AVAILABLE_FOR_PICKUP");
        assertThat(shipment.get("events").get(1).get("description").asString())
                .isEqualTo("快件已由菜鸟驿站代收，请及时取件 [timeZone +1]");
    }

    @Test
    void theSameEventsUnderANewWebhookIdAddNothing() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerCainiaoShipment(orderId, trackingNumber);
        webhook("cainiao", unique("msg"), body(trackingNumber, IN_CUSTOMS, ARRIVED), CAINIAO_SECRET);

        HttpResponse<String> same = webhook("cainiao", unique("msg"), body(trackingNumber, ARRIVED, IN_CUSTOMS),
                CAINIAO_SECRET);
        HttpResponse<String> more = webhook("cainiao", unique("msg"), body(trackingNumber, IN_CUSTOMS, ARRIVED,
                COLLECTED), CAINIAO_SECRET);

        assertThat(List.of(same.statusCode(), more.statusCode())).containsOnly(202);
        assertThat(eventsOf(trackingNumber)).isEqualTo(3);
        assertThat(trackingUpdatesOf(orderId)).extracting(TrackingUpdated::status).containsExactly(
                ShipmentStatus.IN_TRANSIT, ShipmentStatus.AVAILABLE_FOR_PICKUP, ShipmentStatus.DELIVERED);
    }

    private void registerCainiaoShipment(String orderId, String trackingNumber) {
        String registration = registration(orderId, trackingNumber, "seller-3", "buyer-17")
                .replace("\"carrier\": \"generic\"", "\"carrier\": \"cainiao\"");
        HttpResponse<String> response = register(registration, TestTokens.bearer("seller-3", "SELLER"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static String body(String mailNo, String... details) {
        return "{\"mailNo\": \"" + mailNo + "\", \"cpCode\": \"CAINIAO_GLOBAL\", \"detailList\": ["
                + String.join(", ", details) + "]}";
    }
}
