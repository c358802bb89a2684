package org.disputesuite.ruling.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.decider.Events.OPENED;
import static org.disputesuite.ruling.decider.Events.ORDER;
import static org.disputesuite.ruling.decider.Events.atPickupPoint;
import static org.disputesuite.ruling.decider.Events.collected;
import static org.disputesuite.ruling.decider.Events.evidence;
import static org.disputesuite.ruling.decider.Events.opened;
import static org.disputesuite.ruling.decider.Events.pickupCertificate;
import static org.disputesuite.ruling.decider.Events.pickupPoint;
import static org.disputesuite.ruling.decider.Events.registered;
import static org.disputesuite.ruling.decider.Events.requestRecorded;
import static org.disputesuite.ruling.decider.Events.tracked;
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
import org.disputesuite.ruling.policy.Deadline;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

/** docs/policy.md "Arrived for collection (pickup point)": the request to collect and R2, given / when / then. */
class OrderDeciderPickupTests {

    private static final PolicySettings POLICY = PolicySettings.defaults();
    private static final Instant ARRIVED_AT = OPENED.minus(Duration.ofDays(1));
    /** The carrier's collect-by time: six days after the dispute was opened. */
    private static final Instant COLLECT_BY = OPENED.plus(Duration.ofDays(6));

    private final Scenario scenario = new Scenario(POLICY);

    /** A parcel waiting at the pickup point, a dispute opened on it, and the request recorded on the dispute. */
    private Published pickupDispute() {
        scenario.given(event("registered", registered()),
                event("at-pickup-point", atPickupPoint(ARRIVED_AT, COLLECT_BY)));
        Published onOpening = scenario.when(event("opened", opened(RequestedSolution.REFUND, DisputeCase.PICKUP,
                DisputeStatus.AWAITING_BUYER_PICKUP)));
        scenario.given(event("request-recorded", requestRecorded(2, onOpening.only(ActionRequested.class))));
        return onOpening;
    }

    @Test
    void asksTheBuyerToCollectByTheCarriersTimeWhenOpenedOnAParcelAtAPickupPoint() {
        Published published = pickupDispute();

        assertThat(published.types()).containsExactly("CaseChosen", "ActionRequested", "DeadlineScheduled");
        assertThat(published.only(CaseChosen.class).disputeCase()).isEqualTo(DisputeCase.PICKUP);
        ActionRequested request = published.only(ActionRequested.class);
        DeadlineScheduled deadline = published.only(DeadlineScheduled.class);
        assertThat(request.action()).isEqualTo(RequestedAction.COLLECT_PARCEL);
        assertThat(request.party()).isEqualTo(Party.BUYER);
        assertThat(request.dueAt()).isEqualTo(COLLECT_BY);
        assertThat(request.pickupPoint()).isEqualTo(pickupPoint(COLLECT_BY));
        assertThat(request.deadlineId()).isEqualTo(deadline.deadlineId());
        assertThat(request.causeEventId()).isEqualTo("opened");
        assertThat(request.occurredAt()).isEqualTo(OPENED);
        assertThat(deadline.type()).isEqualTo(DeadlineType.BUYER_PICKUP);
        assertThat(deadline.party()).isEqualTo(Party.BUYER);
        assertThat(deadline.dueAt()).isEqualTo(COLLECT_BY);
        assertThat(scenario.state(ORDER).dispute().status()).isEqualTo(DisputeStatus.AWAITING_BUYER_PICKUP);
        assertThat(scenario.state(ORDER).dispute().highestVersion()).isEqualTo(2);
    }

    @Test
    void asksTheBuyerToCollectWithinThePickupWindowWhenTheCarrierGaveNoTime() {
        scenario.given(event("registered", registered()),
                event("at-pickup-point", tracked(ShipmentStatus.AVAILABLE_FOR_PICKUP, ARRIVED_AT)));

        Published published = scenario.when(event("opened", opened(RequestedSolution.REFUND)));

        ActionRequested request = published.only(ActionRequested.class);
        assertThat(request.dueAt()).isEqualTo(ARRIVED_AT.plus(Duration.ofDays(7)));
        assertThat(request.pickupPoint().collectBy()).isEqualTo(request.dueAt());
    }

    @Test
    void rulesCollectedWhenTheCarrierReportsTheParcelCollectedBeforeTheCollectByTime() {
        pickupDispute();
        Instant collectedAt = OPENED.plus(Duration.ofDays(2));

        Published published = scenario.when(event("collected", collected(collectedAt)));

        assertThat(published.types()).containsExactly("DeadlineCancelled", "RulingIssued");
        assertThat(published.only(DeadlineCancelled.class).type()).isEqualTo(DeadlineType.BUYER_PICKUP);
        RulingIssued ruling = published.only(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R2-COLLECTED");
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.NONE);
        assertThat(ruling.basedOnVersion()).isEqualTo(2);
        assertThat(ruling.policyVersion()).isEqualTo(POLICY.version());
        assertThat(ruling.factEventIds()).containsExactly("opened", "collected");
        assertThat(String.join(" ", ruling.reasons())).contains("Relais Montorgueil", "3 Rue Montorgueil",
                COLLECT_BY.toString(), collectedAt.toString(), "A. NUNEZ", "case PICKUP");
        assertThat(scenario.state(ORDER).dispute().disputeCase()).as("a collection keeps the pickup case")
                .isEqualTo(DisputeCase.PICKUP);
        assertThat(scenario.when(timeReaches(COLLECT_BY)).events()).isEmpty();
    }

    @Test
    void rulesCertifiedAsSoonAsTheBuyerFilesACertificateBeforeTheCollectByTime() {
        pickupDispute();
        Instant filedAt = OPENED.plus(Duration.ofDays(3));

        Published published = scenario.when(event("certificate", evidence(3, filedAt, Party.BUYER,
                pickupCertificate("cert-9"))));

        RulingIssued ruling = published.only(RulingIssued.class);
        assertThat(published.types()).containsExactly("RulingIssued");
        assertThat(ruling.ruleId()).isEqualTo("R2-CERTIFIED");
        assertThat(ruling.outcome()).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(ruling.basedOnVersion()).isEqualTo(3);
        assertThat(ruling.factEventIds()).containsExactly("opened", "at-pickup-point", "certificate");
        assertThat(String.join(" ", ruling.reasons())).contains("cert-9", filedAt.toString(), COLLECT_BY.toString(),
                "Relais Montorgueil", "REFUND");
        assertThat(scenario.when(timeReaches(COLLECT_BY.minus(Duration.ofHours(1)))).events())
                .as("no reminder once the buyer acted").isEmpty();
    }

    @Test
    void rulesNotCollectedWhenTheCertificateCameAfterTheCollectByTime() {
        pickupDispute();
        Instant lateAt = COLLECT_BY.plusSeconds(10);

        Published onLateCertificate = scenario.when(event("late-certificate", evidence(3, lateAt, Party.BUYER,
                pickupCertificate("cert-9"))));
        Published atTheCollectByTime = scenario.when(timeReaches(lateAt));

        assertThat(onLateCertificate.events()).as("it does not count; the deadline runs on").isEmpty();
        assertThat(atTheCollectByTime.types()).containsExactly("DeadlineExpired", "RulingIssued");
        RulingIssued ruling = atTheCollectByTime.only(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R2-NOT-COLLECTED");
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.factEventIds()).containsExactly("opened", "at-pickup-point", "late-certificate",
                atTheCollectByTime.idOf(DeadlineExpired.class));
        assertThat(String.join(" ", ruling.reasons())).contains("cert-9", lateAt.toString(),
                "not before the collect-by time");
    }

    @Test
    void remindsTheBuyerAndRulesNotCollectedWhenTheCollectByTimePasses() {
        pickupDispute();

        Published dayBefore = scenario.when(timeReaches(COLLECT_BY.minus(Duration.ofDays(1))));
        Published atTheCollectByTime = scenario.when(timeReaches(COLLECT_BY));

        ReminderDue reminder = dayBefore.only(ReminderDue.class);
        assertThat(reminder.type()).isEqualTo(DeadlineType.BUYER_PICKUP);
        assertThat(reminder.party()).isEqualTo(Party.BUYER);
        assertThat(reminder.dueAt()).isEqualTo(COLLECT_BY);
        assertThat(atTheCollectByTime.types()).containsExactly("DeadlineExpired", "RulingIssued");
        RulingIssued ruling = atTheCollectByTime.only(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R2-NOT-COLLECTED");
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.basedOnVersion()).isEqualTo(2);
        assertThat(ruling.factEventIds()).containsExactly("opened", "at-pickup-point",
                atTheCollectByTime.idOf(DeadlineExpired.class));
        assertThat(String.join(" ", ruling.reasons())).contains("Relais Montorgueil", COLLECT_BY.toString(),
                "AVAILABLE_FOR_PICKUP", "did not collect");
    }

    @Test
    void rulesNothingMoreWhenTheParcelIsCollectedAfterNotCollectedWasRuled() {
        pickupDispute();
        scenario.given(timeReaches(COLLECT_BY));

        Published published = scenario.when(event("collected", collected(COLLECT_BY.plusSeconds(30))));

        assertThat(published.events()).isEmpty();
    }

    @Test
    void movesToThePickupCaseWhileTheSellersWindowRunsAndAsksTheBuyerToCollect() {
        Instant collectBy = OPENED.plus(Duration.ofDays(9));
        scenario.given(event("registered", registered()),
                event("in-transit", tracked(ShipmentStatus.IN_TRANSIT, OPENED.minus(Duration.ofDays(3)))),
                event("opened", opened(RequestedSolution.REFUND)));
        String sellerWindow = scenario.indexed().get(0).deadlineId();

        Published published = scenario.when(event("at-pickup-point", atPickupPoint(OPENED.plus(Duration.ofDays(2)),
                collectBy)));

        assertThat(published.types()).containsExactly("CaseChosen", "DeadlineCancelled", "ActionRequested",
                "DeadlineScheduled");
        CaseChosen chosen = published.only(CaseChosen.class);
        assertThat(chosen.disputeCase()).isEqualTo(DisputeCase.PICKUP);
        assertThat(chosen.previousCase()).isEqualTo(DisputeCase.IN_TRANSIT);
        DeadlineCancelled cancelled = published.only(DeadlineCancelled.class);
        assertThat(cancelled.deadlineId()).isEqualTo(sellerWindow);
        assertThat(cancelled.type()).isEqualTo(DeadlineType.SELLER_RESPONSE);
        ActionRequested request = published.only(ActionRequested.class);
        assertThat(request.action()).isEqualTo(RequestedAction.COLLECT_PARCEL);
        assertThat(request.dueAt()).isEqualTo(collectBy);
        assertThat(request.causeEventId()).isEqualTo("at-pickup-point");
        assertThat(scenario.indexed()).extracting(DeadlineEntry::type).containsExactly(DeadlineType.BUYER_PICKUP);
        assertThat(scenario.when(timeReaches(OPENED.plus(Duration.ofDays(5)))).events())
                .as("the seller's window and its reminder are gone").isEmpty();
    }

    @Test
    void rulesCollectedWhenTheParcelIsCollectedAfterItMovedToThePickupCase() {
        scenario.given(event("registered", registered()),
                event("in-transit", tracked(ShipmentStatus.IN_TRANSIT, OPENED.minus(Duration.ofDays(3)))),
                event("opened", opened(RequestedSolution.RESEND)),
                event("at-pickup-point", atPickupPoint(OPENED.plus(Duration.ofDays(1)), COLLECT_BY)));

        Published published = scenario.when(event("collected", collected(OPENED.plus(Duration.ofDays(2)))));

        assertThat(published.only(RulingIssued.class).ruleId()).isEqualTo("R2-COLLECTED");
        assertThat(published.only(RulingIssued.class).responsibleParty()).isEqualTo(ResponsibleParty.NONE);
        assertThat(scenario.indexed()).isEmpty();
        assertThat(scenario.reminders()).isEmpty();
    }

    @Test
    void asksOnceWhileTheParcelWaitsAtThePickupPoint() {
        pickupDispute();
        DisputeFacts before = scenario.state(ORDER).dispute();

        Published again = scenario.when(event("at-pickup-point-again", atPickupPoint(OPENED.plus(Duration.ofDays(1)),
                COLLECT_BY.plus(Duration.ofDays(2)))));

        assertThat(again.events()).isEmpty();
        assertThat(scenario.state(ORDER).dispute().deadlines()).isEqualTo(before.deadlines());
    }

    @Test
    void keepsTheCollectByTimeOfTheRequestWhenTheBuyerFilesACertificateWithoutADocument() {
        pickupDispute();

        Published published = scenario.when(event("certificate", evidence(3, OPENED.plus(Duration.ofDays(1)),
                Party.BUYER, pickupCertificate(null))));

        assertThat(published.events()).isEmpty();
        Deadline pickup = scenario.state(ORDER).dispute().deadlines().get(0);
        assertThat(pickup.open()).isTrue();
        assertThat(pickup.acted()).isTrue();
        assertThat(scenario.reminders()).as("the buyer acted: no reminder").isEmpty();
        assertThat(scenario.when(timeReaches(COLLECT_BY)).only(RulingIssued.class).ruleId())
                .isEqualTo("R2-NOT-COLLECTED");
    }
}
