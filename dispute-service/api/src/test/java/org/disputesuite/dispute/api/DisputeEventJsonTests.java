package org.disputesuite.dispute.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.testing.JsonSnapshots;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.PickupPoint;
import org.junit.jupiter.api.Test;

/** Freezes the JSON of every event on disputes.events.v1; consumers read the same snapshots. */
class DisputeEventJsonTests {

    private static final EventCodec<DisputeEvent> CODEC = new EventCodec<>(DisputeEvent.class, DisputeTopics.SOURCE);

    private static final String DISPUTE = "6f1c8e1e-5d0b-3c43-9a57-2f4d0c1b7a10";
    private static final String ORDER = "ORD-1001";
    private static final String BUYER = "buyer-17";
    private static final String SELLER = "seller-3";
    private static final Instant OPENED = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void disputeOpenedKeepsItsShape() {
        assertSnapshot("dispute-opened", new DisputeEvent.DisputeOpened(DISPUTE, ORDER, BUYER, SELLER, 0, OPENED,
                DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived", new Money("23.90", "USD"),
                Instant.parse("2026-11-20T23:59:59Z"), DisputeCase.IN_TRANSIT, DisputeStatus.AWAITING_SELLER_RESPONSE));
    }

    @Test
    void caseChangedKeepsItsShape() {
        assertSnapshot("case-changed", new DisputeEvent.CaseChanged(DISPUTE, ORDER, BUYER, SELLER, 1,
                OPENED.plusSeconds(1), DisputeCase.IN_TRANSIT, null, DisputeStatus.AWAITING_SELLER_RESPONSE));
    }

    @Test
    void rulingAppliedKeepsItsShape() {
        assertSnapshot("ruling-applied", new DisputeEvent.RulingApplied(DISPUTE, ORDER, BUYER, SELLER, 4,
                Instant.parse("2026-11-26T10:00:01Z"), "ruling-1", "R1-SELLER-SILENT", Outcome.REFUND_BUYER,
                ResponsibleParty.SELLER, List.of("The seller did not answer within 5 days"),
                List.of("event-1", "event-2"), "2026-1", 1, Instant.parse("2026-11-26T10:00:00Z")));
    }

    @Test
    void rulingSupersededKeepsItsShape() {
        assertSnapshot("ruling-superseded", new DisputeEvent.RulingSuperseded(DISPUTE, ORDER, BUYER, SELLER, 6,
                Instant.parse("2026-11-26T10:00:01Z"), "ruling-1", "R1-SELLER-SILENT", 1,
                "The case changed (version 5) after the version the ruling was based on (1)"));
    }

    @Test
    void disputeResolvedKeepsItsShape() {
        assertSnapshot("dispute-resolved", new DisputeEvent.DisputeResolved(DISPUTE, ORDER, BUYER, SELLER, 5,
                Instant.parse("2026-11-26T10:00:01Z"), DisputeStatus.RESOLVED, Outcome.REFUND_BUYER, null,
                ResponsibleParty.SELLER, ResolvedBy.RULING, "R1-SELLER-SILENT",
                List.of("The seller did not answer within 5 days")));
    }

    @Test
    void sellerRespondedKeepsItsShape() {
        assertSnapshot("seller-responded", new DisputeEvent.SellerResponded(DISPUTE, ORDER, BUYER, SELLER, 2,
                OPENED.plusSeconds(60), SellerAction.PROPOSE,
                new Proposal(ProposedSolution.PARTIAL_REFUND, new Money("10.00", "USD")), DisputeStatus.NEGOTIATING));
    }

    @Test
    void proposalAnsweredKeepsItsShape() {
        assertSnapshot("proposal-answered", new DisputeEvent.ProposalAnswered(DISPUTE, ORDER, BUYER, SELLER, 3,
                OPENED.plusSeconds(120), true, new Proposal(ProposedSolution.RESEND, null), DisputeStatus.NEGOTIATING));
    }

    @Test
    void evidenceAddedKeepsItsShape() {
        assertSnapshot("evidence-added", new DisputeEvent.EvidenceAdded(DISPUTE, ORDER, BUYER, SELLER, 3,
                OPENED.plusSeconds(60), Party.SELLER, List.of(
                        new Evidence(EvidenceType.PROOF_OF_DELIVERY, "Signed at the door", "doc-77",
                                Instant.parse("2026-11-19T12:00:00Z"), null,
                                new Address("Ana García", "Calle Mayor 5", "2º B", "Madrid", "Madrid", "28013", "ES")),
                        new Evidence(EvidenceType.CUSTOMER_DELAY, "The buyer asked to hold it", "doc-78", null,
                                Instant.parse("2026-11-30T00:00:00Z"), null))));
    }

    @Test
    void messagePostedKeepsItsShape() {
        assertSnapshot("message-posted", new DisputeEvent.MessagePosted(DISPUTE, ORDER, BUYER, SELLER, 4,
                OPENED.plusSeconds(90), Party.BUYER, "Any news about my parcel?"));
    }

    @Test
    void disputeEscalatedKeepsItsShape() {
        assertSnapshot("dispute-escalated", new DisputeEvent.DisputeEscalated(DISPUTE, ORDER, BUYER, SELLER, 5,
                OPENED.plusSeconds(300), Party.PLATFORM, DisputeStatus.UNDER_PLATFORM_REVIEW));
    }

    @Test
    void receiptAnsweredKeepsItsShape() {
        assertSnapshot("receipt-answered", new DisputeEvent.ReceiptAnswered(DISPUTE, ORDER, BUYER, SELLER, 5,
                OPENED.plusSeconds(300), false, DisputeStatus.AWAITING_BUYER_CONFIRMATION));
    }

    @Test
    void platformRequestRecordedKeepsItsShape() {
        assertSnapshot("platform-request-recorded", new DisputeEvent.PlatformRequestRecorded(DISPUTE, ORDER, BUYER,
                SELLER, 2, OPENED.plusSeconds(5), "request-1", RequestedAction.COLLECT_PARCEL, Party.BUYER,
                Instant.parse("2026-11-28T20:00:00Z"), new PickupPoint("PP-77", "Kiosko Sol",
                        new Address(null, "Calle del Sol 3", null, "Madrid", null, "28013", "ES"),
                        Instant.parse("2026-11-28T20:00:00Z")), DisputeStatus.AWAITING_BUYER_PICKUP));
    }

    @Test
    void everyEventTypeHasASnapshotTest() {
        assertThat(DisputeEvent.class.getPermittedSubclasses()).hasSize(12);
    }

    private static void assertSnapshot(String name, DisputeEvent event) {
        EventEnvelope envelope = CODEC.encode("id-1", event.occurredAt(), event.orderId(), event.disputeId(), event);
        JsonSnapshots.assertMatches(name, envelope.json());
        assertThat(CODEC.decode(envelope)).isEqualTo(event);
    }
}
