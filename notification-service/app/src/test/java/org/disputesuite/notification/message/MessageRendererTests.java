package org.disputesuite.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.DelayReason;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent;
import org.junit.jupiter.api.Test;

class MessageRendererTests {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant COLLECT_BY = Instant.parse("2026-11-27T20:00:00Z");
    private static final PickupPoint KIOSK = new PickupPoint("PP-77", "Kiosko Sol",
            new Address(null, "Calle Mayor 5", null, "Madrid", null, "28013", "ES"), COLLECT_BY);

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
    void tellsTheSellerOfADisputeOpenedAtAPickupPointThatTheyNeedNotAnswerYet() {
        RenderedMessage message = english(opened(DisputeStatus.AWAITING_BUYER_PICKUP, DisputeCase.PICKUP));

        assertThat(message.kind()).isEqualTo(MessageKind.DISPUTE_OPENED);
        assertThat(message.subject()).isEqualTo("A dispute was opened on order ORD-1001");
        assertThat(message.body()).isEqualTo("The buyer of order ORD-1001 has opened dispute DSP-7 because they have"
                + " not received the order. The carrier reports the parcel waiting at a pickup point, so the platform"
                + " has asked the buyer to collect it, and you do not need to answer now. You can add evidence or"
                + " write to the buyer in the dispute; you will be told if the platform needs anything from you.");
    }

    @Test
    void tellsTheSellerOfADisputeOpenedOnAnInconsistentDeliveryThatTheBuyerIsAskedFirst() {
        RenderedMessage message = english(opened(DisputeStatus.AWAITING_BUYER_CONFIRMATION,
                DisputeCase.INCONSISTENT_DELIVERY));

        assertThat(message.body()).isEqualTo("The buyer of order ORD-1001 has opened dispute DSP-7 because they have"
                + " not received the order. The carrier reports the parcel delivered, but its report does not show"
                + " delivery to the order's shipping address, so the platform has asked the buyer to confirm whether"
                + " they received it, and you do not need to answer now. If the buyer says it has not arrived, you"
                + " will be asked for a delivery receipt.");
    }

    @Test
    void tellsTheBuyerWhereTheirParcelWaitsAndUntilWhen() {
        RenderedMessage message = plain(english(arrival(KIOSK)));

        assertThat(message.kind()).isEqualTo(MessageKind.ARRIVED_FOR_COLLECTION);
        assertThat(message.subject()).isEqualTo("Your order ORD-1001 is waiting for you at a pickup point");
        assertThat(message.body()).isEqualTo("The carrier reports that your order ORD-1001 has arrived at Kiosko Sol,"
                + " Calle Mayor 5, 28013 Madrid, ES. Please collect it by November 27, 2026, 8:00 PM UTC.");
    }

    @Test
    void showsTheCollectByTimeInTheBuyersTimeZoneAndSaysWhatTheCarrierLeftOut() {
        RenderedMessage inMadrid = plain(shipped.render(announcements.about(arrival(KIOSK)).get(0), Locale.ENGLISH,
                ZoneId.of("Europe/Madrid")));
        assertThat(inMadrid.body()).endsWith("Please collect it by November 27, 2026, 9:00 PM CET.");

        assertThat(english(arrival(new PickupPoint("PP-77", "Kiosko Sol", null, COLLECT_BY))).body())
                .contains("has arrived at Kiosko Sol (the carrier did not give its address). Please collect");
        assertThat(english(arrival(new PickupPoint("PP-77", null, KIOSK.address(), COLLECT_BY))).body())
                .contains("has arrived at the pickup point at Calle Mayor 5, 28013 Madrid, ES. Please collect");
        assertThat(english(arrival(new PickupPoint(null, null, null, COLLECT_BY))).body())
                .contains("has arrived at a pickup point (the carrier did not say which). Please collect");
    }

    @Test
    void tellsBuyerAndSellerTheParcelIsLateAndWhatEachCanDo() {
        List<RenderedMessage> messages = englishToBoth(delayed(DelayReason.LATE, null));

        String facts = "Order ORD-1001 was promised for delivery by November 18, 2026, 11:59 PM UTC, and the carrier"
                + " has not reported it delivered or waiting at a pickup point. Carrier: generic, tracking number"
                + " LP00012345678CN.";
        assertThat(messages).extracting(RenderedMessage::kind).containsOnly(MessageKind.SHIPMENT_DELAYED);
        assertThat(messages.get(0).subject()).isEqualTo("Your order ORD-1001 is late");
        assertThat(messages.get(0).body()).isEqualTo(facts
                + " If it does not arrive, you can open a dispute on the order.");
        assertThat(messages.get(1).subject()).isEqualTo("Order ORD-1001 is late");
        assertThat(messages.get(1).body()).isEqualTo(facts + " You may want to check with the carrier where the parcel"
                + " is. If it does not arrive, the buyer can open a dispute on the order.");
    }

    @Test
    void tellsBuyerAndSellerSinceWhenTheCarrierHasReportedNothing() {
        List<RenderedMessage> messages =
                englishToBoth(delayed(DelayReason.STALLED, Instant.parse("2026-11-13T08:30:00Z")));

        String facts = "The carrier has reported nothing about order ORD-1001 since November 13, 2026, 8:30 AM UTC."
                + " It was promised for delivery by November 18, 2026, 11:59 PM UTC. Carrier: generic, tracking"
                + " number LP00012345678CN.";
        assertThat(messages.get(0).subject()).isEqualTo("No tracking news about your order ORD-1001");
        assertThat(messages.get(0).body()).isEqualTo(facts + " If it has not arrived by November 18, 2026, 11:59 PM"
                + " UTC, you can then open a dispute on the order.");
        assertThat(messages.get(1).subject()).isEqualTo("No tracking news about order ORD-1001");
        assertThat(messages.get(1).body()).isEqualTo(facts + " You may want to check with the carrier where the parcel"
                + " is. If it has not arrived by November 18, 2026, 11:59 PM UTC, the buyer can then open a dispute"
                + " on the order.");
    }

    @Test
    void saysTheCarrierHasReportedNothingSinceTheRegistrationWhenItNeverReportedAnything() {
        RenderedMessage message = englishToBoth(delayed(DelayReason.STALLED, null)).get(0);

        assertThat(message.body()).startsWith("The carrier has reported nothing about order ORD-1001 since its"
                + " shipment was registered. It was promised for delivery by November 18, 2026, 11:59 PM UTC.");
    }

    @Test
    void showsTheDelayTimesInTheRecipientsTimeZone() {
        Notice buyer = announcements.about(delayed(DelayReason.STALLED, Instant.parse("2026-11-13T08:30:00Z"))).get(0);

        RenderedMessage inMadrid = plain(shipped.render(buyer, Locale.ENGLISH, ZoneId.of("Europe/Madrid")));

        assertThat(inMadrid.body()).contains("since November 13, 2026, 9:30 AM CET",
                "promised for delivery by November 19, 2026, 12:59 AM CET");
    }

    @Test
    void asksTheBuyerToCollectAtTheNamedPointByTheCollectByTime() {
        RenderedMessage message = plain(english(requested(RequestedAction.COLLECT_PARCEL, Party.BUYER, KIOSK)));

        assertThat(message.kind()).isEqualTo(MessageKind.ACTION_REQUESTED);
        assertThat(message.subject()).isEqualTo("Please collect your order ORD-1001 from the pickup point by"
                + " November 27, 2026, 8:00 PM UTC");
        assertThat(message.body()).isEqualTo("In dispute DSP-7, the carrier reports that order ORD-1001 is waiting"
                + " for you at Kiosko Sol, Calle Mayor 5, 28013 Madrid, ES. Please collect it by November 27, 2026,"
                + " 8:00 PM UTC. If the pickup point was closed or would not hand the parcel over, add a pickup"
                + " certificate to the dispute before then, and the seller will be found responsible. If the parcel"
                + " is neither collected nor certified by then, the payment for the order goes to the seller and you"
                + " will be found responsible.");
    }

    @Test
    void asksTheBuyerToConfirmReceiptOrSayItStillDidNotArrive() {
        RenderedMessage message = plain(english(requested(RequestedAction.CONFIRM_RECEIPT, Party.BUYER, null)));

        assertThat(message.subject()).isEqualTo("Did you receive order ORD-1001? Please answer by November 25, 2026,"
                + " 10:00 AM UTC");
        assertThat(message.body()).isEqualTo("In dispute DSP-7, the carrier reports order ORD-1001 delivered, but its"
                + " report does not show delivery to the order's shipping address. Please confirm that you received"
                + " it, or say that it has still not arrived, by November 25, 2026, 10:00 AM UTC. If you do not answer"
                + " by then, the payment for the order goes to the seller and you will be found responsible.");
    }

    @Test
    void asksTheSellerForADeliveryReceiptForTheShippingAddress() {
        RenderedMessage message = plain(english(requested(RequestedAction.PRODUCE_DELIVERY_RECEIPT, Party.SELLER,
                null)));

        assertThat(message.subject()).isEqualTo("A delivery receipt for order ORD-1001 is needed by November 25, 2026,"
                + " 10:00 AM UTC");
        assertThat(message.body()).isEqualTo("In dispute DSP-7, the buyer says order ORD-1001 has still not arrived,"
                + " and the carrier did not report it delivered to the order's shipping address. Please add to the"
                + " dispute a delivery receipt showing delivery to the shipping address by November 25, 2026,"
                + " 10:00 AM UTC. Without such a receipt by then (a receipt for another address does not count), you"
                + " will be found responsible.");
    }

    @Test
    void remindsThePartyWhichDeadlineFallsWhenAndWhatToDo() {
        RenderedMessage seller = plain(english(reminder(DeadlineType.SELLER_RESPONSE, Party.SELLER)));
        assertThat(seller.kind()).isEqualTo(MessageKind.DEADLINE_REMINDER);
        assertThat(seller.subject()).isEqualTo("Reminder: please answer the dispute on order ORD-1001 by"
                + " November 25, 2026, 10:00 AM UTC");
        assertThat(seller.body()).isEqualTo("Dispute DSP-7 on order ORD-1001 is still waiting for your answer."
                + " Please answer by November 25, 2026, 10:00 AM UTC: accept, refuse with your evidence, or propose a"
                + " solution. If you do not answer by then, the platform will decide the dispute without your answer"
                + " and you will be found responsible.");

        RenderedMessage pickup = plain(english(reminder(DeadlineType.BUYER_PICKUP, Party.BUYER)));
        assertThat(pickup.subject()).isEqualTo("Reminder: please collect your order ORD-1001 by November 25, 2026,"
                + " 10:00 AM UTC");
        assertThat(pickup.body()).startsWith("In dispute DSP-7, your order ORD-1001 is still waiting for you at the"
                + " pickup point. Please collect it by November 25, 2026, 10:00 AM UTC, or add a pickup certificate");

        RenderedMessage confirmation = plain(english(reminder(DeadlineType.BUYER_CONFIRMATION, Party.BUYER)));
        assertThat(confirmation.subject()).isEqualTo("Reminder: please tell us by November 25, 2026, 10:00 AM UTC"
                + " whether order ORD-1001 arrived");
        assertThat(confirmation.body()).contains("did you receive order ORD-1001?",
                "or say that it has still not arrived, by November 25, 2026, 10:00 AM UTC.");

        RenderedMessage receipt = plain(english(reminder(DeadlineType.DELIVERY_RECEIPT, Party.SELLER)));
        assertThat(receipt.subject()).isEqualTo("Reminder: the delivery receipt for order ORD-1001 is due by"
                + " November 25, 2026, 10:00 AM UTC");
        assertThat(receipt.body()).isEqualTo("In dispute DSP-7, the platform still needs a delivery receipt showing"
                + " order ORD-1001 delivered to its shipping address. Please add it to the dispute by November 25,"
                + " 2026, 10:00 AM UTC; without it, you will be found responsible.");
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

    private RenderedMessage english(RulingEvent event) {
        return shipped.render(announcements.about(event).get(0), Locale.ENGLISH, ZoneOffset.UTC);
    }

    private RenderedMessage english(TrackingEvent event) {
        return shipped.render(announcements.about(event).get(0), Locale.ENGLISH, ZoneOffset.UTC);
    }

    /** The buyer's message, then the seller's. */
    private List<RenderedMessage> englishToBoth(TrackingEvent event) {
        return announcements.about(event).stream()
                .map(notice -> plain(shipped.render(notice, Locale.ENGLISH, ZoneOffset.UTC)))
                .toList();
    }

    /** The JDK writes a narrow no-break space before AM and PM; the tests read it as a space. */
    private static RenderedMessage plain(RenderedMessage message) {
        return new RenderedMessage(message.kind(), message.locale(), spaces(message.subject()), spaces(message.body()));
    }

    private static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static DisputeEvent opened(DisputeStatus status, DisputeCase disputeCase) {
        return new DisputeEvent.DisputeOpened("DSP-7", "ORD-1001", "buyer-17", "seller-3", 0, NOW,
                DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived", new Money("23.90", "USD"), NOW,
                disputeCase, status);
    }

    private static TrackingEvent arrival(PickupPoint point) {
        return new TrackingEvent.TrackingUpdated("ORD-1001", "LP00012345678CN", "generic", "c-1",
                ShipmentStatus.AVAILABLE_FOR_PICKUP, "AVAILABLE_FOR_PICKUP", null, NOW, "Parcel at pickup point", null,
                ShipmentStatus.AVAILABLE_FOR_PICKUP, NOW, NOW, point, null, null, null, "seller-3", "buyer-17");
    }

    private static TrackingEvent delayed(DelayReason reason, Instant lastEventAt) {
        return new TrackingEvent.DelayDetected("ORD-1001", "LP00012345678CN", "generic", "seller-3", "buyer-17",
                reason, Instant.parse("2026-11-18T23:59:59Z"), lastEventAt == null ? null : ShipmentStatus.IN_TRANSIT,
                lastEventAt, NOW);
    }

    private static RulingEvent requested(RequestedAction action, Party party, PickupPoint point) {
        return new RulingEvent.ActionRequested("DSP-7", "ORD-1001", "buyer-17", "seller-3", NOW, "REQ-1", action,
                party, DUE, "DL-2", point, "ce-1");
    }

    private static RulingEvent reminder(DeadlineType type, Party party) {
        return new RulingEvent.ReminderDue("DSP-7", "ORD-1001", "buyer-17", "seller-3", NOW, "DL-2", type, party, DUE);
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
                Map.of("orderId", "ORD-1001", "disputeId", "DSP-7", "dueAt", DUE,
                        "nextStep", new Phrase("disputeOpenedNextStep", "ANSWER")));
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
