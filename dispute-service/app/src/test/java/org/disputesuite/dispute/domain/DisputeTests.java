package org.disputesuite.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
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
            DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived", AMOUNT, PROMISED, OPENED_AT);
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
                        RequestedSolution.REFUND, "Nothing arrived", AMOUNT, PROMISED, OPENED_AT))
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
    void recordsTheCaseThePlatformChose() {
        fixture.given(OPENED)
                .when(new RecordCase(ID, "case-1", DisputeCase.IN_TRANSIT, IN_TRANSIT.occurredAt()))
                .expectEvents(IN_TRANSIT);
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
                                "R1-SELLER-SILENT", APPLIED_AT));
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

    private static CaseChanged caseChanged(String decisionId, DisputeCase disputeCase, DisputeCase previousCase,
                                           DisputeStatus status, Instant at) {
        return new CaseChanged(ID, ORDER, "buyer-17", "seller-3", decisionId, disputeCase, previousCase, status, at);
    }
}
