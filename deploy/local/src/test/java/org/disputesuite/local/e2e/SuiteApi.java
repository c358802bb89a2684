package org.disputesuite.local.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.api.WebhookSignature;

import tools.jackson.databind.JsonNode;

/** The suite's public API as carriers and apps call it, so that each story reads as a story. */
final class SuiteApi {

    static final String TRACKER = "http://127.0.0.1:8081";
    static final String DISPUTES = "http://127.0.0.1:8082";
    static final String RULINGS = "http://127.0.0.1:8083";
    static final String NOTIFICATIONS = "http://127.0.0.1:8084";

    static final String OPERATOR = TestTokens.token("ops-1", "OPERATOR");

    private SuiteApi() {
    }

    /** An order of a buyer from a seller, shipped 20 days ago and promised for two days ago. */
    record Order(String orderId, String trackingNumber, String sellerId, String buyerId) {

        static Order fresh(String story, String sellerId, String buyerId) {
            String id = story + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            return new Order("ORD-" + id, "LP" + id, sellerId, buyerId);
        }

        String sellerToken() {
            return TestTokens.token(sellerId, "SELLER");
        }

        String buyerToken() {
            return TestTokens.token(buyerId, "BUYER");
        }
    }

    /** Shipped 20 days ago, promised 2 days ago: late, as an order is when its buyer opens a dispute. */
    static Http.Answer registerShipment(Order order) {
        Instant now = SharedSuite.SUITE_CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
        return registerShipment(order, now.minus(20, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS));
    }

    static Http.Answer registerShipment(Order order, Instant shippedAt, Instant promisedDeliveryBy) {
        String shipment = """
                {"orderId": "%s", "trackingNumber": "%s", "carrier": "generic",
                 "sellerId": "%s", "buyerId": "%s",
                 "destination": %s,
                 "shippedAt": "%s", "promisedDeliveryBy": "%s",
                 "amount": {"value": "23.90", "currency": "USD"}}
                """.formatted(order.orderId(), order.trackingNumber(), order.sellerId(), order.buyerId(), ADDRESS,
                shippedAt, promisedDeliveryBy);
        return Http.post(TRACKER + "/api/v1/shipments", order.sellerToken(), shipment);
    }

    /** The carrier reports the parcel in transit, signed as a carrier signs its webhooks. */
    static Http.Answer reportInTransit(Order order, String webhookId, String eventId, Instant occurredAt) {
        return report(order, webhookId, """
                {"eventId": "%s", "status": "IN_TRANSIT", "occurredAt": "%s", "description": "Departed from sorting centre",
                 "location": {"city": "Shenzhen", "countryCode": "CN"}}""".formatted(eventId, occurredAt));
    }

    /** The carrier reports the parcel delivered at the order's address, signed by the buyer. */
    static Http.Answer reportDelivered(Order order, String webhookId, String eventId, Instant occurredAt) {
        return report(order, webhookId, """
                {"eventId": "%s", "status": "DELIVERED", "occurredAt": "%s", "description": "Delivered",
                 "deliveredTo": %s, "signedBy": "A. García"}""".formatted(eventId, occurredAt, ADDRESS));
    }

    /** The carrier reports the parcel delivered at {@code address} (JSON), signed for by someone. */
    static Http.Answer reportDeliveredTo(Order order, String webhookId, String eventId, Instant occurredAt,
            String address) {
        return report(order, webhookId, """
                {"eventId": "%s", "status": "DELIVERED", "occurredAt": "%s", "description": "Delivered",
                 "deliveredTo": %s, "signedBy": "J. Doe"}""".formatted(eventId, occurredAt, address));
    }

    /** The carrier reports the parcel waiting at a pickup point; {@code collectBy} may be null (the carrier did not say). */
    static Http.Answer reportAtPickupPoint(Order order, String webhookId, String eventId, Instant occurredAt,
            Instant collectBy) {
        return report(order, webhookId, """
                {"eventId": "%s", "status": "AVAILABLE_FOR_PICKUP", "subStatus": "LOCKER", "occurredAt": "%s",
                 "description": "Parcel at pickup point",
                 "pickupPoint": {"id": "PP-77", "name": "Kiosko Sol", "address": %s%s}}""".formatted(eventId,
                occurredAt, PICKUP_POINT_ADDRESS, collectBy == null ? "" : ", \"collectBy\": \"" + collectBy + "\""));
    }

    /** Collected at the pickup point: the carrier reports the delivery there. */
    static Http.Answer reportCollected(Order order, String webhookId, String eventId, Instant occurredAt) {
        return reportDeliveredTo(order, webhookId, eventId, occurredAt, PICKUP_POINT_ADDRESS);
    }

    static final String PICKUP_POINT_ADDRESS = """
            {"line1": "Calle del Sol 3", "city": "Madrid", "postalCode": "28013", "countryCode": "ES"}""";

    /** The same street as the order's, another house number. */
    static final String OTHER_ADDRESS = """
            {"name": "Ana García", "line1": "Calle Mayor 7", "city": "Madrid", "postalCode": "28013", "countryCode": "ES"}""";

    static Http.Answer addEvidence(String disputeId, String token, String evidenceJson) {
        return Http.post(DISPUTES + "/api/v1/disputes/" + disputeId + "/evidence", token,
                "{\"evidence\": [" + evidenceJson + "]}");
    }

    /** The order's shipping address, as registered and as a carrier or a proof of delivery reports it. */
    static final String ADDRESS = """
            {"name": "Ana García", "line1": "Calle Mayor 5", "line2": "2º B", "city": "Madrid", "region": "Madrid",
             "postalCode": "28013", "countryCode": "ES"}""";

    private static Http.Answer report(Order order, String webhookId, String event) {
        byte[] body = """
                {"trackingNumber": "%s", "events": [%s]}
                """.formatted(order.trackingNumber(), event).getBytes(StandardCharsets.UTF_8);
        long timestamp = SharedSuite.SUITE_CLOCK.instant().getEpochSecond();
        Map<String, String> headers = Map.of(
                WebhookSignature.ID_HEADER, webhookId,
                WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp),
                WebhookSignature.SIGNATURE_HEADER,
                WebhookSignature.sign(SharedSuite.CARRIER_SECRET, webhookId, timestamp, body));
        return Http.post(TRACKER + "/webhooks/carriers/generic", headers, body);
    }

    static Http.Answer openDispute(Order order) {
        return openDispute(order, "REFUND");
    }

    static Http.Answer openDispute(Order order, String requestedSolution) {
        String body = """
                {"orderId": "%s", "reason": "NOT_RECEIVED", "requestedSolution": "%s",
                 "description": "Nothing arrived"}""".formatted(order.orderId(), requestedSolution);
        return Http.post(DISPUTES + "/api/v1/disputes", order.buyerToken(), body);
    }

    static Http.Answer sellerResponds(String disputeId, Order order, String body) {
        return Http.post(DISPUTES + "/api/v1/disputes/" + disputeId + "/seller-response", order.sellerToken(), body);
    }

    static Http.Answer buyerResponds(String disputeId, Order order, String body) {
        return Http.post(DISPUTES + "/api/v1/disputes/" + disputeId + "/buyer-response", order.buyerToken(), body);
    }

    static Http.Answer postMessage(String disputeId, String token, String text) {
        return Http.post(DISPUTES + "/api/v1/disputes/" + disputeId + "/messages", token,
                "{\"text\": \"" + text + "\"}");
    }

    static Http.Answer escalate(String disputeId, String token) {
        return Http.post(DISPUTES + "/api/v1/disputes/" + disputeId + "/escalation", token, "");
    }

    static Http.Answer shipment(Order order, String token) {
        return Http.get(TRACKER + "/api/v1/shipments/" + order.orderId(), token);
    }

    static Http.Answer dispute(String disputeId, String token) {
        return Http.get(DISPUTES + "/api/v1/disputes/" + disputeId, token);
    }

    static Http.Answer ruling(String disputeId, String token) {
        return Http.get(RULINGS + "/api/v1/rulings/" + disputeId, token);
    }

    /**
     * The kinds of the messages in the caller's inbox about this order, newest first, delay alerts
     * aside: every story's parcel is late, and its alert comes whenever the tracker's scan finds it,
     * before or after the story's own messages. {@link DelayAlertStoryTests} checks the alerts.
     */
    static List<String> inboxKinds(String token, Order order) {
        return allInboxKinds(token, order).stream().filter(kind -> !kind.equals("SHIPMENT_DELAYED")).toList();
    }

    /** The kinds of the messages in the caller's inbox about this order, newest first. */
    static List<String> allInboxKinds(String token, Order order) {
        List<String> kinds = new ArrayList<>();
        Http.get(NOTIFICATIONS + "/api/v1/inbox?limit=500", token).json().forEach(message -> {
            if (order.orderId().equals(message.path("orderId").asString())) {
                kinds.add(message.path("kind").asString());
            }
        });
        return kinds;
    }

    /** The types of a dispute's timeline entries, oldest first. */
    static List<String> timeline(JsonNode dispute) {
        List<String> types = new ArrayList<>();
        dispute.path("timeline").forEach(entry -> types.add(entry.path("type").asString()));
        return types;
    }

    static List<String> eventIds(JsonNode shipment) {
        List<String> ids = new ArrayList<>();
        shipment.path("events").forEach(event -> ids.add(event.path("eventId").asString()));
        return ids;
    }
}
