package org.disputesuite.ruling.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.common.serialization.Serde;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.decider.OrderState;
import org.disputesuite.ruling.policy.Deadline;
import org.junit.jupiter.api.Test;

/** Order state stored before deadlines were kept by type is read with its deadlines, and fires as before. */
class OrderStateUpgradeTests {

    private static final Serde<OrderState> STORE = JsonSerde.of(OrderState.class, new OrderStateUpgrade());

    @Test
    void keepsAnOpenSellerWindowOfTheEarlierShape() {
        OrderState state = read("""
                {"shipment": {"status": "IN_TRANSIT", "lastEventAt": "2026-11-20T08:00:00Z",
                  "registeredEventId": "reg-1", "statusEventId": "trk-1"},
                 "dispute": {"disputeId": "d-1", "buyerId": "buyer-17", "sellerId": "seller-3",
                  "requestedSolution": "REFUND", "openedAt": "2026-11-21T10:00:00Z", "openedEventId": "ev-0",
                  "status": "AWAITING_SELLER_RESPONSE", "highestVersion": 1, "disputeCase": "IN_TRANSIT",
                  "sellerAnswered": false,
                  "openDeadlines": [{"deadlineId": "dl-1", "type": "SELLER_RESPONSE", "party": "SELLER",
                                     "dueAt": "2026-11-26T10:00:00Z"}],
                  "sellerResponseDueAt": "2026-11-26T10:00:00Z", "sellerDeadlineExpiredEventId": null,
                  "supersededEventId": null, "pendingRulingId": null, "appliedRulingId": null},
                 "recentEventIds": ["ev-0"]}""");

        assertThat(state.dispute().deadlines()).containsExactly(new Deadline("dl-1", DeadlineType.SELLER_RESPONSE,
                Party.SELLER, Instant.parse("2026-11-26T10:00:00Z"), false, null));
        assertThat(state.dispute().actedOn()).isEmpty();
        assertThat(state.dispute().highestVersion()).isEqualTo(1);
        assertThat(state.recentEventIds()).containsExactly("ev-0");
    }

    @Test
    void keepsAnExpiredSellerWindowAndAnAnswerOfTheEarlierShape() {
        OrderState state = read("""
                {"dispute": {"disputeId": "d-1", "buyerId": "buyer-17", "sellerId": "seller-3",
                  "requestedSolution": "RESEND", "status": "NEGOTIATING", "highestVersion": 4,
                  "disputeCase": "IN_TRANSIT", "sellerAnswered": true, "openDeadlines": [],
                  "sellerResponseDueAt": "2026-11-26T10:00:00Z", "sellerDeadlineExpiredEventId": "exp-1"},
                 "recentEventIds": []}""");

        assertThat(state.dispute().deadlines()).containsExactly(new Deadline("exp-1", DeadlineType.SELLER_RESPONSE,
                Party.SELLER, Instant.parse("2026-11-26T10:00:00Z"), false, "exp-1"));
        assertThat(state.dispute().actedOn()).containsExactly(DeadlineType.SELLER_RESPONSE);
    }

    @Test
    void readsTheCurrentShapeAsItIsWritten() {
        OrderState current = read("""
                {"dispute": {"disputeId": "d-1", "status": "NEGOTIATING", "highestVersion": 2,
                  "deadlines": [{"deadlineId": "dl-9", "type": "AUTO_ESCALATION", "party": "PLATFORM",
                                 "dueAt": "2026-12-06T10:00:00Z", "acted": false, "expiredEventId": null}],
                  "actedOn": ["SELLER_RESPONSE"]},
                 "recentEventIds": []}""");

        byte[] written = STORE.serializer().serialize("store", current);
        assertThat(STORE.deserializer().deserialize("store", written)).isEqualTo(current);
        assertThat(current.dispute().deadlines()).extracting(Deadline::type)
                .containsExactly(DeadlineType.AUTO_ESCALATION);
    }

    private static OrderState read(String json) {
        return STORE.deserializer().deserialize("store", json.getBytes(StandardCharsets.UTF_8));
    }
}
