package org.disputesuite.ruling.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.decider.Events.NEIGHBOUR;
import static org.disputesuite.ruling.decider.Events.OPENED;
import static org.disputesuite.ruling.decider.Events.ORDER;
import static org.disputesuite.ruling.decider.Events.SHIPPING;
import static org.disputesuite.ruling.decider.Events.deliveredTo;
import static org.disputesuite.ruling.decider.Events.deliveryReceipt;
import static org.disputesuite.ruling.decider.Events.evidence;
import static org.disputesuite.ruling.decider.Events.opened;
import static org.disputesuite.ruling.decider.Events.receiptAnswered;
import static org.disputesuite.ruling.decider.Events.registered;
import static org.disputesuite.ruling.decider.Events.requestRecorded;
import static org.disputesuite.ruling.decider.Events.resolved;
import static org.disputesuite.ruling.decider.Scenario.event;
import static org.disputesuite.ruling.decider.Scenario.timeReaches;

import java.time.Duration;
import java.time.Instant;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.api.RulingEvent.ActionRequested;
import org.disputesuite.ruling.api.RulingEvent.CaseChosen;
import org.disputesuite.ruling.api.RulingEvent.DeadlineCancelled;
import org.disputesuite.ruling.api.RulingEvent.DeadlineExpired;
import org.disputesuite.ruling.api.RulingEvent.DeadlineScheduled;
import org.disputesuite.ruling.api.RulingEvent.ReminderDue;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.ruling.decider.Scenario.Published;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
import org.junit.jupiter.api.Test;

/** docs/policy.md "Inconsistent delivery address": the requests to confirm and for a receipt, and R3. */
class OrderDeciderInconsistentDeliveryTests {

    private static final PolicySettings POLICY = PolicySettings.defaults();
    private static final Instant DELIVERED_AT = OPENED.minus(Duration.ofDays(1));
    private static final Instant CONFIRMATION_DUE = OPENED.plus(Duration.ofDays(5));
    private static final Instant ANSWERED_AT = OPENED.plus(Duration.ofDays(1));
    private static final Instant RECEIPT_DUE = ANSWERED_AT.plus(Duration.ofDays(5));
    /** The shipping address as a carrier's receipt writes it. */
    private static final Address ON_THE_RECEIPT = new Address("A. NUNEZ", "12 rue de la paix", null, "PARIS", null,
            "75002", "fr");

    private final Scenario scenario = new Scenario(POLICY);

    /** A parcel delivered next door, and a dispute opened on it. */
    private Published deliveredNextDoor() {
        scenario.given(event("registered", registered()),
                event("delivered", deliveredTo(DELIVERED_AT, NEIGHBOUR, AddressCheck.MISMATCH, "houseNumber")));
        Published onOpening = scenario.when(event("opened", opened(RequestedSolution.REFUND,
                DisputeCase.INCONSISTENT_DELIVERY, DisputeStatus.AWAITING_BUYER_CONFIRMATION)));
        scenario.given(event("confirmation-asked", requestRecorded(2, onOpening.only(ActionRequested.class))));
        return onOpening;
    }

    /** ... and the buyer said it was still not received; the returned decision is that answer's. */
    private Published stillNotReceived() {
        deliveredNextDoor();
        Published onAnswer = scenario.when(event("not-received", receiptAnswered(3, ANSWERED_AT, false,
                DisputeStatus.AWAITING_BUYER_CONFIRMATION)));
        scenario.given(event("receipt-asked", requestRecorded(4, onAnswer.only(ActionRequested.class))));
        return onAnswer;
    }

    @Test
    void asksTheBuyerToConfirmReceiptWhenOpenedOnADeliveryToAnotherAddress() {
        Published published = deliveredNextDoor();

        assertThat(published.types()).containsExactly("CaseChosen", "ActionRequested", "DeadlineScheduled");
        assertThat(published.only(CaseChosen.class).disputeCase()).isEqualTo(DisputeCase.INCONSISTENT_DELIVERY);
        ActionRequested request = published.only(ActionRequested.class);
        assertThat(request.action()).isEqualTo(RequestedAction.CONFIRM_RECEIPT);
        assertThat(request.party()).isEqualTo(Party.BUYER);
        assertThat(request.dueAt()).isEqualTo(CONFIRMATION_DUE);
        assertThat(request.pickupPoint()).isNull();
        DeadlineScheduled deadline = published.only(DeadlineScheduled.class);
        assertThat(deadline.type()).isEqualTo(DeadlineType.BUYER_CONFIRMATION);
        assertThat(deadline.deadlineId()).isEqualTo(request.deadlineId());
        assertThat(scenario.state(ORDER).dispute().status()).isEqualTo(DisputeStatus.AWAITING_BUYER_CONFIRMATION);
    }

    @Test
    void asksTheBuyerToConfirmReceiptWhenTheDeliveryAddressIsUnknown() {
        scenario.given(event("registered", registered()),
                event("delivered", deliveredTo(DELIVERED_AT, null, AddressCheck.UNKNOWN)));

        Published published = scenario.when(event("opened", opened(RequestedSolution.REFUND)));

        assertThat(published.only(CaseChosen.class).disputeCase()).isEqualTo(DisputeCase.INCONSISTENT_DELIVERY);
        assertThat(published.only(ActionRequested.class).action()).isEqualTo(RequestedAction.CONFIRM_RECEIPT);
    }

    @Test
    void rulesNothingWhenTheBuyerConfirmsReceipt() {
        deliveredNextDoor();

        Published onConfirmation = scenario.when(event("confirmed", receiptAnswered(3, ANSWERED_AT, true,
                DisputeStatus.AWAITING_BUYER_CONFIRMATION)));
        Published onResolution = scenario.when(event("resolved", resolved(4, ANSWERED_AT)));

        assertThat(onConfirmation.types()).containsExactly("DeadlineCancelled");
        assertThat(onConfirmation.only(DeadlineCancelled.class).type()).isEqualTo(DeadlineType.BUYER_CONFIRMATION);
        assertThat(onResolution.events()).isEmpty();
        assertThat(scenario.when(timeReaches(RECEIPT_DUE.plus(Duration.ofDays(30)))).events()).isEmpty();
    }

    @Test
    void remindsTheBuyerAndRulesNoAnswerWhenTheBuyerStaysSilent() {
        deliveredNextDoor();

        Published dayBefore = scenario.when(timeReaches(CONFIRMATION_DUE.minus(Duration.ofDays(1))));
        Published published = scenario.when(timeReaches(CONFIRMATION_DUE));

        assertThat(dayBefore.only(ReminderDue.class).type()).isEqualTo(DeadlineType.BUYER_CONFIRMATION);
        assertThat(published.types()).containsExactly("DeadlineExpired", "RulingIssued");
        RulingIssued ruling = published.only(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R3-NO-ANSWER");
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.basedOnVersion()).isEqualTo(2);
        assertThat(ruling.factEventIds()).containsExactly("opened", "delivered", published.idOf(DeadlineExpired.class));
        assertThat(String.join(" ", ruling.reasons())).contains("MISMATCH", "14 Rue de la Paix", "12 Rue de la Paix",
                "houseNumber", "5 days", CONFIRMATION_DUE.toString());
    }

    @Test
    void asksTheSellerForADeliveryReceiptWhenTheBuyerSaysItWasStillNotReceived() {
        Published published = stillNotReceived();

        assertThat(published.types()).containsExactly("DeadlineCancelled", "ActionRequested", "DeadlineScheduled");
        assertThat(published.only(DeadlineCancelled.class).type()).isEqualTo(DeadlineType.BUYER_CONFIRMATION);
        ActionRequested request = published.only(ActionRequested.class);
        assertThat(request.action()).isEqualTo(RequestedAction.PRODUCE_DELIVERY_RECEIPT);
        assertThat(request.party()).isEqualTo(Party.SELLER);
        assertThat(request.dueAt()).isEqualTo(RECEIPT_DUE);
        assertThat(request.causeEventId()).isEqualTo("not-received");
        DeadlineScheduled deadline = published.only(DeadlineScheduled.class);
        assertThat(deadline.type()).isEqualTo(DeadlineType.DELIVERY_RECEIPT);
        assertThat(deadline.party()).isEqualTo(Party.SELLER);
        DisputeFacts dispute = scenario.state(ORDER).dispute();
        assertThat(dispute.actedOn()).contains(DeadlineType.BUYER_CONFIRMATION);
        assertThat(dispute.status()).isEqualTo(DisputeStatus.AWAITING_DELIVERY_RECEIPT);
        assertThat(scenario.when(timeReaches(CONFIRMATION_DUE.minusSeconds(1))).events())
                .as("the buyer is neither reminded nor ruled silent").isEmpty();
    }

    @Test
    void rulesReceiptAsSoonAsTheSellerFilesOneForTheShippingAddress() {
        stillNotReceived();
        Instant filedAt = ANSWERED_AT.plus(Duration.ofDays(2));

        Published published = scenario.when(event("receipt", evidence(5, filedAt, Party.SELLER,
                deliveryReceipt("rcpt-5", ON_THE_RECEIPT))));

        assertThat(published.types()).containsExactly("RulingIssued");
        RulingIssued ruling = published.only(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R3-RECEIPT");
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.basedOnVersion()).isEqualTo(5);
        assertThat(ruling.factEventIds()).containsExactly("opened", "delivered", "not-received", "receipt");
        assertThat(String.join(" ", ruling.reasons())).contains("rcpt-5", "12 rue de la paix, 75002 PARIS, fr",
                "14 Rue de la Paix", RECEIPT_DUE.toString(), "still not received");
    }

    @Test
    void rulesReceiptAtOnceWhenTheSellerHadFiledOneForTheShippingAddressBeforeBeingAsked() {
        deliveredNextDoor();
        scenario.given(event("early-receipt", evidence(3, OPENED.plus(Duration.ofHours(2)), Party.SELLER,
                deliveryReceipt("rcpt-5", SHIPPING))));

        Published published = scenario.when(event("not-received", receiptAnswered(4, ANSWERED_AT, false,
                DisputeStatus.AWAITING_BUYER_CONFIRMATION)));

        assertThat(published.types()).containsExactly("DeadlineCancelled", "ActionRequested", "DeadlineScheduled",
                "RulingIssued");
        RulingIssued ruling = published.only(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R3-RECEIPT");
        assertThat(ruling.basedOnVersion()).isEqualTo(4);
        assertThat(ruling.factEventIds()).containsExactly("opened", "delivered", "not-received", "early-receipt");
    }

    @Test
    void recordsOnlyTheStatusAndVersionOfARequestTheDisputeRecorded() {
        Published onOpening = deliveredNextDoor();
        DisputeFacts recorded = scenario.state(ORDER).dispute();

        assertThat(recorded.status()).isEqualTo(DisputeStatus.AWAITING_BUYER_CONFIRMATION);
        assertThat(recorded.highestVersion()).isEqualTo(2);
        assertThat(recorded.deadlines()).extracting(deadline -> deadline.deadlineId())
                .containsExactly(onOpening.only(ActionRequested.class).deadlineId());
        assertThat(scenario.when(event("confirmation-asked-again", requestRecorded(3,
                onOpening.only(ActionRequested.class)))).events()).isEmpty();
    }

    @Test
    void rulesNoReceiptWhenTheOnlyReceiptNamesAnotherAddress() {
        stillNotReceived();

        Published onReceipt = scenario.when(event("receipt-elsewhere", evidence(5, ANSWERED_AT.plus(Duration.ofDays(1)),
                Party.SELLER, deliveryReceipt("rcpt-6", NEIGHBOUR))));
        Published dayBefore = scenario.when(timeReaches(RECEIPT_DUE.minus(Duration.ofDays(1))));
        Published atTheDeadline = scenario.when(timeReaches(RECEIPT_DUE));

        assertThat(onReceipt.events()).as("it does not count; the deadline runs on").isEmpty();
        assertThat(dayBefore.events()).as("the seller acted: no reminder").isEmpty();
        assertThat(atTheDeadline.types()).containsExactly("DeadlineExpired", "RulingIssued");
        RulingIssued ruling = atTheDeadline.only(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R3-NO-RECEIPT");
        assertThat(ruling.outcome()).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(ruling.factEventIds()).containsExactly("opened", "delivered", "not-received", "receipt-elsewhere",
                atTheDeadline.idOf(DeadlineExpired.class));
        assertThat(String.join(" ", ruling.reasons())).contains("rcpt-6", "does not match",
                "14 Rue de la Paix, 75002 Paris, FR", "5 days", RECEIPT_DUE.toString());
    }

    @Test
    void rulesNoReceiptWhenTheSellerStaysSilentAfterBeingReminded() {
        stillNotReceived();

        Published dayBefore = scenario.when(timeReaches(RECEIPT_DUE.minus(Duration.ofDays(1))));
        Published atTheDeadline = scenario.when(timeReaches(RECEIPT_DUE));

        ReminderDue reminder = dayBefore.only(ReminderDue.class);
        assertThat(reminder.type()).isEqualTo(DeadlineType.DELIVERY_RECEIPT);
        assertThat(reminder.party()).isEqualTo(Party.SELLER);
        assertThat(atTheDeadline.only(RulingIssued.class).ruleId()).isEqualTo("R3-NO-RECEIPT");
        assertThat(String.join(" ", atTheDeadline.only(RulingIssued.class).reasons()))
                .contains("The seller filed no delivery receipt.");
    }

    @Test
    void movesToTheInconsistentDeliveryCaseWhenAMismatchingAddressIsReportedAfterADelivery() {
        Instant reportedAt = OPENED.plus(Duration.ofDays(1));
        scenario.given(event("registered", registered()),
                event("delivered", deliveredTo(DELIVERED_AT, SHIPPING, AddressCheck.MATCH)),
                event("opened", opened(RequestedSolution.REFUND)));
        assertThat(scenario.state(ORDER).dispute().disputeCase()).isEqualTo(DisputeCase.DELIVERED);

        Published published = scenario.when(event("corrected", deliveredTo(reportedAt, NEIGHBOUR,
                AddressCheck.MISMATCH, "houseNumber")));

        assertThat(published.types()).containsExactly("CaseChosen", "DeadlineCancelled", "ActionRequested",
                "DeadlineScheduled");
        CaseChosen chosen = published.only(CaseChosen.class);
        assertThat(chosen.disputeCase()).isEqualTo(DisputeCase.INCONSISTENT_DELIVERY);
        assertThat(chosen.previousCase()).isEqualTo(DisputeCase.DELIVERED);
        assertThat(published.only(DeadlineCancelled.class).type()).isEqualTo(DeadlineType.SELLER_RESPONSE);
        ActionRequested request = published.only(ActionRequested.class);
        assertThat(request.action()).isEqualTo(RequestedAction.CONFIRM_RECEIPT);
        assertThat(request.dueAt()).as("the window runs from when the tracker received the report")
                .isEqualTo(reportedAt.plus(Duration.ofDays(5)));
        assertThat(request.causeEventId()).isEqualTo("corrected");
    }

    @Test
    void givesTheSellerAFreshWindowWhenTheDeliveryChecksOutAfterAll() {
        deliveredNextDoor();
        Instant matchedAt = OPENED.plus(Duration.ofDays(1));

        Published published = scenario.when(event("matched", deliveredTo(matchedAt, SHIPPING, AddressCheck.MATCH)));

        assertThat(published.types()).containsExactly("CaseChosen", "DeadlineCancelled", "DeadlineScheduled");
        assertThat(published.only(CaseChosen.class).disputeCase()).isEqualTo(DisputeCase.DELIVERED);
        assertThat(published.only(DeadlineCancelled.class).type()).isEqualTo(DeadlineType.BUYER_CONFIRMATION);
        DeadlineScheduled sellerWindow = published.only(DeadlineScheduled.class);
        assertThat(sellerWindow.type()).isEqualTo(DeadlineType.SELLER_RESPONSE);
        assertThat(sellerWindow.dueAt()).isEqualTo(matchedAt.plus(Duration.ofDays(5)));
    }

    @Test
    void decidesOnTheReceiptRequestWhenTheBuyerAnsweredAfterTheConfirmationWindowButBeforeTheRulingTookEffect() {
        deliveredNextDoor();
        RulingIssued noAnswer = scenario.when(timeReaches(CONFIRMATION_DUE)).only(RulingIssued.class);

        Published onLateAnswer = scenario.when(event("not-received", receiptAnswered(3, CONFIRMATION_DUE.plusSeconds(1),
                false, DisputeStatus.AWAITING_BUYER_CONFIRMATION)));
        Published onSuperseded = scenario.when(event("superseded", Events.superseded(noAnswer, 4,
                CONFIRMATION_DUE.plusSeconds(2))));

        assertThat(onLateAnswer.types()).containsExactly("ActionRequested", "DeadlineScheduled");
        assertThat(onSuperseded.events()).as("the buyer answered: not ruled silent, the seller is asked").isEmpty();
        assertThat(scenario.indexed()).extracting(DeadlineEntry::type).containsExactly(DeadlineType.DELIVERY_RECEIPT);
    }
}
