package org.disputesuite.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.tracking.api.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DisputeTests {

    private static final String ORDER = "ORD-1001";
    private static final String ID = DisputeId.forOrder(ORDER);
    private static final Instant PROMISED = Instant.parse("2026-11-20T23:59:59Z");
    private static final Instant OPENED_AT = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant DUE = OPENED_AT.plusSeconds(5 * 86_400);
    private static final Instant APPLIED_AT = DUE.plusSeconds(2);
    private static final Money AMOUNT = new Money("23.90", "USD");

    private static final DisputeOpened OPENED = new DisputeOpened(ID, ORDER, "buyer-17", "seller-3",
            DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived", AMOUNT, PROMISED,
            DisputeCase.IN_TRANSIT, DisputeStatus.AWAITING_SELLER_RESPONSE, OPENED_AT);
    /** An opening stored before the case at opening was recorded, as the event store reads it back. */
    private static final DisputeOpened OPENED_WITHOUT_CASE = new DisputeOpened(ID, ORDER, "buyer-17", "seller-3",
            DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived", AMOUNT, PROMISED, null,
            DisputeStatus.AWAITING_SELLER_RESPONSE, OPENED_AT);
    private static final CaseChanged IN_TRANSIT = caseChanged("case-1", DisputeCase.IN_TRANSIT, null,
            DisputeStatus.AWAITING_SELLER_RESPONSE, OPENED_AT.plusSeconds(1));
    private static final DeadlineScheduled SELLER_DEADLINE = new DeadlineScheduled(ID, "deadline-1", "d-1",
            DeadlineType.SELLER_RESPONSE, Party.SELLER, DUE, OPENED_AT.plusSeconds(1));
    private static final DeadlineExpired SELLER_DEADLINE_PASSED = new DeadlineExpired(ID, "expired-1", "d-1",
            DeadlineType.SELLER_RESPONSE, DUE, DUE);

    private AggregateTestFixture<Dispute> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Dispute.class);
    }

    @Test
    void opensDisputeAwaitingTheSeller() {
        fixture.givenNoPriorActivity()
                .when(new OpenDispute(ID, ORDER, "buyer-17", "seller-3", DisputeReason.NOT_RECEIVED,
                        RequestedSolution.REFUND, "Nothing arrived", AMOUNT, PROMISED, DisputeCase.IN_TRANSIT,
                        OPENED_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(OPENED);
    }

    @Test
    void derivesTheSameDisputeIdFromTheSameOrder() {
        assertThat(DisputeId.forOrder(ORDER))
                .isEqualTo(ID)
                .isNotEqualTo(DisputeId.forOrder("ORD-1002"));
    }

    @Test
    void opensInThePickupCaseWithThePlatformInCharge() {
        fixture.givenNoPriorActivity()
                .when(new OpenDispute(ID, ORDER, "buyer-17", "seller-3", DisputeReason.NOT_RECEIVED,
                        RequestedSolution.REFUND, "Nothing arrived", AMOUNT, PROMISED, DisputeCase.PICKUP, OPENED_AT))
                .expectEvents(new DisputeOpened(ID, ORDER, "buyer-17", "seller-3", DisputeReason.NOT_RECEIVED,
                        RequestedSolution.REFUND, "Nothing arrived", AMOUNT, PROMISED, DisputeCase.PICKUP,
                        DisputeStatus.AWAITING_BUYER_PICKUP, OPENED_AT));
    }

    @Test
    void recordsTheCaseThePlatformChoseForADisputeOpenedBeforeCasesWereRecorded() {
        fixture.given(OPENED_WITHOUT_CASE)
                .when(new RecordCase(ID, "case-1", DisputeCase.IN_TRANSIT, IN_TRANSIT.occurredAt()))
                .expectEvents(IN_TRANSIT);
    }

    @Test
    void recordsNothingWhenThePlatformConfirmsTheOpeningCase() {
        fixture.given(OPENED)
                .when(new RecordCase(ID, "case-1", DisputeCase.IN_TRANSIT, IN_TRANSIT.occurredAt()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void keepsNegotiatingWhenTheParcelIsDelivered() {
        Instant at = OPENED_AT.plusSeconds(60);
        fixture.given(OPENED, rejected(), sellerAnswer(SellerAction.REJECT, DisputeStatus.NEGOTIATING))
                .when(new RecordCase(ID, "case-2", DisputeCase.DELIVERED, at))
                .expectEvents(caseChanged("case-2", DisputeCase.DELIVERED, DisputeCase.IN_TRANSIT,
                        DisputeStatus.NEGOTIATING, at));
    }

    @Test
    void awaitsTheSellerAgainWhenTheParcelLeavesThePickupPointBeforeAnAnswer() {
        Instant at = OPENED_AT.plusSeconds(120);
        fixture.given(OPENED, caseChanged("case-2", DisputeCase.PICKUP, DisputeCase.IN_TRANSIT,
                        DisputeStatus.AWAITING_BUYER_PICKUP, OPENED_AT.plusSeconds(60)))
                .when(new RecordCase(ID, "case-3", DisputeCase.IN_TRANSIT, at))
                .expectEvents(caseChanged("case-3", DisputeCase.IN_TRANSIT, DisputeCase.PICKUP,
                        DisputeStatus.AWAITING_SELLER_RESPONSE, at));
    }

    @Test
    void negotiatesAgainWhenTheParcelLeavesThePickupPointAfterAnAnswer() {
        Instant at = OPENED_AT.plusSeconds(120);
        fixture.given(OPENED, rejected(), sellerAnswer(SellerAction.REJECT, DisputeStatus.NEGOTIATING),
                        caseChanged("case-2", DisputeCase.PICKUP, DisputeCase.IN_TRANSIT,
                                DisputeStatus.AWAITING_BUYER_PICKUP, OPENED_AT.plusSeconds(90)))
                .when(new RecordCase(ID, "case-3", DisputeCase.IN_TRANSIT, at))
                .expectEvents(caseChanged("case-3", DisputeCase.IN_TRANSIT, DisputeCase.PICKUP,
                        DisputeStatus.NEGOTIATING, at));
    }

    @Test
    void platformEscalatesADisputeStillNegotiatingWhenItsAutoEscalationPasses() {
        Instant due = OPENED_AT.plus(Duration.ofDays(15));
        fixture.given(OPENED, sellerAnswer(SellerAction.REJECT, DisputeStatus.NEGOTIATING))
                .when(new RecordDeadlineExpired(ID, "expired-9", "d-9", DeadlineType.AUTO_ESCALATION, due, due))
                .expectEvents(new DeadlineExpired(ID, "expired-9", "d-9", DeadlineType.AUTO_ESCALATION, due, due),
                        new DisputeEscalated(ID, ORDER, "buyer-17", "seller-3", Party.PLATFORM,
                                DisputeStatus.UNDER_PLATFORM_REVIEW, due));
    }

    @Test
    void anAutoEscalationThatPassesOutsideNegotiationEscalatesNothing() {
        Instant due = OPENED_AT.plus(Duration.ofDays(15));
        fixture.given(OPENED, sellerAnswer(SellerAction.REJECT, DisputeStatus.NEGOTIATING),
                        new DisputeEscalated(ID, ORDER, "buyer-17", "seller-3", Party.BUYER,
                                DisputeStatus.UNDER_PLATFORM_REVIEW, OPENED_AT.plusSeconds(600)))
                .when(new RecordDeadlineExpired(ID, "expired-9", "d-9", DeadlineType.AUTO_ESCALATION, due, due))
                .expectEvents(new DeadlineExpired(ID, "expired-9", "d-9", DeadlineType.AUTO_ESCALATION, due, due));
    }

    @Test
    void supersedesASilentSellerRulingWhenTheSellerAnsweredJustAsTheWindowClosed() {
        fixture.given(OPENED, IN_TRANSIT, SELLER_DEADLINE, SELLER_DEADLINE_PASSED,
                        sellerAnswer(SellerAction.REJECT, DisputeStatus.NEGOTIATING))
                .when(silentSellerRuling("ruling-event-1", 3))
                .expectResultMessagePayload(RulingDecision.SUPERSEDED)
                .expectEvents(new RulingSuperseded(ID, ORDER, "buyer-17", "seller-3", "ruling-event-1", "ruling-1",
                        "R1-SELLER-SILENT", 3, 4,
                        "The dispute changed (version 4) after the version the ruling was based on (3)", APPLIED_AT));
    }

    @Test
    void supersedesARulingWhenEvidenceCameAfterItsVersion() {
        fixture.given(OPENED, sellerAnswer(SellerAction.REJECT, DisputeStatus.NEGOTIATING), escalatedByBuyer(),
                        rejected())
                .when(silentSellerRuling("ruling-event-1", 2))
                .expectResultMessagePayload(RulingDecision.SUPERSEDED);
    }

    @Test
    void appliesARulingWhenOnlyMessagesCameAfterItsVersion() {
        fixture.given(OPENED, sellerAnswer(SellerAction.REJECT, DisputeStatus.NEGOTIATING), escalatedByBuyer(),
                        new MessagePosted(ID, ORDER, "buyer-17", "seller-3", Party.BUYER, "Any news?",
                                OPENED_AT.plusSeconds(700)))
                .when(silentSellerRuling("ruling-event-1", 2))
                .expectResultMessagePayload(RulingDecision.APPLIED);
    }

    @Test
    void handsPickupToThePlatformAtOnce() {
        Instant at = OPENED_AT.plusSeconds(60);
        fixture.given(OPENED, IN_TRANSIT)
                .when(new RecordCase(ID, "case-2", DisputeCase.PICKUP, at))
                .expectEvents(caseChanged("case-2", DisputeCase.PICKUP, DisputeCase.IN_TRANSIT,
                        DisputeStatus.AWAITING_BUYER_PICKUP, at));
    }

    @Test
    void recordsDeadlinesOfThePlatform() {
        fixture.given(OPENED, IN_TRANSIT)
                .when(new RecordDeadlineScheduled(ID, "deadline-1", "d-1", DeadlineType.SELLER_RESPONSE,
                        Party.SELLER, DUE, OPENED_AT.plusSeconds(1)))
                .expectEvents(SELLER_DEADLINE);
    }

    @Test
    void appliesRulingWhenNothingMaterialHappenedSinceItsVersion() {
        fixture.given(OPENED, IN_TRANSIT, SELLER_DEADLINE, SELLER_DEADLINE_PASSED)
                .when(silentSellerRuling("ruling-event-1", 1))
                .expectResultMessagePayload(RulingDecision.APPLIED)
                .expectEvents(
                        new RulingApplied(ID, ORDER, "buyer-17", "seller-3", "ruling-event-1", "ruling-1",
                                "R1-SELLER-SILENT", Outcome.REFUND_BUYER, ResponsibleParty.SELLER,
                                List.of("The seller did not answer"), List.of("e-1"), "2026-1", 1, DUE, APPLIED_AT),
                        new DisputeResolved(ID, ORDER, "buyer-17", "seller-3", DisputeStatus.RESOLVED,
                                Outcome.REFUND_BUYER, null, ResponsibleParty.SELLER, ResolvedBy.RULING,
                                "R1-SELLER-SILENT", List.of("The seller did not answer"), APPLIED_AT));
    }

    @Test
    void appliesRulingBasedOnTheOpeningOnlyWhenTheFirstCaseChoiceCameLater() {
        fixture.given(OPENED, IN_TRANSIT, SELLER_DEADLINE)
                .when(silentSellerRuling("ruling-event-1", 0))
                .expectResultMessagePayload(RulingDecision.APPLIED);
    }

    @Test
    void supersedesRulingWhenTheCaseChangedAfterItsVersion() {
        CaseChanged toPickup = caseChanged("case-2", DisputeCase.PICKUP, DisputeCase.IN_TRANSIT,
                DisputeStatus.AWAITING_BUYER_PICKUP, OPENED_AT.plusSeconds(60));
        fixture.given(OPENED, IN_TRANSIT, SELLER_DEADLINE, toPickup)
                .when(silentSellerRuling("ruling-event-1", 2))
                .expectResultMessagePayload(RulingDecision.SUPERSEDED)
                .expectEvents(new RulingSuperseded(ID, ORDER, "buyer-17", "seller-3", "ruling-event-1", "ruling-1",
                        "R1-SELLER-SILENT", 2, 3,
                        "The dispute changed (version 3) after the version the ruling was based on (2)", APPLIED_AT));
    }

    @Test
    void appliesRulingThatAlreadyKnewTheChangeOfCase() {
        CaseChanged toPickup = caseChanged("case-2", DisputeCase.PICKUP, DisputeCase.IN_TRANSIT,
                DisputeStatus.AWAITING_BUYER_PICKUP, OPENED_AT.plusSeconds(60));
        fixture.given(OPENED, IN_TRANSIT, SELLER_DEADLINE, toPickup)
                .when(silentSellerRuling("ruling-event-1", 3))
                .expectResultMessagePayload(RulingDecision.APPLIED);
    }

    @Test
    void ignoresARulingItAlreadyRecorded() {
        fixture.given(OPENED, IN_TRANSIT)
                .andGivenCommands(silentSellerRuling("ruling-event-1", 1))
                .when(silentSellerRuling("ruling-event-1", 1))
                .expectResultMessagePayload(RulingDecision.ALREADY_RECORDED)
                .expectNoEvents();
    }

    @Test
    void ignoresPlatformDecisionsItAlreadyRecorded() {
        fixture.given(OPENED, IN_TRANSIT, SELLER_DEADLINE)
                .when(new RecordDeadlineScheduled(ID, "deadline-1", "d-1", DeadlineType.SELLER_RESPONSE,
                        Party.SELLER, DUE, OPENED_AT.plusSeconds(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void ignoresARedeliveredCaseChoice() {
        fixture.given(OPENED, IN_TRANSIT)
                .when(new RecordCase(ID, "case-1", DisputeCase.IN_TRANSIT, IN_TRANSIT.occurredAt()))
                .expectNoEvents();
    }

    @Test
    void refusesFurtherRulingsOnceResolved() {
        fixture.given(OPENED, IN_TRANSIT)
                .andGivenCommands(silentSellerRuling("ruling-event-1", 1))
                .when(silentSellerRuling("ruling-event-2", 1))
                .expectException(DisputeClosedException.class)
                .expectNoEvents();
    }

    @Test
    void refusesCaseChangesOnceResolved() {
        fixture.given(OPENED, IN_TRANSIT)
                .andGivenCommands(silentSellerRuling("ruling-event-1", 1))
                .when(new RecordCase(ID, "case-2", DisputeCase.PICKUP, DUE))
                .expectException(DisputeClosedException.class)
                .expectNoEvents();
    }

    @Test
    void refusesNewDeadlinesOnceResolved() {
        fixture.given(OPENED, IN_TRANSIT)
                .andGivenCommands(silentSellerRuling("ruling-event-1", 1))
                .when(new RecordDeadlineScheduled(ID, "deadline-9", "d-9", DeadlineType.BUYER_PICKUP, Party.BUYER,
                        DUE.plusSeconds(3_600), DUE))
                .expectException(DisputeClosedException.class)
                .expectNoEvents();
    }

    /** Issued when the seller's deadline passed, applied a little later. */
    private static ApplyRuling silentSellerRuling(String eventId, long basedOnVersion) {
        return new ApplyRuling(ID, eventId, "ruling-1", "R1-SELLER-SILENT", Outcome.REFUND_BUYER,
                ResponsibleParty.SELLER, List.of("The seller did not answer"), List.of("e-1"), "2026-1",
                basedOnVersion, DUE, APPLIED_AT);
    }

    private static SellerResponded sellerAnswer(SellerAction action, DisputeStatus status) {
        return new SellerResponded(ID, ORDER, "buyer-17", "seller-3", action, null, status, OPENED_AT.plusSeconds(30));
    }

    private static EvidenceAdded rejected() {
        return new EvidenceAdded(ID, ORDER, "buyer-17", "seller-3", Party.SELLER, List.of(new Evidence(
                EvidenceType.COMMUNICATION, "The buyer was told", "doc-1", null, null, null)),
                OPENED_AT.plusSeconds(30));
    }

    private static DisputeEscalated escalatedByBuyer() {
        return new DisputeEscalated(ID, ORDER, "buyer-17", "seller-3", Party.BUYER,
                DisputeStatus.UNDER_PLATFORM_REVIEW, OPENED_AT.plusSeconds(600));
    }

    private static CaseChanged caseChanged(String decisionId, DisputeCase disputeCase, DisputeCase previousCase,
                                           DisputeStatus status, Instant at) {
        return new CaseChanged(ID, ORDER, "buyer-17", "seller-3", decisionId, disputeCase, previousCase, status, at);
    }
}
