package org.disputesuite.ruling.decider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.policy.Deadline;
import org.disputesuite.ruling.policy.Escalation;
import org.disputesuite.ruling.policy.FiledEvidence;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

class DisputeFactsTests {

    private static final Instant OPENED = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-26T10:00:00Z");
    private static final Address SHIPPING = new Address("Ana", "12 Rue de la Paix", null, "Paris", null, "75002",
            "FR");
    private static final Deadline ANSWERED_LATE = Deadline.scheduled("deadline-1", DeadlineType.SELLER_RESPONSE, DUE)
            .expiredBy("expired-1").actedOn();
    private static final Deadline ESCALATION = Deadline.scheduled("deadline-2", DeadlineType.AUTO_ESCALATION,
            OPENED.plusSeconds(86_400 * 15));
    private static final Deadline RECEIPT = Deadline.scheduled("deadline-3", DeadlineType.DELIVERY_RECEIPT, DUE)
            .withReminderAt(DUE.minusSeconds(86_400));

    private final DisputeFacts facts = DisputeFacts.builder()
            .disputeId("D-1")
            .buyerId("buyer-1")
            .sellerId("seller-1")
            .requestedSolution(RequestedSolution.REFUND)
            .openedAt(OPENED)
            .openedEventId("opened-1")
            .status(DisputeStatus.NEGOTIATING)
            .highestVersion(3)
            .disputeCase(DisputeCase.IN_TRANSIT)
            .deadlines(List.of(ANSWERED_LATE, ESCALATION))
            .actedOn(List.of(DeadlineType.SELLER_RESPONSE))
            .evidence(List.of(new FiledEvidence(EvidenceType.PROOF_OF_DELIVERY, Party.SELLER, "pod-1", SHIPPING, null,
                    "evidence-1", DUE)))
            .escalation(new Escalation(Party.BUYER, DUE, "escalated-1"))
            .stillNotReceivedEventId("answered-1")
            .supersededEventId("superseded-1")
            .pendingRulingId("ruling-2")
            .appliedRulingId("ruling-1")
            .build();

    /** The state store keeps values as the suite's JSON (topology's JsonSerde). */
    @Test
    void keepsEveryFactThroughTheStateStore() {
        OrderState state = OrderState.empty()
                .withShipment(ShipmentFacts.none().registered("registered-1", SHIPPING)
                        .updated(ShipmentStatus.DELIVERED, OPENED, "tracking-1",
                                new AddressCheckResult(AddressCheck.MISMATCH, List.of("houseNumber")),
                                new PickupPoint("PP-1", "Relais", SHIPPING, DUE), SHIPPING, "Ana"))
                .withDispute(facts.withDeadline(RECEIPT))
                .processed("opened-1");

        String stored = EventCodec.toJson(state);

        assertThat(EventCodec.fromJson(stored, OrderState.class)).isEqualTo(state);
        assertThat(stored).contains(
                "\"deadlines\":[{\"deadlineId\":\"deadline-1\"", "\"acted\":true", "\"expiredEventId\":\"expired-1\"",
                "\"destination\":{", "\"remindAt\":\"2026-11-25T10:00:00Z\"", "\"stillNotReceivedEventId\"",
                "\"addressCheck\":{\"result\":\"MISMATCH\"", "\"pickupPoint\":{", "\"filedAt\"")
                .doesNotContain("\"open\"", "\"closed\"", "\"remindsParty\"");
        assertThat(facts.toBuilder().build()).isEqualTo(facts);
    }

    @Test
    void changesOnlyTheFactsItIsAskedTo() {
        assertThat(facts.withStatus(DisputeStatus.RESOLVED)).usingRecursiveComparison().ignoringFields("status")
                .isEqualTo(facts);
        assertThat(facts.withCase(DisputeCase.DELIVERED)).usingRecursiveComparison().ignoringFields("disputeCase")
                .isEqualTo(facts);
        assertThat(facts.seen(9).highestVersion()).isEqualTo(9);
        assertThat(facts.seen(2).highestVersion()).isEqualTo(3);
        assertThat(facts.withPendingRuling("ruling-3")).usingRecursiveComparison()
                .ignoringFields("pendingRulingId").isEqualTo(facts);
        assertThat(facts.withoutDeadlines(deadline -> true)).usingRecursiveComparison()
                .ignoringFields("deadlines").isEqualTo(facts);
        assertThat(facts.withEscalation(null)).usingRecursiveComparison()
                .ignoringFields("escalation").isEqualTo(facts);
    }

    @Test
    void keepsAnExpiredDeadlineAmongTheFacts() {
        DisputeFacts expired = facts.withDeadlineExpired("deadline-2", "expired-2");

        assertThat(expired.deadlines()).containsExactly(ANSWERED_LATE, ESCALATION.expiredBy("expired-2"));
        assertThat(expired.openDeadlines()).isEmpty();
        assertThat(facts.openDeadline("deadline-2")).contains(ESCALATION);
        assertThat(facts.openDeadline("deadline-1")).isEmpty();
    }

    @Test
    void marksTheDeadlinesOfAPartyThatActed() {
        DisputeFacts acted = facts.withActed(DeadlineType.AUTO_ESCALATION);

        assertThat(acted.deadlines()).containsExactly(ANSWERED_LATE, ESCALATION.actedOn());
        assertThat(acted.actedOn()).containsExactly(DeadlineType.SELLER_RESPONSE, DeadlineType.AUTO_ESCALATION);
        assertThat(acted.withActed(DeadlineType.AUTO_ESCALATION).actedOn()).hasSize(2);
        assertThat(acted.hasActed(DeadlineType.AUTO_ESCALATION)).isTrue();
        assertThat(facts.hasActed(DeadlineType.BUYER_CONFIRMATION)).isFalse();
    }

    @Test
    void addsEvidenceInTheOrderItWasFiled() {
        FiledEvidence later = new FiledEvidence(EvidenceType.OTHER, Party.BUYER, null, null, null, "evidence-2",
                DUE);

        assertThat(facts.withEvidence(List.of(later)).evidence()).extracting(FiledEvidence::eventId)
                .containsExactly("evidence-1", "evidence-2");
    }

    @Test
    void appliedRulingIsNoLongerPending() {
        DisputeFacts applied = facts.withAppliedRuling("ruling-2");

        assertThat(applied.appliedRulingId()).isEqualTo("ruling-2");
        assertThat(applied.pendingRulingId()).isNull();
    }

    @Test
    void supersededRulingIsNoLongerPendingButALaterOneStays() {
        assertThat(facts.withSuperseded("superseded-2", "ruling-2").pendingRulingId()).isNull();
        assertThat(facts.withSuperseded("superseded-2", "ruling-1").pendingRulingId()).isEqualTo("ruling-2");
        assertThat(facts.withSuperseded("superseded-2", "ruling-1").supersededEventId()).isEqualTo("superseded-2");
    }
}
