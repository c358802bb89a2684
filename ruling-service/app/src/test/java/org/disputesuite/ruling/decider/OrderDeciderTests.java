package org.disputesuite.ruling.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.decider.Events.OPENED;
import static org.disputesuite.ruling.decider.Events.ORDER;
import static org.disputesuite.ruling.decider.Events.SHIPPING;
import static org.disputesuite.ruling.decider.Events.caseChanged;
import static org.disputesuite.ruling.decider.Events.customerDelay;
import static org.disputesuite.ruling.decider.Events.escalated;
import static org.disputesuite.ruling.decider.Events.evidence;
import static org.disputesuite.ruling.decider.Events.message;
import static org.disputesuite.ruling.decider.Events.opened;
import static org.disputesuite.ruling.decider.Events.proofOfDelivery;
import static org.disputesuite.ruling.decider.Events.proposalAnswered;
import static org.disputesuite.ruling.decider.Events.proposed;
import static org.disputesuite.ruling.decider.Events.receiptAnswered;
import static org.disputesuite.ruling.decider.Events.registered;
import static org.disputesuite.ruling.decider.Events.rejected;
import static org.disputesuite.ruling.decider.Events.resolved;
import static org.disputesuite.ruling.decider.Events.superseded;
import static org.disputesuite.ruling.decider.Events.tracked;
import static org.disputesuite.ruling.decider.Scenario.event;
import static org.disputesuite.ruling.decider.Scenario.timeReaches;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeEvent.CaseChanged;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.api.RulingEvent.ActionRequested;
import org.disputesuite.ruling.api.RulingEvent.CaseChosen;
import org.disputesuite.ruling.api.RulingEvent.DeadlineCancelled;
import org.disputesuite.ruling.api.RulingEvent.DeadlineExpired;
import org.disputesuite.ruling.api.RulingEvent.DeadlineScheduled;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.ruling.decider.Scenario.Published;
import org.disputesuite.ruling.policy.Deadline;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

class OrderDeciderTests {

    private static final PolicySettings POLICY = PolicySettings.defaults();
    private static final Instant IN_TRANSIT_AT = OPENED.minus(Duration.ofDays(3));
    private static final Instant SELLER_DUE = OPENED.plus(Duration.ofDays(5));
    private static final Instant ESCALATION_DUE = OPENED.plus(Duration.ofDays(15));
    private static final Instant DELAY_UNTIL = OPENED.plus(Duration.ofDays(10));

    private final Scenario scenario = new Scenario(POLICY);

    /** A registered shipment in transit, and a dispute opened on it. */
    private Scenario inTransitDispute(RequestedSolution solution) {
        return scenario.given(event("registered", registered()),
                event("in-transit", tracked(ShipmentStatus.IN_TRANSIT, IN_TRANSIT_AT)),
                event("opened", opened(solution)));
    }

    @Test
    void opensInTheCaseOfTheTrackingAndGivesTheSellerTheirWindow() {
        scenario.given(event("registered", registered()),
                event("in-transit", tracked(ShipmentStatus.IN_TRANSIT, IN_TRANSIT_AT)));

        Published published = scenario.when(event("opened", opened(RequestedSolution.REFUND)));

        assertThat(published.types()).containsExactly("CaseChosen", "DeadlineScheduled");
        assertThat(published.only(CaseChosen.class).disputeCase()).isEqualTo(DisputeCase.IN_TRANSIT);
        DeadlineScheduled scheduled = published.only(DeadlineScheduled.class);
        assertThat(scheduled.type()).isEqualTo(DeadlineType.SELLER_RESPONSE);
        assertThat(scheduled.party()).isEqualTo(Party.SELLER);
        assertThat(scheduled.dueAt()).isEqualTo(SELLER_DUE);
        assertThat(scheduled.causeEventId()).isEqualTo("opened");
    }

    @Test
    void rulesSellerSilentWhenTheWindowPasses() {
        inTransitDispute(RequestedSolution.REFUND);
        assertThat(scenario.when(timeReaches(SELLER_DUE.minusMillis(1))).types()).as("only the reminder")
                .containsExactly("ReminderDue");

        Published published = scenario.when(timeReaches(SELLER_DUE));

        assertThat(published.types()).containsExactly("DeadlineExpired", "RulingIssued");
        RulingIssued ruling = published.only(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R1-SELLER-SILENT");
        assertThat(ruling.outcome()).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(ruling.policyVersion()).isEqualTo(POLICY.version());
        assertThat(ruling.basedOnVersion()).isEqualTo(1);
        assertThat(ruling.factEventIds()).containsExactly("opened", "in-transit", published.idOf(DeadlineExpired.class));
        assertThat(String.join(" ", ruling.reasons())).contains("5 days", SELLER_DUE.toString(), "IN_TRANSIT",
                IN_TRANSIT_AT.toString());
    }

    @Test
    void ordersResendWhenTheBuyerAskedForIt() {
        inTransitDispute(RequestedSolution.RESEND);

        RulingIssued ruling = scenario.when(timeReaches(SELLER_DUE)).only(RulingIssued.class);

        assertThat(ruling.outcome()).isEqualTo(Outcome.RESEND);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
    }

    @Test
    void closesTheSellersDeadlineWhenTheSellerAnswersAndStartsTheAutoEscalationClock() {
        inTransitDispute(RequestedSolution.REFUND);

        Published published = scenario.when(event("proposed", proposed(2, OPENED.plus(Duration.ofDays(1)))));

        assertThat(published.types()).containsExactly("DeadlineCancelled", "DeadlineScheduled");
        DeadlineCancelled cancelled = published.only(DeadlineCancelled.class);
        assertThat(cancelled.type()).isEqualTo(DeadlineType.SELLER_RESPONSE);
        assertThat(cancelled.reason()).isEqualTo("the seller answered");
        DeadlineScheduled escalation = published.only(DeadlineScheduled.class);
        assertThat(escalation.type()).isEqualTo(DeadlineType.AUTO_ESCALATION);
        assertThat(escalation.party()).isEqualTo(Party.PLATFORM);
        assertThat(escalation.dueAt()).isEqualTo(ESCALATION_DUE);
        assertThat(escalation.causeEventId()).isEqualTo("proposed");
        assertThat(scenario.when(timeReaches(SELLER_DUE)).events()).isEmpty();
    }

    @Test
    void issuesNoSecondRulingWhenTheSellerAnsweredJustAsTheWindowClosed() {
        inTransitDispute(RequestedSolution.REFUND);
        RulingIssued silent = scenario.when(timeReaches(SELLER_DUE)).only(RulingIssued.class);
        assertThat(silent.ruleId()).isEqualTo("R1-SELLER-SILENT");

        Published onAnswer = scenario.when(event("proposed", proposed(2, SELLER_DUE.minusMillis(1))));
        Published onSuperseded = scenario.when(event("superseded", superseded(silent, 3, SELLER_DUE.plusSeconds(1))));

        assertThat(onAnswer.types()).containsExactly("DeadlineScheduled");
        assertThat(onAnswer.only(DeadlineScheduled.class).type()).isEqualTo(DeadlineType.AUTO_ESCALATION);
        assertThat(onSuperseded.events()).isEmpty();
        Deadline sellerResponse = scenario.state(ORDER).dispute().deadlines().get(0);
        assertThat(sellerResponse.type()).isEqualTo(DeadlineType.SELLER_RESPONSE);
        assertThat(sellerResponse.expired()).isTrue();
        assertThat(sellerResponse.acted()).isTrue();
    }

    @Test
    void decidesAgainWhenARulingIsSupersededAndTheSellerStayedSilent() {
        inTransitDispute(RequestedSolution.REFUND);
        RulingIssued first = scenario.when(timeReaches(SELLER_DUE)).only(RulingIssued.class);
        scenario.given(event("message", message(2, SELLER_DUE)));

        RulingIssued second = scenario.when(event("superseded", superseded(first, 3, SELLER_DUE.plusSeconds(1))))
                .only(RulingIssued.class);

        assertThat(second.ruleId()).isEqualTo("R1-SELLER-SILENT");
        assertThat(second.rulingId()).isNotEqualTo(first.rulingId());
        assertThat(second.basedOnVersion()).isEqualTo(3);
        assertThat(second.factEventIds()).contains("superseded").containsAll(first.factEventIds());
    }

    @Test
    void letsTheAutoEscalationDeadlineOnlyExpire() {
        inTransitDispute(RequestedSolution.REFUND)
                .given(event("proposed", proposed(2, OPENED.plus(Duration.ofDays(1)))));

        Published published = scenario.when(timeReaches(ESCALATION_DUE));

        assertThat(published.types()).containsExactly("DeadlineExpired");
        assertThat(published.only(DeadlineExpired.class).type()).isEqualTo(DeadlineType.AUTO_ESCALATION);
        assertThat(published.only(DeadlineExpired.class).dueAt()).isEqualTo(ESCALATION_DUE);
    }

    @Test
    void rulesUnprovenWhenThePlatformEscalatesANegotiationInTransit() {
        inTransitDispute(RequestedSolution.REFUND).given(
                event("proposed", proposed(2, OPENED.plus(Duration.ofDays(1)))),
                timeReaches(ESCALATION_DUE));

        Published published = scenario.when(event("escalated", escalated(3, ESCALATION_DUE.plusSeconds(2),
                Party.PLATFORM)));

        assertThat(published.types()).containsExactly("RulingIssued");
        RulingIssued ruling = published.only(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R1-UNPROVEN");
        assertThat(ruling.outcome()).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(ruling.basedOnVersion()).isEqualTo(3);
        assertThat(ruling.factEventIds()).containsExactly("opened", "in-transit", "escalated");
        assertThat(ruling.reasons().get(0)).startsWith("The platform took the dispute into review at "
                + ESCALATION_DUE.plusSeconds(2));
    }

    @Test
    void rulesDeliveredWhenThePlatformEscalatesANegotiationOnADeliveredParcel() {
        Instant deliveredAt = OPENED.minus(Duration.ofDays(1));
        scenario.given(event("registered", registered()),
                event("delivered", tracked(ShipmentStatus.DELIVERED, deliveredAt)),
                event("opened", opened(RequestedSolution.REFUND)),
                event("proposed", proposed(2, OPENED.plus(Duration.ofDays(1)))),
                timeReaches(ESCALATION_DUE));

        RulingIssued ruling = scenario.when(event("escalated", escalated(3, ESCALATION_DUE, Party.PLATFORM)))
                .only(RulingIssued.class);

        assertThat(ruling.ruleId()).isEqualTo("R4-DELIVERED");
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.factEventIds()).containsExactly("opened", "delivered", "escalated");
    }

    @Test
    void cancelsTheAutoEscalationWhenAPartyEscalatesAndRulesAtOnce() {
        inTransitDispute(RequestedSolution.REFUND)
                .given(event("proposed", proposed(2, OPENED.plus(Duration.ofDays(1)))));

        Published published = scenario.when(event("escalated", escalated(3, OPENED.plus(Duration.ofDays(2)),
                Party.BUYER)));

        assertThat(published.types()).containsExactly("DeadlineCancelled", "RulingIssued");
        assertThat(published.only(DeadlineCancelled.class).type()).isEqualTo(DeadlineType.AUTO_ESCALATION);
        assertThat(published.only(RulingIssued.class).ruleId()).isEqualTo("R1-UNPROVEN");
        assertThat(scenario.when(timeReaches(ESCALATION_DUE)).events()).isEmpty();
    }

    @Test
    void cancelsTheAutoEscalationWhenTheDisputeIsNoLongerNegotiating() {
        inTransitDispute(RequestedSolution.REFUND)
                .given(event("proposed", proposed(2, OPENED.plus(Duration.ofDays(1)))));
        Instant answeredAt = OPENED.plus(Duration.ofDays(2));

        assertThat(scenario.when(event("refused", proposalAnswered(3, answeredAt, false, DisputeStatus.NEGOTIATING)))
                .events()).isEmpty();
        Published accepted = scenario.when(event("accepted", proposalAnswered(4, answeredAt, true,
                DisputeStatus.RESOLVED)));

        assertThat(accepted.types()).containsExactly("DeadlineCancelled");
        assertThat(accepted.only(DeadlineCancelled.class).reason()).isEqualTo("the dispute is no longer negotiating");
        assertThat(scenario.state(ORDER).dispute().highestVersion()).isEqualTo(4);
    }

    @Test
    void waitsForACustomerDelayUntilTheTimeTheBuyerAskedFor() {
        inTransitDispute(RequestedSolution.REFUND).given(event("delay", evidence(2, OPENED.plus(Duration.ofDays(1)),
                Party.SELLER, customerDelay("voucher-7", DELAY_UNTIL))));

        Published published = scenario.when(event("rejected", rejected(3, OPENED.plus(Duration.ofDays(1)),
                DisputeStatus.WAITING_CUSTOMER_DELAY)));

        assertThat(published.types()).containsExactly("DeadlineCancelled", "DeadlineScheduled");
        DeadlineScheduled wait = published.only(DeadlineScheduled.class);
        assertThat(wait.type()).isEqualTo(DeadlineType.CUSTOMER_DELAY);
        assertThat(wait.party()).isEqualTo(Party.PLATFORM);
        assertThat(wait.dueAt()).isEqualTo(DELAY_UNTIL);
    }

    @Test
    void waitsForACustomerDelayNoLongerThanTheLongestWait() {
        inTransitDispute(RequestedSolution.REFUND).given(event("delay", evidence(2, OPENED.plus(Duration.ofDays(1)),
                Party.SELLER, customerDelay("voucher-7", OPENED.plus(Duration.ofDays(45))))));

        DeadlineScheduled wait = scenario.when(event("rejected", rejected(3, OPENED.plus(Duration.ofDays(1)),
                DisputeStatus.WAITING_CUSTOMER_DELAY))).only(DeadlineScheduled.class);

        assertThat(wait.dueAt()).isEqualTo(OPENED.plus(Duration.ofDays(30)));
    }

    /** A dispute in transit whose seller showed a customer-caused delay until {@link #DELAY_UNTIL}. */
    private Scenario waitingForCustomerDelay() {
        Instant answeredAt = OPENED.plus(Duration.ofDays(1));
        return inTransitDispute(RequestedSolution.REFUND).given(
                event("delay", evidence(2, answeredAt, Party.SELLER, customerDelay("voucher-7", DELAY_UNTIL))),
                event("rejected", rejected(3, answeredAt, DisputeStatus.WAITING_CUSTOMER_DELAY)));
    }

    @Test
    void keepsTheCaseWhileWaitingForACustomerDelay() {
        waitingForCustomerDelay();

        assertThat(scenario.when(event("delivered", tracked(ShipmentStatus.DELIVERED, OPENED.plus(Duration.ofDays(8)))))
                .events()).isEmpty();
        assertThat(scenario.state(ORDER).dispute().disputeCase()).isEqualTo(DisputeCase.IN_TRANSIT);
    }

    @Test
    void releasesToSellerWhenDeliveredByTheEndOfTheCustomerDelay() {
        waitingForCustomerDelay()
                .given(event("delivered", tracked(ShipmentStatus.DELIVERED, OPENED.plus(Duration.ofDays(8)))));

        Published atTheEnd = scenario.when(timeReaches(DELAY_UNTIL));

        assertThat(atTheEnd.types()).as("the new case first, the ruling once the dispute recorded it")
                .containsExactly("DeadlineExpired", "CaseChosen");
        CaseChosen chosen = atTheEnd.only(CaseChosen.class);
        assertThat(chosen.disputeCase()).isEqualTo(DisputeCase.DELIVERED);
        assertThat(chosen.previousCase()).isEqualTo(DisputeCase.IN_TRANSIT);
        assertThat(chosen.causeEventId()).isEqualTo(atTheEnd.idOf(DeadlineExpired.class));

        Published recorded = scenario.when(event("case-delivered", caseChanged(4, DELAY_UNTIL, DisputeCase.DELIVERED,
                DisputeCase.IN_TRANSIT, DisputeStatus.WAITING_CUSTOMER_DELAY)));

        RulingIssued ruling = recorded.only(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R1-CUSTOMER-DELAY");
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.basedOnVersion()).as("the version that recorded the new case").isEqualTo(4);
        assertThat(ruling.factEventIds()).containsExactly("opened", "delivered", "delay",
                atTheEnd.idOf(DeadlineExpired.class));
        assertThat(String.join(" ", ruling.reasons())).contains("voucher-7", DELAY_UNTIL.toString());
    }

    @Test
    void rulesAgainstSellerWhenStillInTransitAtTheEndOfTheCustomerDelay() {
        waitingForCustomerDelay();

        Published published = scenario.when(timeReaches(DELAY_UNTIL));

        assertThat(published.types()).containsExactly("DeadlineExpired", "RulingIssued");
        RulingIssued ruling = published.only(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R1-CUSTOMER-DELAY");
        assertThat(ruling.outcome()).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
    }

    @Test
    void movesToThePickupCaseWithoutRulingWhenTheParcelWaitsAtAPickupPointAtTheEndOfTheCustomerDelay() {
        Instant arrivedAt = OPENED.plus(Duration.ofDays(9));
        waitingForCustomerDelay().given(event("at-pickup-point",
                tracked(ShipmentStatus.AVAILABLE_FOR_PICKUP, arrivedAt)));

        Published published = scenario.when(timeReaches(DELAY_UNTIL));

        assertThat(published.types()).containsExactly("DeadlineExpired", "CaseChosen", "ActionRequested",
                "DeadlineScheduled");
        assertThat(published.only(CaseChosen.class).disputeCase()).isEqualTo(DisputeCase.PICKUP);
        assertThat(published.only(ActionRequested.class).dueAt()).as("the carrier gave no collect-by time")
                .isEqualTo(arrivedAt.plus(POLICY.pickupWindow()));
        assertThat(scenario.state(ORDER).dispute().deadlines()).extracting(Deadline::type)
                .containsExactly(DeadlineType.BUYER_PICKUP);
    }

    @Test
    void releasesToSellerOnAProofOfDeliveryToTheShippingAddress() {
        Instant answeredAt = OPENED.plus(Duration.ofDays(1));
        Address asWritten = new Address("A. Nunez", "12 RUE DE LA PAIX", null, "PARIS", null, "75002", "FR");
        inTransitDispute(RequestedSolution.REFUND).given(
                event("proof", evidence(2, answeredAt, Party.SELLER, proofOfDelivery("pod-42", asWritten))),
                event("rejected", rejected(3, answeredAt, DisputeStatus.NEGOTIATING)));

        Published published = scenario.when(event("escalated", escalated(4, answeredAt.plus(Duration.ofDays(1)),
                Party.BUYER)));

        RulingIssued ruling = published.only(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R1-PROOF-OF-DELIVERY");
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.factEventIds()).containsExactly("opened", "in-transit", "proof", "escalated");
        assertThat(String.join(" ", ruling.reasons())).contains("pod-42", "buyer escalated");
    }

    @Test
    void rulesUnprovenWhenTheProofOfDeliveryNamesAnotherAddress() {
        Instant answeredAt = OPENED.plus(Duration.ofDays(1));
        Address elsewhere = new Address("Ana", "3 Avenue Foch", null, "Paris", null, "75016", "FR");
        inTransitDispute(RequestedSolution.REFUND).given(
                event("proof", evidence(2, answeredAt, Party.SELLER, proofOfDelivery("pod-42", elsewhere))),
                event("rejected", rejected(3, answeredAt, DisputeStatus.NEGOTIATING)));

        RulingIssued ruling = scenario.when(event("escalated", escalated(4, answeredAt.plus(Duration.ofDays(1)),
                Party.SELLER))).only(RulingIssued.class);

        assertThat(ruling.ruleId()).isEqualTo("R1-UNPROVEN");
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(String.join(" ", ruling.reasons())).contains("pod-42", "does not match");
    }

    @Test
    void remembersEvidenceWithTheEventItCameIn() {
        inTransitDispute(RequestedSolution.REFUND);

        scenario.when(event("proof", evidence(2, OPENED, Party.SELLER, proofOfDelivery("pod-42", SHIPPING))));

        assertThat(scenario.state(ORDER).dispute().evidence()).singleElement().satisfies(filed -> {
            assertThat(filed.documentRef()).isEqualTo("pod-42");
            assertThat(filed.party()).isEqualTo(Party.SELLER);
            assertThat(filed.address()).isEqualTo(SHIPPING);
            assertThat(filed.eventId()).isEqualTo("proof");
        });
    }

    @Test
    void countsMessagesOnlyTowardsTheVersion() {
        inTransitDispute(RequestedSolution.REFUND);
        DisputeFacts before = scenario.state(ORDER).dispute();

        assertThat(scenario.when(event("message", message(5, OPENED))).events()).isEmpty();

        assertThat(scenario.state(ORDER).dispute()).isEqualTo(before.seen(5));
    }

    @Test
    void opensAFreshSellerWindowWhenTheDisputeComesBackBeforeTheSellerAnswered() {
        inTransitDispute(RequestedSolution.REFUND).given(
                event("at-pickup-point", tracked(ShipmentStatus.AVAILABLE_FOR_PICKUP, OPENED.plus(Duration.ofDays(1)))));
        Instant movedOnAt = OPENED.plus(Duration.ofDays(2));

        Published published = scenario.when(event("moved-on", tracked(ShipmentStatus.IN_TRANSIT, movedOnAt)));

        assertThat(published.types()).containsExactly("CaseChosen", "DeadlineCancelled", "DeadlineScheduled");
        assertThat(published.only(DeadlineCancelled.class).type()).isEqualTo(DeadlineType.BUYER_PICKUP);
        assertThat(published.only(DeadlineScheduled.class).dueAt()).isEqualTo(movedOnAt.plus(Duration.ofDays(5)));
    }

    @Test
    void opensNoSellerWindowForASellerWhoAnswered() {
        inTransitDispute(RequestedSolution.REFUND).given(
                event("proposed", proposed(2, OPENED.plus(Duration.ofDays(1)))),
                event("at-pickup-point", tracked(ShipmentStatus.AVAILABLE_FOR_PICKUP, OPENED.plus(Duration.ofDays(1)))));

        Published published = scenario.when(event("moved-on", tracked(ShipmentStatus.IN_TRANSIT,
                OPENED.plus(Duration.ofDays(2)))));

        assertThat(published.types()).containsExactly("CaseChosen", "DeadlineCancelled");
        assertThat(published.only(DeadlineCancelled.class).type()).isEqualTo(DeadlineType.BUYER_PICKUP);
    }

    @Test
    void standsTheAutoEscalationDeadlineAgainWhenANegotiationComesBackFromThePickupCase() {
        Instant atPointAt = OPENED.plus(Duration.ofDays(2));
        Instant backAt = OPENED.plus(Duration.ofDays(3));
        inTransitDispute(RequestedSolution.REFUND)
                .given(event("proposed", proposed(2, OPENED.plus(Duration.ofDays(1)))));
        Published toPickup = scenario.when(event("at-pickup-point",
                tracked(ShipmentStatus.AVAILABLE_FOR_PICKUP, atPointAt)));
        scenario.given(event("to-pickup", caseChanged(3, atPointAt, DisputeCase.PICKUP, DisputeCase.IN_TRANSIT,
                        DisputeStatus.AWAITING_BUYER_PICKUP)),
                event("moved-on", tracked(ShipmentStatus.IN_TRANSIT, backAt)));

        Published negotiatingAgain = scenario.when(event("back", caseChanged(4, backAt, DisputeCase.IN_TRANSIT,
                DisputeCase.PICKUP, DisputeStatus.NEGOTIATING)));

        assertThat(toPickup.types()).containsExactly("CaseChosen", "DeadlineCancelled", "ActionRequested",
                "DeadlineScheduled");
        assertThat(toPickup.only(DeadlineCancelled.class).reason()).isEqualTo("the dispute moved to the PICKUP case");
        DeadlineScheduled escalation = negotiatingAgain.only(DeadlineScheduled.class);
        assertThat(escalation.type()).isEqualTo(DeadlineType.AUTO_ESCALATION);
        assertThat(escalation.dueAt()).isEqualTo(ESCALATION_DUE);
        assertThat(escalation.causeEventType()).isEqualTo(CaseChanged.TYPE);
    }

    @Test
    void cancelsEveryOpenDeadlineWhenResolved() {
        inTransitDispute(RequestedSolution.REFUND)
                .given(event("proposed", proposed(2, OPENED.plus(Duration.ofDays(1)))));

        Published published = scenario.when(event("resolved", resolved(3, OPENED.plus(Duration.ofDays(2)))));

        assertThat(published.only(DeadlineCancelled.class).reason()).isEqualTo("the dispute was resolved");
        assertThat(scenario.indexed()).isEmpty();
        assertThat(scenario.when(timeReaches(ESCALATION_DUE)).events()).isEmpty();
    }

    @Test
    void closesTheConfirmationDeadlineOnABuyersAnswerAboutReceipt() {
        Deadline confirmation = Deadline.scheduled("confirm-1", DeadlineType.BUYER_CONFIRMATION,
                OPENED.plus(Duration.ofDays(5)));
        OrderState state = OrderState.empty().withDispute(dispute(DisputeStatus.AWAITING_BUYER_CONFIRMATION,
                List.of(confirmation)));

        Decision decision = new OrderDecider(POLICY).onDisputeEvent(ORDER, state, "receipt",
                receiptAnswered(2, OPENED.plus(Duration.ofDays(1)), true, DisputeStatus.AWAITING_BUYER_CONFIRMATION),
                OPENED.plus(Duration.ofDays(1)));

        DisputeFacts dispute = decision.state().dispute();
        assertThat(dispute.deadlines()).isEmpty();
        assertThat(dispute.actedOn()).containsExactly(DeadlineType.BUYER_CONFIRMATION);
        assertThat(decision.events()).extracting(Decision.Outgoing::event).singleElement()
                .isInstanceOfSatisfying(DeadlineCancelled.class, cancelled -> {
                    assertThat(cancelled.deadlineId()).isEqualTo("confirm-1");
                    assertThat(cancelled.reason()).isEqualTo("the buyer answered about receipt");
                });
        assertThat(decision.unindexed()).extracting(DeadlineEntry::deadlineId).containsExactly("confirm-1");
    }

    @Test
    void rulesOnDueDeadlineWhoseDueTimeLiesLaterInTheSameMillisecond() {
        Instant now = Instant.parse("2026-11-26T10:00:00.123Z");
        Deadline deadline = Deadline.scheduled("deadline-1", DeadlineType.SELLER_RESPONSE, now.plusNanos(999_999));
        OrderState state = OrderState.empty().withDispute(dispute(DisputeStatus.AWAITING_SELLER_RESPONSE,
                List.of(deadline)));

        Decision decision = new OrderDecider(POLICY).onDeadlineDue(state, DeadlineEntry.of(ORDER, "D-1", deadline),
                now);

        assertThat(decision.events()).extracting(outgoing -> outgoing.event().getClass().getSimpleName())
                .containsExactly("DeadlineExpired", "RulingIssued");
        assertThat(decision.events().get(1).event().occurredAt()).isEqualTo(now);
        assertThat(decision.unindexed()).extracting(DeadlineEntry::deadlineId).containsExactly("deadline-1");
        assertThat(decision.state().dispute().pendingRulingId()).isNotNull();
    }

    private static DisputeFacts dispute(DisputeStatus status, List<Deadline> deadlines) {
        return DisputeFacts.builder()
                .disputeId("D-1")
                .buyerId("buyer-1")
                .sellerId("seller-1")
                .requestedSolution(RequestedSolution.REFUND)
                .openedAt(OPENED)
                .openedEventId("opened-1")
                .status(status)
                .highestVersion(1)
                .disputeCase(DisputeCase.IN_TRANSIT)
                .deadlines(deadlines)
                .build();
    }
}
