package org.disputesuite.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.tracking.api.Money;
import org.junit.jupiter.api.Test;

class MessageRendererTests {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-25T10:00:00Z");

    private final MessageRenderer shipped =
            new MessageRenderer(TemplateCatalog.fromClasspath(getClass().getClassLoader(), "messages"));
    private final Announcements announcements = new Announcements();

    @Test
    void tellsTheSellerOfANewDisputeAndTheTimeToAnswerByInUtcByDefault() {
        RenderedMessage message = shipped.render(disputeOpened(), null, ZoneOffset.UTC);

        assertThat(message.locale()).isEqualTo("en");
        assertThat(message.subject()).isEqualTo("A dispute was opened on order ORD-1001");
        assertThat(message.body())
                .contains("dispute DSP-7", "order ORD-1001", "November 25, 2026", "10:00", "UTC")
                .doesNotContain("{");
    }

    @Test
    void showsTheDueTimeInTheRecipientsTimeZone() {
        RenderedMessage message = shipped.render(disputeOpened(), Locale.ENGLISH, ZoneId.of("Europe/Madrid"));

        assertThat(message.body()).contains("November 25, 2026", "11:00", "CET").doesNotContain("10:00");
    }

    @Test
    void tellsTheBuyerTheSellerRejectedTheirRequest() {
        RenderedMessage message = english(sellerResponded(SellerAction.REJECT, null));

        assertThat(message.kind()).isEqualTo(MessageKind.SELLER_RESPONDED);
        assertThat(message.subject()).isEqualTo("The seller answered your dispute on order ORD-1001");
        assertThat(message.body()).isEqualTo("The seller of order ORD-1001 rejected your request in dispute DSP-7."
                + " You can write to the seller or add evidence; without an agreement, the platform will decide.");
    }

    @Test
    void tellsTheBuyerTheSellerAcceptedTheirRequestAndThatTheResolutionFollows() {
        RenderedMessage message = english(sellerResponded(SellerAction.ACCEPT, null));

        assertThat(message.body()).isEqualTo("The seller of order ORD-1001 accepted your request in dispute DSP-7."
                + " A message on how the dispute is resolved follows.");
    }

    @Test
    void namesTheProposedPartialRefundInTheRecipientsConventions() {
        Proposal partial = new Proposal(ProposedSolution.PARTIAL_REFUND, new Money("12.5", "USD"));

        RenderedMessage message = shipped.render(notice(sellerResponded(SellerAction.PROPOSE, partial)), Locale.US,
                ZoneOffset.UTC);

        assertThat(message.kind()).isEqualTo(MessageKind.PROPOSAL_MADE);
        assertThat(message.subject()).isEqualTo("The seller proposes a solution for order ORD-1001");
        assertThat(message.body()).startsWith("The seller of order ORD-1001 proposes a partial refund of $12.50"
                + " to settle dispute DSP-7. If you accept it, the dispute is resolved as proposed;");
    }

    @Test
    void namesEachProposedSolution() {
        assertThat(english(sellerResponded(SellerAction.PROPOSE, new Proposal(ProposedSolution.REFUND, null))).body())
                .contains("proposes a full refund to settle dispute DSP-7");
        assertThat(english(sellerResponded(SellerAction.PROPOSE, new Proposal(ProposedSolution.RESEND, null))).body())
                .contains("proposes sending the order again to settle dispute DSP-7");
        assertThat(english(sellerResponded(SellerAction.PROPOSE,
                new Proposal(ProposedSolution.PARTIAL_REFUND, new Money("3", "EUR")))).body())
                .contains("proposes a partial refund of €3.00 to settle");
    }

    @Test
    void tellsTheSellerTheBuyerAcceptedTheirProposal() {
        RenderedMessage message = english(proposalAnswered(true, new Proposal(ProposedSolution.RESEND, null)));

        assertThat(message.kind()).isEqualTo(MessageKind.PROPOSAL_ANSWERED);
        assertThat(message.subject()).isEqualTo("The buyer answered your proposal on order ORD-1001");
        assertThat(message.body()).isEqualTo("The buyer of order ORD-1001 accepted your proposal in dispute DSP-7:"
                + " sending the order again. A message on how the dispute is resolved follows.");
    }

    @Test
    void tellsTheSellerTheBuyerRejectedTheirProposal() {
        RenderedMessage message = english(proposalAnswered(false,
                new Proposal(ProposedSolution.PARTIAL_REFUND, new Money("12.50", "USD"))));

        assertThat(message.body()).isEqualTo("The buyer of order ORD-1001 rejected your proposal in dispute DSP-7:"
                + " a partial refund of $12.50. You may propose something else or accept the buyer's request;"
                + " without an agreement, the platform will decide.");
    }

    @Test
    void saysWhoHandedTheDisputeToThePlatform() {
        RenderedMessage byPlatform = english(escalated(Party.PLATFORM));

        assertThat(byPlatform.kind()).isEqualTo(MessageKind.DISPUTE_ESCALATED);
        assertThat(byPlatform.subject()).isEqualTo("The platform now decides the dispute on order ORD-1001");
        assertThat(byPlatform.body()).isEqualTo("Dispute DSP-7 on order ORD-1001 went to platform review because"
                + " buyer and seller did not reach an agreement in time. The platform decides on the tracking facts"
                + " and the evidence, and you will be told the outcome.");
        assertThat(english(escalated(Party.BUYER)).body()).contains("review because the buyer asked for it.");
        assertThat(english(escalated(Party.SELLER)).body()).contains("review because the seller asked for it.");
    }

    @Test
    void quotesWhatThePartyWroteAsWritten() {
        String text = "Tracking {orderId} says $1 \\ 100% delivered.\nPlease check.";

        RenderedMessage message = english(messagePosted(Party.SELLER, text));

        assertThat(message.kind()).isEqualTo(MessageKind.MESSAGE_POSTED);
        assertThat(message.subject()).isEqualTo("New message about order ORD-1001");
        assertThat(message.body()).isEqualTo("The seller wrote in dispute DSP-7 on order ORD-1001:\n\n" + text);
        assertThat(english(messagePosted(Party.BUYER, "Any news?")).body()).startsWith("The buyer wrote");
    }

    @Test
    void saysOutcomeResponsibilityAndHowItWasResolvedInPlainWords() {
        RenderedMessage message = english(resolved(ResolvedBy.RULING, Outcome.REFUND_BUYER, null,
                ResponsibleParty.SELLER, List.of()));

        assertThat(message.subject()).isEqualTo("The dispute on order ORD-1001 is resolved");
        assertThat(message.body()).isEqualTo("Dispute DSP-7 on order ORD-1001 was resolved by a platform ruling."
                + " Outcome: the buyer gets a full refund. The seller was found responsible.");
    }

    @Test
    void listsTheRulingsReasonsOneALine() {
        List<String> reasons = List.of("The seller did not answer within 5 days", "Nothing shows a delivery");
        RenderedMessage message = english(resolved(ResolvedBy.RULING, Outcome.REFUND_BUYER, null,
                ResponsibleParty.SELLER, reasons));

        assertThat(message.body()).isEqualTo("Dispute DSP-7 on order ORD-1001 was resolved by a platform ruling."
                + " Outcome: the buyer gets a full refund. The seller was found responsible.\n\n"
                + "The platform's reasons:\n- The seller did not answer within 5 days\n- Nothing shows a delivery");
    }

    @Test
    void saysTheBuyerWithdrewTheDispute() {
        RenderedMessage message = english(resolved(ResolvedBy.WITHDRAWAL, Outcome.RELEASE_TO_SELLER, null,
                ResponsibleParty.NONE, List.of()));

        assertThat(message.subject()).isEqualTo("The dispute on order ORD-1001 was withdrawn");
        assertThat(message.body()).isEqualTo("The buyer withdrew dispute DSP-7 on order ORD-1001."
                + " Outcome: the payment for the order goes to the seller. Nobody was found at fault.");
    }

    @Test
    void saysTheBuyerConfirmedReceivingTheOrder() {
        RenderedMessage message = english(resolved(ResolvedBy.BUYER_CONFIRMATION, Outcome.RELEASE_TO_SELLER, null,
                ResponsibleParty.NONE, List.of()));

        assertThat(message.subject()).isEqualTo("The dispute on order ORD-1001 is closed: the order arrived");
        assertThat(message.body()).isEqualTo("The buyer confirmed receiving order ORD-1001, which closes dispute DSP-7."
                + " Outcome: the payment for the order goes to the seller. Nobody was found at fault.");
    }

    @Test
    void saysBuyerAndSellerAgreed() {
        RenderedMessage message = shipped.render(notice(resolved(ResolvedBy.AGREEMENT, Outcome.REFUND_BUYER,
                new Money("12.50", "USD"), ResponsibleParty.NONE, List.of())), Locale.US, ZoneOffset.UTC);

        assertThat(message.subject()).isEqualTo("The dispute on order ORD-1001 is resolved by agreement");
        assertThat(message.body()).isEqualTo("Dispute DSP-7 on order ORD-1001 was resolved by agreement between buyer"
                + " and seller. Outcome: the buyer gets a refund of $12.50. Nobody was found at fault.");
    }

    @Test
    void fallsBackToEnglishForMexicanSpanishWhileThereIsNoSpanishFile() {
        RenderedMessage message = shipped.render(disputeOpened(), Locale.forLanguageTag("es-MX"), ZoneOffset.UTC);

        assertThat(message.locale()).isEqualTo("en");
        assertThat(message.body()).contains("November 25, 2026");
    }

    @Test
    void prefersTheRegionalFileThenTheLanguageThenEnglish() {
        Map<String, String> english = texts("Dispute opened", "Answer by {dueAt}");
        Map<String, String> portuguese = texts("Disputa aberta", "Responda até {dueAt}");
        Map<String, String> brazilian = texts("Disputa aberta (BR)", "Responda até {dueAt}");
        Locale brazil = Locale.forLanguageTag("pt-BR");

        assertThat(render(Map.of("en", english, "pt", portuguese, "pt-BR", brazilian), brazil).locale())
                .isEqualTo("pt-BR");
        assertThat(render(Map.of("en", english, "pt", portuguese), brazil).locale()).isEqualTo("pt");
        assertThat(render(Map.of("en", english), brazil).locale()).isEqualTo("en");
    }

    @Test
    void formatsTimesInTheTemplatesLanguageWithTheRecipientsRegionalConventions() {
        Map<String, String> portuguese = texts("Disputa aberta", "Responda até {dueAt}");
        Map<String, String> english = texts("Dispute opened", "Answer by {dueAt}");

        RenderedMessage inPortuguese = render(Map.of("en", english, "pt", portuguese), Locale.forLanguageTag("pt-BR"));
        RenderedMessage inEnglish = render(Map.of("en", english), Locale.forLanguageTag("pt-BR"));

        assertThat(inPortuguese.body()).contains("25 de novembro de 2026");
        assertThat(inEnglish.body()).contains("November 25, 2026");
    }

    @Test
    void fallsBackPerKindWhenALocaleFileLacksOne() {
        Map<String, String> english = texts("Dispute opened", "Answer by {dueAt}");
        Map<String, String> spanishWithoutThisKind = Map.of("DISPUTE_RESOLVED.subject", "Disputa resuelta",
                "DISPUTE_RESOLVED.body", "Resuelta");

        assertThat(render(Map.of("en", english, "es", spanishWithoutThisKind), Locale.forLanguageTag("es")).locale())
                .isEqualTo("en");
    }

    @Test
    void takesPhrasesFromTheTemplatesLanguage() {
        MessageRenderer renderer = new MessageRenderer(TemplateCatalog.of(Map.of(
                "en", Map.of("DISPUTE_RESOLVED.subject", "Resolved", "DISPUTE_RESOLVED.body", "{outcome}",
                        "outcome.RESEND", "the seller sends the order again"),
                "fr", Map.of("DISPUTE_RESOLVED.subject", "Résolu", "DISPUTE_RESOLVED.body", "{outcome}",
                        "outcome.RESEND", "le vendeur renvoie la commande"))));
        Notice notice = new Notice(MessageKind.DISPUTE_RESOLVED, "buyer-17", "ORD-1001", "DSP-7",
                Map.of("outcome", Phrase.of("outcome", Outcome.RESEND)));

        assertThat(renderer.render(notice, Locale.FRANCE, ZoneOffset.UTC).body()).isEqualTo("le vendeur renvoie la commande");
        assertThat(renderer.render(notice, Locale.GERMAN, ZoneOffset.UTC).body()).isEqualTo("the seller sends the order again");
    }

    @Test
    void refusesATemplateThatNamesAValueTheNoticeDoesNotGive() {
        MessageRenderer renderer = new MessageRenderer(TemplateCatalog.of(Map.of("en",
                texts("Dispute opened", "Answer by {answerBy}"))));

        assertThatThrownBy(() -> renderer.render(disputeOpened(), Locale.ENGLISH, ZoneOffset.UTC))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{answerBy}");
    }

    private RenderedMessage english(DisputeEvent event) {
        return shipped.render(notice(event), Locale.ENGLISH, ZoneOffset.UTC);
    }

    private Notice notice(DisputeEvent event) {
        return announcements.about(event).get(0);
    }

    private static RenderedMessage render(Map<String, Map<String, String>> files, Locale requested) {
        return new MessageRenderer(TemplateCatalog.of(files)).render(disputeOpened(), requested, ZoneOffset.UTC);
    }

    private static Map<String, String> texts(String subject, String body) {
        return Map.of("DISPUTE_OPENED.subject", subject, "DISPUTE_OPENED.body", body);
    }

    private static Notice disputeOpened() {
        return new Notice(MessageKind.DISPUTE_OPENED, "seller-3", "ORD-1001", "DSP-7",
                Map.of("orderId", "ORD-1001", "disputeId", "DSP-7", "dueAt", DUE));
    }

    private static DisputeEvent sellerResponded(SellerAction action, Proposal proposal) {
        return new DisputeEvent.SellerResponded("DSP-7", "ORD-1001", "buyer-17", "seller-3", 2, NOW, action, proposal,
                DisputeStatus.NEGOTIATING);
    }

    private static DisputeEvent proposalAnswered(boolean accepted, Proposal proposal) {
        return new DisputeEvent.ProposalAnswered("DSP-7", "ORD-1001", "buyer-17", "seller-3", 3, NOW, accepted,
                proposal, DisputeStatus.NEGOTIATING);
    }

    private static DisputeEvent escalated(Party by) {
        return new DisputeEvent.DisputeEscalated("DSP-7", "ORD-1001", "buyer-17", "seller-3", 4, NOW, by,
                DisputeStatus.UNDER_PLATFORM_REVIEW);
    }

    private static DisputeEvent messagePosted(Party from, String text) {
        return new DisputeEvent.MessagePosted("DSP-7", "ORD-1001", "buyer-17", "seller-3", 5, NOW, from, text);
    }

    private static DisputeEvent resolved(ResolvedBy by, Outcome outcome, Money amount, ResponsibleParty responsible,
                                         List<String> reasons) {
        return new DisputeEvent.DisputeResolved("DSP-7", "ORD-1001", "buyer-17", "seller-3", 6, NOW,
                by == ResolvedBy.WITHDRAWAL ? DisputeStatus.WITHDRAWN : DisputeStatus.RESOLVED, outcome, amount,
                responsible, by, by == ResolvedBy.RULING ? "R1-SELLER-SILENT" : null, reasons);
    }
}
