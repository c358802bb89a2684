package org.disputesuite.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.tracking.api.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnnouncementsTests {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-25T10:00:00Z");
    private static final Money PARTIAL = new Money("12.50", "USD");

    private final Announcements announcements = new Announcements();

    @Test
    void tellsTheSellerOfANewDisputeWhenTheirFirstWindowToAnswerIsSet() {
        List<Notice> notices = announcements.about(sellerWindow(DisputeEvent.DisputeOpened.TYPE, "seller-3"));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(MessageKind.DISPUTE_OPENED);
            assertThat(notice.recipientId()).isEqualTo("seller-3");
            assertThat(notice.orderId()).isEqualTo("ORD-1001");
            assertThat(notice.disputeId()).isEqualTo("DSP-7");
            assertThat(notice.values()).containsEntry("dueAt", DUE).containsEntry("orderId", "ORD-1001")
                    .containsEntry("disputeId", "DSP-7");
        });
    }

    @Test
    void saysNothingWhenASellerWindowIsSetAgainAfterACaseChange() {
        assertThat(announcements.about(sellerWindow(DisputeEvent.CaseChanged.TYPE, "seller-3"))).isEmpty();
    }

    @Test
    void saysNothingYetAboutOtherDeadlinesOrRulingEvents() {
        RulingEvent pickup = new RulingEvent.DeadlineScheduled("DSP-7", "ORD-1001", "buyer-17", "seller-3", NOW,
                "DL-2", DeadlineType.BUYER_PICKUP, Party.BUYER, DUE, "ce-1", DisputeEvent.DisputeOpened.TYPE);
        RulingEvent chosen = new RulingEvent.CaseChosen("DSP-7", "ORD-1001", "buyer-17", "seller-3", NOW,
                DisputeCase.IN_TRANSIT, null, "ce-1");

        assertThat(announcements.about(pickup)).isEmpty();
        assertThat(announcements.about(chosen)).isEmpty();
    }

    @Test
    void tellsTheBuyerTheSellerRejectedTheirRequest() {
        Notice notice = single(announcements.about(sellerResponded(SellerAction.REJECT, null)));

        assertThat(notice.kind()).isEqualTo(MessageKind.SELLER_RESPONDED);
        assertThat(notice.recipientId()).isEqualTo("buyer-17");
        assertThat(notice.values()).containsEntry("answer", new Phrase("sellerAnswer", "REJECT"))
                .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7");
    }

    @Test
    void tellsTheBuyerTheSellerAcceptedTheirRequest() {
        Notice notice = single(announcements.about(sellerResponded(SellerAction.ACCEPT, null)));

        assertThat(notice.kind()).isEqualTo(MessageKind.SELLER_RESPONDED);
        assertThat(notice.recipientId()).isEqualTo("buyer-17");
        assertThat(notice.values()).containsEntry("answer", new Phrase("sellerAnswer", "ACCEPT"));
    }

    @Test
    void tellsTheBuyerOfTheSellersProposal() {
        Notice notice = single(announcements.about(sellerResponded(SellerAction.PROPOSE,
                new Proposal(ProposedSolution.RESEND, null))));

        assertThat(notice.kind()).isEqualTo(MessageKind.PROPOSAL_MADE);
        assertThat(notice.recipientId()).isEqualTo("buyer-17");
        assertThat(notice.values()).containsEntry("solution", new Phrase("solution", "RESEND"))
                .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7")
                .doesNotContainKeys("amount", "answer");
    }

    @Test
    void namesTheAmountOfAProposedPartialRefund() {
        Notice notice = single(announcements.about(sellerResponded(SellerAction.PROPOSE,
                new Proposal(ProposedSolution.PARTIAL_REFUND, PARTIAL))));

        assertThat(notice.kind()).isEqualTo(MessageKind.PROPOSAL_MADE);
        assertThat(notice.values()).containsEntry("solution", new Phrase("solution", "PARTIAL_REFUND"))
                .containsEntry("amount", PARTIAL);
    }

    @Test
    void refusesAProposalThatDoesNotSayWhatIsProposed() {
        assertThatThrownBy(() -> announcements.about(sellerResponded(SellerAction.PROPOSE, null)))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("has no proposal");
        assertThatThrownBy(() -> announcements.about(sellerResponded(SellerAction.PROPOSE,
                new Proposal(ProposedSolution.PARTIAL_REFUND, null))))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("proposal.amount");
    }

    @Test
    void tellsTheSellerTheBuyerAcceptedTheirProposal() {
        Notice notice = single(announcements.about(proposalAnswered(true,
                new Proposal(ProposedSolution.RESEND, null))));

        assertThat(notice.kind()).isEqualTo(MessageKind.PROPOSAL_ANSWERED);
        assertThat(notice.recipientId()).isEqualTo("seller-3");
        assertThat(notice.values()).containsEntry("answer", new Phrase("proposalAnswer", "ACCEPTED"))
                .containsEntry("solution", new Phrase("solution", "RESEND"))
                .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7");
    }

    @Test
    void tellsTheSellerTheBuyerRejectedTheirProposal() {
        Notice notice = single(announcements.about(proposalAnswered(false,
                new Proposal(ProposedSolution.PARTIAL_REFUND, PARTIAL))));

        assertThat(notice.kind()).isEqualTo(MessageKind.PROPOSAL_ANSWERED);
        assertThat(notice.recipientId()).isEqualTo("seller-3");
        assertThat(notice.values()).containsEntry("answer", new Phrase("proposalAnswer", "REJECTED"))
                .containsEntry("solution", new Phrase("solution", "PARTIAL_REFUND"))
                .containsEntry("amount", PARTIAL);
    }

    @ParameterizedTest
    @EnumSource(Party.class)
    void tellsBothPartiesWhoHandedTheDisputeToThePlatform(Party by) {
        List<Notice> notices = announcements.about(new DisputeEvent.DisputeEscalated("DSP-7", "ORD-1001", "buyer-17",
                "seller-3", 6, NOW, by, DisputeStatus.UNDER_PLATFORM_REVIEW));

        assertThat(notices).extracting(Notice::kind).containsOnly(MessageKind.DISPUTE_ESCALATED);
        assertThat(notices).extracting(Notice::recipientId).containsExactly("buyer-17", "seller-3");
        assertThat(notices).allSatisfy(notice -> assertThat(notice.values())
                .containsEntry("escalatedBy", new Phrase("escalatedBy", by.name()))
                .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7"));
    }

    @Test
    void tellsTheSellerWhatTheBuyerWrote() {
        Notice notice = single(announcements.about(messagePosted(Party.BUYER, "Any news about my parcel?")));

        assertThat(notice.kind()).isEqualTo(MessageKind.MESSAGE_POSTED);
        assertThat(notice.recipientId()).isEqualTo("seller-3");
        assertThat(notice.values()).containsEntry("from", new Phrase("party", "BUYER"))
                .containsEntry("text", "Any news about my parcel?")
                .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7");
    }

    @Test
    void tellsTheBuyerWhatTheSellerWrote() {
        Notice notice = single(announcements.about(messagePosted(Party.SELLER, "It left our warehouse on Monday.")));

        assertThat(notice.kind()).isEqualTo(MessageKind.MESSAGE_POSTED);
        assertThat(notice.recipientId()).isEqualTo("buyer-17");
        assertThat(notice.values()).containsEntry("from", new Phrase("party", "SELLER"))
                .containsEntry("text", "It left our warehouse on Monday.");
    }

    @Test
    void tellsBothPartiesWhatThePlatformWrote() {
        List<Notice> notices = announcements.about(messagePosted(Party.PLATFORM, "We are looking into it."));

        assertThat(notices).extracting(Notice::recipientId).containsExactly("buyer-17", "seller-3");
        assertThat(notices).allSatisfy(notice -> assertThat(notice.values())
                .containsEntry("from", new Phrase("party", "PLATFORM")));
    }

    @Test
    void quotesTheStartOfAVeryLongMessageCutAtAWholeCharacter() {
        String head = "a".repeat(Announcements.MAX_QUOTED_TEXT - 1);
        String text = head + "😀" + "b".repeat(5000);

        Notice notice = single(announcements.about(messagePosted(Party.BUYER, text)));

        assertThat(notice.values().get("text")).isEqualTo(head + "…");
        String fits = "c".repeat(Announcements.MAX_QUOTED_TEXT);
        assertThat(single(announcements.about(messagePosted(Party.BUYER, fits))).values().get("text")).isEqualTo(fits);
    }

    @Test
    void refusesAMessageWithoutText() {
        assertThatThrownBy(() -> announcements.about(messagePosted(Party.SELLER, " ")))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("text");
    }

    @Test
    void tellsNobodyOfEvidenceOrOfTheBuyersAnswerAboutReceipt() {
        Evidence receipt = new Evidence(EvidenceType.COMMUNICATION, "Chat with the carrier", "doc-1", NOW, null, null);
        for (Party party : List.of(Party.BUYER, Party.SELLER)) {
            assertThat(announcements.about(new DisputeEvent.EvidenceAdded("DSP-7", "ORD-1001", "buyer-17", "seller-3",
                    3, NOW, party, List.of(receipt)))).isEmpty();
        }
        for (boolean received : new boolean[] {true, false}) {
            assertThat(announcements.about(new DisputeEvent.ReceiptAnswered("DSP-7", "ORD-1001", "buyer-17",
                    "seller-3", 4, NOW, received, DisputeStatus.AWAITING_BUYER_CONFIRMATION))).isEmpty();
        }
    }

    @Test
    void tellsNobodyOfTheOpeningItselfOfACaseChangeOrOfARulingBeforeItTakesEffect() {
        DisputeEvent opened = new DisputeEvent.DisputeOpened("DSP-7", "ORD-1001", "buyer-17", "seller-3", 0, NOW,
                DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived", new Money("23.90", "USD"), NOW,
                DisputeCase.IN_TRANSIT, DisputeStatus.AWAITING_SELLER_RESPONSE);
        DisputeEvent changed = new DisputeEvent.CaseChanged("DSP-7", "ORD-1001", "buyer-17", "seller-3", 1, NOW,
                DisputeCase.PICKUP, DisputeCase.IN_TRANSIT, DisputeStatus.AWAITING_BUYER_PICKUP);
        DisputeEvent applied = new DisputeEvent.RulingApplied("DSP-7", "ORD-1001", "buyer-17", "seller-3", 2, NOW,
                "RUL-1", "R1-SELLER-SILENT", Outcome.REFUND_BUYER, ResponsibleParty.SELLER,
                List.of("The seller did not answer within 5 days"), List.of("ce-1"), "p-1", 1, NOW);
        DisputeEvent superseded = new DisputeEvent.RulingSuperseded("DSP-7", "ORD-1001", "buyer-17", "seller-3", 3,
                NOW, "RUL-1", "R1-SELLER-SILENT", 1, "newer facts");

        for (DisputeEvent event : List.of(opened, changed, applied, superseded)) {
            assertThat(announcements.about(event)).as(event.getClass().getSimpleName()).isEmpty();
        }
    }

    @Test
    void tellsBuyerAndSellerHowTheDisputeWasResolvedAndWhy() {
        List<String> reasons = List.of("The seller did not answer within 5 days", "Nothing shows a delivery");
        List<Notice> notices = announcements.about(resolved(ResolvedBy.RULING, null, reasons, "buyer-17", "seller-3"));

        assertThat(notices).extracting(Notice::kind).containsOnly(MessageKind.DISPUTE_RESOLVED);
        assertThat(notices).extracting(Notice::recipientId).containsExactly("buyer-17", "seller-3");
        assertThat(notices.get(0).values())
                .containsEntry("outcome", new Phrase("outcome", "REFUND_BUYER"))
                .containsEntry("responsibleParty", new Phrase("responsibleParty", "SELLER"))
                .containsEntry("headline", new Phrase("resolvedHeadline", "RULING"))
                .containsEntry("resolvedBy", new Phrase("resolvedBy", "RULING"))
                .containsEntry("reasons", new Phrase("reasons", "GIVEN"))
                .containsEntry("reasonList", reasons)
                .doesNotContainKey("amount");
        assertThat(notices.get(1).values()).isEqualTo(notices.get(0).values());
    }

    @ParameterizedTest
    @EnumSource(value = ResolvedBy.class, names = {"AGREEMENT", "BUYER_CONFIRMATION", "WITHDRAWAL"})
    void saysHowTheDisputeEndedWithoutARulingAndGivesNoReasons(ResolvedBy by) {
        List<Notice> notices = announcements.about(resolved(by, null, List.of(), "buyer-17", "seller-3"));

        assertThat(notices).extracting(Notice::recipientId).containsExactly("buyer-17", "seller-3");
        assertThat(notices.get(0).values())
                .containsEntry("headline", new Phrase("resolvedHeadline", by.name()))
                .containsEntry("resolvedBy", new Phrase("resolvedBy", by.name()))
                .containsEntry("reasons", new Phrase("reasons", "NONE"));
    }

    @Test
    void namesTheAmountOfAPartialRefund() {
        Notice notice = announcements.about(resolved(ResolvedBy.AGREEMENT, PARTIAL, List.of(), "buyer-17", "seller-3"))
                .get(0);

        assertThat(notice.values()).containsEntry("outcome", new Phrase("outcome", "PARTIAL_REFUND"))
                .containsEntry("amount", PARTIAL);
    }

    @Test
    void refusesAnEventThatDoesNotSayWhoToTell() {
        assertThatThrownBy(() -> announcements.about(sellerWindow(DisputeEvent.DisputeOpened.TYPE, null)))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("sellerId");
        assertThatThrownBy(() -> announcements.about(resolved(ResolvedBy.RULING, null, List.of(), " ", "seller-3")))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("buyerId");
        assertThatThrownBy(() -> announcements.about(new DisputeEvent.SellerResponded("DSP-7", "ORD-1001", null,
                "seller-3", 2, NOW, SellerAction.REJECT, null, DisputeStatus.NEGOTIATING)))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("dispute.seller-responded.v1 has no buyerId");
        assertThatThrownBy(() -> announcements.about(new DisputeEvent.DisputeEscalated("DSP-7", "ORD-1001",
                "buyer-17", "seller-3", 6, NOW, null, DisputeStatus.UNDER_PLATFORM_REVIEW)))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("has no by");
    }

    private static Notice single(List<Notice> notices) {
        assertThat(notices).hasSize(1);
        return notices.get(0);
    }

    private static RulingEvent sellerWindow(String causeEventType, String sellerId) {
        return new RulingEvent.DeadlineScheduled("DSP-7", "ORD-1001", "buyer-17", sellerId, NOW, "DL-1",
                DeadlineType.SELLER_RESPONSE, Party.SELLER, DUE, "ce-1", causeEventType);
    }

    private static DisputeEvent sellerResponded(SellerAction action, Proposal proposal) {
        return new DisputeEvent.SellerResponded("DSP-7", "ORD-1001", "buyer-17", "seller-3", 2, NOW, action, proposal,
                DisputeStatus.NEGOTIATING);
    }

    private static DisputeEvent proposalAnswered(boolean accepted, Proposal proposal) {
        return new DisputeEvent.ProposalAnswered("DSP-7", "ORD-1001", "buyer-17", "seller-3", 3, NOW, accepted,
                proposal, DisputeStatus.NEGOTIATING);
    }

    private static DisputeEvent messagePosted(Party from, String text) {
        return new DisputeEvent.MessagePosted("DSP-7", "ORD-1001", "buyer-17", "seller-3", 4, NOW, from, text);
    }

    private static DisputeEvent resolved(ResolvedBy by, Money amount, List<String> reasons, String buyerId,
                                         String sellerId) {
        boolean ruling = by == ResolvedBy.RULING;
        return new DisputeEvent.DisputeResolved("DSP-7", "ORD-1001", buyerId, sellerId, 5, NOW,
                by == ResolvedBy.WITHDRAWAL ? DisputeStatus.WITHDRAWN : DisputeStatus.RESOLVED,
                ruling || amount != null ? Outcome.REFUND_BUYER : Outcome.RELEASE_TO_SELLER, amount,
                ruling ? ResponsibleParty.SELLER : ResponsibleParty.NONE, by, ruling ? "R1-SELLER-SILENT" : null,
                reasons);
    }
}
