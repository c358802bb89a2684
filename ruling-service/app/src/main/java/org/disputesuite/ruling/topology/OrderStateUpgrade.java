package org.disputesuite.ruling.topology;

import java.util.function.UnaryOperator;

import org.disputesuite.ruling.api.DeadlineType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads order state stored before deadlines were kept by type: its dispute then listed only the open
 * deadlines ({@code openDeadlines}) and said of the seller's window alone whether it was answered and
 * which expiry ended it. Those become the general deadlines (an expired seller window kept as
 * expired, under its expiry's id) and the deadline types acted on, so a deadline due across an
 * upgrade still fires and a silent seller is still ruled on. State in the current shape is left as
 * it is; what was added to it since (a deadline's reminder time, evidence's filing time, the buyer's
 * "still not received", the shipment's address check, pickup point and delivery) is simply absent
 * from state stored before, and read as unknown: such a deadline reminds nobody.
 */
final class OrderStateUpgrade implements UnaryOperator<String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String apply(String stored) {
        JsonNode state = JSON.readTree(stored);
        if (!(state.get("dispute") instanceof ObjectNode dispute) || !dispute.has("openDeadlines")) {
            return stored;
        }
        ArrayNode deadlines = dispute.putArray("deadlines");
        dispute.path("openDeadlines").forEach(open -> deadlines.add(((ObjectNode) open.deepCopy())
                .put("acted", false).putNull("expiredEventId")));
        String expiredEventId = text(dispute, "sellerDeadlineExpiredEventId");
        String dueAt = text(dispute, "sellerResponseDueAt");
        if (expiredEventId != null && dueAt != null) {
            deadlines.addObject().put("deadlineId", expiredEventId).put("type", DeadlineType.SELLER_RESPONSE.name())
                    .put("party", DeadlineType.SELLER_RESPONSE.party().name()).put("dueAt", dueAt)
                    .put("acted", false).put("expiredEventId", expiredEventId);
        }
        ArrayNode actedOn = dispute.putArray("actedOn");
        if (dispute.path("sellerAnswered").asBoolean(false)) {
            actedOn.add(DeadlineType.SELLER_RESPONSE.name());
        }
        dispute.remove("openDeadlines");
        dispute.remove("sellerAnswered");
        dispute.remove("sellerResponseDueAt");
        dispute.remove("sellerDeadlineExpiredEventId");
        return JSON.writeValueAsString(state);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
