package org.disputesuite.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.disputesuite.local.e2e.SuiteApi.Order;

import tools.jackson.databind.JsonNode;

/**
 * Every write the suite answered with a 2xx during the run: the promise the suite made, checked
 * after each crash. A dispute opened under load is one the seller leaves unanswered, so it must end
 * in exactly one R1-SELLER-SILENT ruling and exactly one message of each kind; a dispute whose story
 * settled it is read back exactly as it stood when it settled.
 */
final class AcknowledgedWrites {

    private static final Duration SETTLE = Duration.ofSeconds(120);

    private final Map<Order, Set<String>> trackingEvents = new ConcurrentHashMap<>();
    private final Map<String, Order> disputes = new ConcurrentHashMap<>();
    private final Map<String, Settled> settled = new ConcurrentHashMap<>();

    void shipmentRegistered(Order order) {
        trackingEvents.putIfAbsent(order, ConcurrentHashMap.newKeySet());
    }

    void trackingEventAccepted(Order order, String eventId) {
        trackingEvents.get(order).add(eventId);
    }

    void disputeOpened(String disputeId, Order order) {
        disputes.put(disputeId, order);
    }

    /** A story's dispute that ended as {@code dispute} shows it, with nothing left to happen. */
    void disputeSettled(String disputeId, Order order, JsonNode dispute) {
        disputes.remove(disputeId);
        settled.put(disputeId, new Settled(order, dispute));
    }

    int trackingEventCount() {
        return trackingEvents.values().stream().mapToInt(Set::size).sum();
    }

    int disputeCount() {
        return disputes.size() + settled.size();
    }

    /** Every acknowledged write is there, exactly once, with the effects it must have had. */
    void assertAllKept() {
        trackingEvents.forEach((order, eventIds) -> {
            Http.Answer shipment = SuiteApi.shipment(order, order.sellerToken());
            assertThat(shipment.status()).as("shipment of %s: %s", order.orderId(), shipment.body()).isEqualTo(200);
            var reported = SuiteApi.eventIds(shipment.json());
            assertThat(reported).as("tracking events of %s, each once", order.orderId()).doesNotHaveDuplicates();
            assertThat(reported).as("acknowledged tracking events of %s", order.orderId()).containsAll(eventIds);
        });
        disputes.forEach((disputeId, order) -> await("dispute " + disputeId + " kept and ruled once")
                .atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> assertRuledOnceAndToldOnce(disputeId, order)));
        settled.forEach((disputeId, story) -> {
            Http.Answer answer = SuiteApi.dispute(disputeId, story.order().buyerToken());
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode dispute = answer.json();
            for (String field : new String[] {"status", "resolution", "ruling", "messages", "evidence", "proposals",
                    "timeline"}) {
                assertThat(dispute.path(field)).as("%s of settled dispute %s", field, disputeId)
                        .isEqualTo(story.dispute().path(field));
            }
        });
    }

    private record Settled(Order order, JsonNode dispute) {
    }

    private static void assertRuledOnceAndToldOnce(String disputeId, Order order) {
        Http.Answer answer = SuiteApi.dispute(disputeId, order.buyerToken());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode dispute = answer.json();
        assertThat(dispute.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(dispute.path("ruling").path("ruleId").asString()).isEqualTo("R1-SELLER-SILENT");
        assertThat(Collections.frequency(SuiteApi.timeline(dispute), "RULING_APPLIED")).isEqualTo(1);
        assertThat(Collections.frequency(SuiteApi.timeline(dispute), "DISPUTE_OPENED")).isEqualTo(1);

        Http.Answer ruling = SuiteApi.ruling(disputeId, order.buyerToken());
        assertThat(ruling.status()).isEqualTo(200);
        assertThat(ruling.json().path("rulingId").asString())
                .isEqualTo(dispute.path("ruling").path("rulingId").asString());

        assertThat(SuiteApi.inboxKinds(order.sellerToken(), order))
                .containsExactlyInAnyOrder("DISPUTE_OPENED", "DISPUTE_RESOLVED");
        assertThat(SuiteApi.inboxKinds(order.buyerToken(), order)).containsExactly("DISPUTE_RESOLVED");
    }
}
