package org.disputesuite.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.tracking.api.Money;
import org.junit.jupiter.api.Test;

class AnnouncementsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-25T10:00:00Z");

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
    void tellsBuyerAndSellerHowTheDisputeWasResolved() {
        List<Notice> notices = announcements.about(resolved(null, "buyer-17", "seller-3"));

        assertThat(notices).extracting(Notice::kind).containsOnly(MessageKind.DISPUTE_RESOLVED);
        assertThat(notices).extracting(Notice::recipientId).containsExactly("buyer-17", "seller-3");
        assertThat(notices.get(0).values())
                .containsEntry("outcome", new Phrase("outcome", "REFUND_BUYER"))
                .containsEntry("responsibleParty", new Phrase("responsibleParty", "SELLER"))
                .containsEntry("resolvedBy", new Phrase("resolvedBy", "RULING"))
                .doesNotContainKey("amount");
    }

    @Test
    void namesTheAmountOfAPartialRefund() {
        Money amount = new Money("5.00", "USD");

        Notice notice = announcements.about(resolved(amount, "buyer-17", "seller-3")).get(0);

        assertThat(notice.values()).containsEntry("outcome", new Phrase("outcome", "PARTIAL_REFUND"))
                .containsEntry("amount", amount);
    }

    @Test
    void saysNothingYetAboutOtherDisputeEvents() {
        DisputeEvent opened = new DisputeEvent.DisputeOpened("DSP-7", "ORD-1001", "buyer-17", "seller-3", 0, NOW,
                DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived", new Money("23.90", "USD"), NOW);

        assertThat(announcements.about(opened)).isEmpty();
    }

    @Test
    void refusesAnEventThatDoesNotSayWhoToTell() {
        assertThatThrownBy(() -> announcements.about(sellerWindow(DisputeEvent.DisputeOpened.TYPE, null)))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("sellerId");
        assertThatThrownBy(() -> announcements.about(resolved(null, " ", "seller-3")))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("buyerId");
    }

    private static RulingEvent sellerWindow(String causeEventType, String sellerId) {
        return new RulingEvent.DeadlineScheduled("DSP-7", "ORD-1001", "buyer-17", sellerId, NOW, "DL-1",
                DeadlineType.SELLER_RESPONSE, Party.SELLER, DUE, "ce-1", causeEventType);
    }

    private static DisputeEvent resolved(Money amount, String buyerId, String sellerId) {
        return new DisputeEvent.DisputeResolved("DSP-7", "ORD-1001", buyerId, sellerId, 5, NOW,
                DisputeStatus.RESOLVED, Outcome.REFUND_BUYER, amount, ResponsibleParty.SELLER, ResolvedBy.RULING,
                "R1-SELLER-SILENT");
    }
}
