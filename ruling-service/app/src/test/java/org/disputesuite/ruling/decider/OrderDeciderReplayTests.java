package org.disputesuite.ruling.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.decider.Events.NEIGHBOUR;
import static org.disputesuite.ruling.decider.Events.OPENED;
import static org.disputesuite.ruling.decider.Events.SHIPPING;
import static org.disputesuite.ruling.decider.Events.atPickupPoint;
import static org.disputesuite.ruling.decider.Events.caseChanged;
import static org.disputesuite.ruling.decider.Events.customerDelay;
import static org.disputesuite.ruling.decider.Events.deliveredTo;
import static org.disputesuite.ruling.decider.Events.deliveryReceipt;
import static org.disputesuite.ruling.decider.Events.escalated;
import static org.disputesuite.ruling.decider.Events.evidence;
import static org.disputesuite.ruling.decider.Events.message;
import static org.disputesuite.ruling.decider.Events.opened;
import static org.disputesuite.ruling.decider.Events.pickupCertificate;
import static org.disputesuite.ruling.decider.Events.proofOfDelivery;
import static org.disputesuite.ruling.decider.Events.proposed;
import static org.disputesuite.ruling.decider.Events.receiptAnswered;
import static org.disputesuite.ruling.decider.Events.registered;
import static org.disputesuite.ruling.decider.Events.rejected;
import static org.disputesuite.ruling.decider.Events.tracked;
import static org.disputesuite.ruling.decider.Scenario.event;
import static org.disputesuite.ruling.decider.Scenario.timeReaches;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.api.RulingEvent.ActionRequested;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

/** docs/policy.md "What every ruling carries": the same events under the same policy give the same rulings. */
class OrderDeciderReplayTests {

    private static final PolicySettings POLICY = PolicySettings.defaults();

    @Test
    void givesTheSameDecisionsWhenTheSameInputsAreReplayed() {
        List<Scenario.Input> recorded = recordedStory();

        List<Decision.Outgoing> first = replay(recorded);
        List<Decision.Outgoing> second = replay(recorded);

        assertThat(second).isEqualTo(first);
        assertThat(first).extracting(outgoing -> outgoing.event().getClass().getSimpleName())
                .contains("CaseChosen", "DeadlineScheduled", "DeadlineCancelled", "DeadlineExpired", "RulingIssued");
        assertThat(first).extracting(Decision.Outgoing::event).filteredOn(RulingIssued.class::isInstance)
                .extracting(event -> ((RulingIssued) event).ruleId()).containsExactly("R1-CUSTOMER-DELAY");
    }

    @Test
    void givesTheSameRulingUnderReviewWhenReplayed() {
        Instant answeredAt = OPENED.plus(Duration.ofDays(1));
        List<Scenario.Input> recorded = List.of(
                event("registered", registered()),
                event("in-transit", tracked(ShipmentStatus.IN_TRANSIT, OPENED.minus(Duration.ofDays(2)))),
                event("opened", opened(RequestedSolution.RESEND)),
                event("proof", evidence(2, answeredAt, Party.SELLER, proofOfDelivery("pod-42", SHIPPING))),
                event("proposed", proposed(3, answeredAt)),
                event("message", message(4, answeredAt.plusSeconds(60))),
                timeReaches(OPENED.plus(Duration.ofDays(15))),
                event("escalated", escalated(5, OPENED.plus(Duration.ofDays(15)), Party.PLATFORM)));

        List<Decision.Outgoing> first = replay(recorded);

        assertThat(replay(recorded)).isEqualTo(first);
        assertThat(first).extracting(Decision.Outgoing::event).filteredOn(RulingIssued.class::isInstance)
                .extracting(event -> ((RulingIssued) event).ruleId()).containsExactly("R1-PROOF-OF-DELIVERY");
    }

    @Test
    void givesTheSameRequestsRemindersAndRulingsInThePickupCaseWhenReplayed() {
        Instant collectBy = OPENED.plus(Duration.ofDays(8));
        List<Scenario.Input> recorded = List.of(
                event("registered", registered()),
                event("in-transit", tracked(ShipmentStatus.IN_TRANSIT, OPENED.minus(Duration.ofDays(2)))),
                event("opened", opened(RequestedSolution.REFUND)),
                event("at-pickup-point", atPickupPoint(OPENED.plus(Duration.ofDays(1)), collectBy)),
                event("to-pickup", caseChanged(2, OPENED.plus(Duration.ofDays(1)), DisputeCase.PICKUP,
                        DisputeCase.IN_TRANSIT, DisputeStatus.AWAITING_BUYER_PICKUP)),
                timeReaches(collectBy.minus(Duration.ofHours(12))),
                event("late-certificate", evidence(3, collectBy.plusSeconds(5), Party.BUYER,
                        pickupCertificate("cert-9"))),
                timeReaches(collectBy.plusSeconds(5)));

        List<Decision.Outgoing> first = replay(recorded);

        assertThat(replay(recorded)).isEqualTo(first);
        assertThat(first).extracting(outgoing -> outgoing.event().getClass().getSimpleName())
                .containsExactly("CaseChosen", "DeadlineScheduled", "CaseChosen", "DeadlineCancelled",
                        "ActionRequested", "DeadlineScheduled", "ReminderDue", "DeadlineExpired", "RulingIssued");
        assertThat(first).extracting(Decision.Outgoing::event).filteredOn(RulingIssued.class::isInstance)
                .extracting(event -> ((RulingIssued) event).ruleId()).containsExactly("R2-NOT-COLLECTED");
    }

    @Test
    void givesTheSameRequestsAndRulingsForAnInconsistentDeliveryWhenReplayed() {
        Instant answeredAt = OPENED.plus(Duration.ofDays(1));
        List<Scenario.Input> recorded = List.of(
                event("registered", registered()),
                event("delivered", deliveredTo(OPENED.minus(Duration.ofDays(1)), NEIGHBOUR, AddressCheck.MISMATCH,
                        "houseNumber")),
                event("opened", opened(RequestedSolution.RESEND, DisputeCase.INCONSISTENT_DELIVERY,
                        DisputeStatus.AWAITING_BUYER_CONFIRMATION)),
                event("not-received", receiptAnswered(2, answeredAt, false,
                        DisputeStatus.AWAITING_BUYER_CONFIRMATION)),
                event("receipt-elsewhere", evidence(3, answeredAt.plus(Duration.ofDays(1)), Party.SELLER,
                        deliveryReceipt("rcpt-6", NEIGHBOUR))),
                timeReaches(answeredAt.plus(Duration.ofDays(5))));

        List<Decision.Outgoing> first = replay(recorded);

        assertThat(replay(recorded)).isEqualTo(first);
        assertThat(first).extracting(Decision.Outgoing::event).filteredOn(ActionRequested.class::isInstance)
                .extracting(event -> ((ActionRequested) event).action())
                .containsExactly(RequestedAction.CONFIRM_RECEIPT, RequestedAction.PRODUCE_DELIVERY_RECEIPT);
        assertThat(first).extracting(Decision.Outgoing::event).filteredOn(RulingIssued.class::isInstance)
                .extracting(event -> ((RulingIssued) event).ruleId()).containsExactly("R3-NO-RECEIPT");
    }

    /** A dispute whose seller showed a customer-caused delay, while the parcel moved on and was delivered. */
    private static List<Scenario.Input> recordedStory() {
        Instant answeredAt = OPENED.plus(Duration.ofDays(2));
        Instant delayUntil = OPENED.plus(Duration.ofDays(12));
        return List.of(
                event("registered", registered()),
                event("in-transit", tracked(ShipmentStatus.IN_TRANSIT, OPENED.minus(Duration.ofDays(4)))),
                event("opened", opened(RequestedSolution.REFUND)),
                event("message", message(2, OPENED.plus(Duration.ofDays(1)))),
                event("delay", evidence(3, answeredAt, Party.SELLER, customerDelay("voucher-7", delayUntil))),
                event("rejected", rejected(4, answeredAt, DisputeStatus.WAITING_CUSTOMER_DELAY)),
                timeReaches(OPENED.plus(Duration.ofDays(6))),
                event("out-for-delivery", tracked(ShipmentStatus.OUT_FOR_DELIVERY, OPENED.plus(Duration.ofDays(9)))),
                event("delivered", tracked(ShipmentStatus.DELIVERED, OPENED.plus(Duration.ofDays(10)))),
                timeReaches(delayUntil.plusSeconds(1)),
                event("case-delivered", caseChanged(5, delayUntil.plusSeconds(1), DisputeCase.DELIVERED,
                        DisputeCase.IN_TRANSIT, DisputeStatus.WAITING_CUSTOMER_DELAY)));
    }

    private static List<Decision.Outgoing> replay(List<Scenario.Input> inputs) {
        Scenario fresh = new Scenario(POLICY);
        List<Decision.Outgoing> published = new ArrayList<>();
        inputs.forEach(input -> published.addAll(fresh.when(input).outgoing()));
        return published;
    }
}
