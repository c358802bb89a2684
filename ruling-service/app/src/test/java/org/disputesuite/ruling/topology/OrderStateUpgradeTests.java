package org.disputesuite.ruling.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.common.serialization.Serde;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.decider.DeadlineEntry;
import org.disputesuite.ruling.decider.OrderState;
import org.disputesuite.ruling.policy.Deadline;
import org.junit.jupiter.api.Test;

/**
 * Order state stored in an earlier shape is read with its deadlines, and fires as before: before deadlines
 * were kept by type, and before requests, reminders, address checks and pickup points were kept.
 */
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
                Party.SELLER, Instant.parse("2026-11-26T10:00:00Z"), false, null, null));
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
                Party.SELLER, Instant.parse("2026-11-26T10:00:00Z"), false, "exp-1", null));
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

    @Test
    void readsStateOfTheShapeBeforeRequestsAndRemindersWithNoneOfThem() {
        OrderState state = read("""
                {"shipment": {"status": "AVAILABLE_FOR_PICKUP", "lastEventAt": "2026-11-20T08:00:00Z",
                  "registeredEventId": "reg-1", "statusEventId": "trk-1",
                  "destination": {"line1": "12 Rue de la Paix", "city": "Paris", "postalCode": "75002",
                                  "countryCode": "FR"}},
                 "dispute": {"disputeId": "d-1", "buyerId": "buyer-17", "sellerId": "seller-3",
                  "requestedSolution": "REFUND", "openedAt": "2026-11-21T10:00:00Z", "openedEventId": "ev-0",
                  "status": "NEGOTIATING", "highestVersion": 3, "disputeCase": "IN_TRANSIT",
                  "deadlines": [{"deadlineId": "dl-1", "type": "SELLER_RESPONSE", "party": "SELLER",
                                 "dueAt": "2026-11-26T10:00:00Z", "acted": false, "expiredEventId": null}],
                  "actedOn": [],
                  "evidence": [{"type": "PICKUP_CERTIFICATE", "party": "BUYER", "documentRef": "cert-1",
                                "eventId": "ev-2"}],
                  "escalation": null, "supersededEventId": null, "pendingRulingId": null, "appliedRulingId": null},
                 "recentEventIds": ["ev-0", "ev-2"]}""");

        assertThat(state.dispute().deadlines()).containsExactly(new Deadline("dl-1", DeadlineType.SELLER_RESPONSE,
                Party.SELLER, Instant.parse("2026-11-26T10:00:00Z"), false, null, null));
        assertThat(state.dispute().evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.documentRef()).isEqualTo("cert-1");
            assertThat(evidence.filedAt()).isNull();
        });
        assertThat(state.dispute().stillNotReceivedEventId()).isNull();
        assertThat(state.shipment().addressCheck()).isNull();
        assertThat(state.shipment().pickupPoint()).isNull();
        assertThat(state.shipment().destination().line1()).isEqualTo("12 Rue de la Paix");
    }

    @Test
    void readsADeadlineIndexEntryOfTheEarlierShapeUnderTheKeyItWasStoredWith() {
        Serde<DeadlineEntry> index = JsonSerde.of(DeadlineEntry.class);
        DeadlineEntry entry = index.deserializer().deserialize("store", """
                {"deadlineId": "dl-1", "disputeId": "d-1", "orderId": "o-1", "type": "SELLER_RESPONSE",
                 "party": "SELLER", "dueAt": "2026-11-26T10:00:00Z"}""".getBytes(StandardCharsets.UTF_8));

        assertThat(entry.kind()).isEqualTo(DeadlineEntry.Kind.DEADLINE);
        assertThat(entry.firesAt()).isEqualTo(entry.dueAt());
        assertThat(DeadlineIndex.key(entry)).isEqualTo("00000001795687200000|o-1|SELLER_RESPONSE|dl-1");
        DeadlineEntry reminder = new DeadlineEntry("dl-1", "d-1", "o-1", DeadlineType.SELLER_RESPONSE, Party.SELLER,
                entry.dueAt(), DeadlineEntry.Kind.REMINDER, Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(DeadlineIndex.key(reminder)).isEqualTo("00000001795600800000|o-1|SELLER_RESPONSE|dl-1|REMINDER");
        assertThat(index.deserializer().deserialize("store", index.serializer().serialize("store", reminder)))
                .isEqualTo(reminder);
    }

    private static OrderState read(String json) {
        return STORE.deserializer().deserialize("store", json.getBytes(StandardCharsets.UTF_8));
    }
}
