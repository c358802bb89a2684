package org.disputesuite.dispute.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputesuite.dispute.api.BuyerAction;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.tracking.api.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the buyer and the seller may do in each status, and what follows (docs/policy.md, "Between the parties"). */
class DisputeConversationTests {

    private static final String ORDER = "ORD-2001";
    private static final String ID = DisputeId.forOrder(ORDER);
    private static final String BUYER = "buyer-17";
    private static final String SELLER = "seller-3";
    private static final Instant OPENED_AT = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant AT = OPENED_AT.plus(Duration.ofHours(2));
    private static final Money AMOUNT = new Money("23.90", "USD");

    private static final DisputeOpened OPENED = opened(RequestedSolution.REFUND, DisputeCase.IN_TRANSIT,
            DisputeStatus.AWAITING_SELLER_RESPONSE);
    private static final Proposal PARTIAL = new Proposal(ProposedSolution.PARTIAL_REFUND, new Money("10.00", "USD"));
    private static final Proposal RESEND = new Proposal(ProposedSolution.RESEND, null);
    private static final Evidence PROOF = new Evidence(EvidenceType.PROOF_OF_DELIVERY, "Signed at the door", "pod-1",
            OPENED_AT.minus(Duration.ofDays(2)), null, null);
    private static final Evidence DELAY = new Evidence(EvidenceType.CUSTOMER_DELAY, "The buyer asked us to hold it",
            "voucher-1", null, AT.plus(Duration.ofDays(3)), null);

    private AggregateTestFixture<Dispute> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Dispute.class);
    }

    @Test
    void sellerAcceptsAndTheBuyerGetsWhatTheyAskedForByAgreement() {
        fixture.given(opened(RequestedSolution.RESEND, DisputeCase.IN_TRANSIT, DisputeStatus.AWAITING_SELLER_RESPONSE))
                .when(new RespondAsSeller(ID, SellerAction.ACCEPT, null, List.of(), AT))
                .expectEvents(sellerResponded(SellerAction.ACCEPT, null, DisputeStatus.RESOLVED),
                        resolved(DisputeStatus.RESOLVED, Outcome.RESEND, null, ResolvedBy.AGREEMENT));
    }

    @Test
    void sellerRejectsWithEvidenceAndThePartiesNegotiate() {
        fixture.given(OPENED)
                .when(new RespondAsSeller(ID, SellerAction.REJECT, null, List.of(PROOF), AT))
                .expectEvents(evidence(Party.SELLER, PROOF),
                        sellerResponded(SellerAction.REJECT, null, DisputeStatus.NEGOTIATING));
    }

    @Test
    void sellerProposesAPartialRefund() {
        fixture.given(OPENED)
                .when(new RespondAsSeller(ID, SellerAction.PROPOSE, PARTIAL, List.of(), AT))
                .expectEvents(sellerResponded(SellerAction.PROPOSE, PARTIAL, DisputeStatus.NEGOTIATING));
    }

    @Test
    void sellerMayProposeAgainOrAcceptWhileNegotiating() {
        fixture.given(OPENED, sellerResponded(SellerAction.PROPOSE, PARTIAL, DisputeStatus.NEGOTIATING))
                .when(new RespondAsSeller(ID, SellerAction.PROPOSE, RESEND, List.of(), AT))
                .expectEvents(sellerResponded(SellerAction.PROPOSE, RESEND, DisputeStatus.NEGOTIATING));
        fixture.given(OPENED, sellerResponded(SellerAction.REJECT, null, DisputeStatus.NEGOTIATING))
                .when(new RespondAsSeller(ID, SellerAction.ACCEPT, null, List.of(), AT))
                .expectEvents(sellerResponded(SellerAction.ACCEPT, null, DisputeStatus.RESOLVED),
                        resolved(DisputeStatus.RESOLVED, Outcome.REFUND_BUYER, null, ResolvedBy.AGREEMENT));
    }

    @Test
    void refusesASecondReject() {
        fixture.given(OPENED, sellerResponded(SellerAction.REJECT, null, DisputeStatus.NEGOTIATING))
                .when(new RespondAsSeller(ID, SellerAction.REJECT, null, List.of(), AT))
                .expectException(ActionNotAllowedException.class)
                .expectExceptionMessage("The seller already answered; while negotiating the seller may propose"
                        + " again or accept, not REJECT")
                .expectNoEvents();
    }

    @Test
    void refusesAPartialRefundAboveTheOrderAmount() {
        fixture.given(OPENED)
                .when(new RespondAsSeller(ID, SellerAction.PROPOSE,
                        new Proposal(ProposedSolution.PARTIAL_REFUND, new Money("23.91", "USD")), List.of(), AT))
                .expectException(PolicyViolationException.class)
                .expectExceptionMessage("A partial refund of 23.91 USD is more than the order's amount of 23.90 USD")
                .expectNoEvents();
    }

    @Test
    void refusesAPartialRefundInAnotherCurrency() {
        fixture.given(OPENED)
                .when(new RespondAsSeller(ID, SellerAction.PROPOSE,
                        new Proposal(ProposedSolution.PARTIAL_REFUND, new Money("5.00", "EUR")), List.of(), AT))
                .expectException(PolicyViolationException.class)
                .expectNoEvents();
    }

    @Test
    void sellerShowsACustomerCausedDelayAndThePlatformWaits() {
        fixture.given(OPENED)
                .when(new RespondAsSeller(ID, SellerAction.REJECT, null, List.of(DELAY), AT))
                .expectEvents(evidence(Party.SELLER, DELAY),
                        sellerResponded(SellerAction.REJECT, null, DisputeStatus.WAITING_CUSTOMER_DELAY));
    }

    @Test
    void refusesACustomerCausedDelayOutsideTheInTransitCase() {
        fixture.given(opened(RequestedSolution.REFUND, DisputeCase.DELIVERED, DisputeStatus.AWAITING_SELLER_RESPONSE))
                .when(new RespondAsSeller(ID, SellerAction.REJECT, null, List.of(DELAY), AT))
                .expectException(PolicyViolationException.class)
                .expectExceptionMessage("A customer-caused delay can be shown only while the parcel is in transit;"
                        + " this dispute's case is DELIVERED")
                .expectNoEvents();
    }

    @Test
    void refusesACustomerCausedDelayThatIsNotInTheFuture() {
        Evidence past = new Evidence(EvidenceType.CUSTOMER_DELAY, null, "voucher-1", null, AT, null);
        fixture.given(OPENED)
                .when(new RespondAsSeller(ID, SellerAction.REJECT, null, List.of(past), AT))
                .expectException(PolicyViolationException.class)
                .expectNoEvents();
    }

    @Test
    void buyerAcceptsTheOpenProposalAndGetsThePartialRefund() {
        fixture.given(OPENED, sellerResponded(SellerAction.PROPOSE, PARTIAL, DisputeStatus.NEGOTIATING))
                .when(new RespondAsBuyer(ID, BuyerAction.ACCEPT_PROPOSAL, List.of(), AT))
                .expectEvents(new ProposalAnswered(ID, ORDER, BUYER, SELLER, true, PARTIAL, DisputeStatus.RESOLVED, AT),
                        resolved(DisputeStatus.RESOLVED, Outcome.REFUND_BUYER, PARTIAL.amount(),
                                ResolvedBy.AGREEMENT));
    }

    @Test
    void buyerRejectsTheOpenProposalAndNegotiationGoesOn() {
        fixture.given(OPENED, sellerResponded(SellerAction.PROPOSE, RESEND, DisputeStatus.NEGOTIATING))
                .when(new RespondAsBuyer(ID, BuyerAction.REJECT_PROPOSAL, List.of(), AT))
                .expectEvents(new ProposalAnswered(ID, ORDER, BUYER, SELLER, false, RESEND, DisputeStatus.NEGOTIATING,
                        AT));
    }

    @Test
    void refusesAnAnswerWhenNoProposalIsOpen() {
        fixture.given(OPENED, sellerResponded(SellerAction.PROPOSE, RESEND, DisputeStatus.NEGOTIATING),
                        new ProposalAnswered(ID, ORDER, BUYER, SELLER, false, RESEND, DisputeStatus.NEGOTIATING, AT))
                .when(new RespondAsBuyer(ID, BuyerAction.ACCEPT_PROPOSAL, List.of(), AT.plusSeconds(1)))
                .expectException(ActionNotAllowedException.class)
                .expectExceptionMessage("There is no open proposal to answer (status NEGOTIATING)")
                .expectNoEvents();
    }

    @Test
    void refusesAnAnswerToAProposalOnceThePlatformIsInCharge() {
        fixture.given(OPENED, sellerResponded(SellerAction.PROPOSE, RESEND, DisputeStatus.NEGOTIATING), escalated())
                .when(new RespondAsBuyer(ID, BuyerAction.ACCEPT_PROPOSAL, List.of(), AT))
                .expectException(ActionNotAllowedException.class)
                .expectExceptionMessage("A proposal is answered while negotiating; the dispute is"
                        + " UNDER_PLATFORM_REVIEW")
                .expectNoEvents();
    }

    @Test
    void buyerConfirmsReceiptAndTheMoneyGoesToTheSeller() {
        fixture.given(OPENED, escalated())
                .when(new RespondAsBuyer(ID, BuyerAction.CONFIRM_RECEIVED, List.of(), AT))
                .expectEvents(new ReceiptAnswered(ID, ORDER, BUYER, SELLER, true, DisputeStatus.RESOLVED, AT),
                        resolved(DisputeStatus.RESOLVED, Outcome.RELEASE_TO_SELLER, null,
                                ResolvedBy.BUYER_CONFIRMATION));
    }

    @Test
    void buyerWithdraws() {
        fixture.given(OPENED, sellerResponded(SellerAction.REJECT, null, DisputeStatus.WAITING_CUSTOMER_DELAY))
                .when(new RespondAsBuyer(ID, BuyerAction.WITHDRAW, List.of(), AT))
                .expectEvents(resolved(DisputeStatus.WITHDRAWN, Outcome.RELEASE_TO_SELLER, null,
                        ResolvedBy.WITHDRAWAL));
    }

    @Test
    void buyerSaysStillNotReceivedWhenThePlatformAsksToConfirmADelivery() {
        fixture.given(opened(RequestedSolution.REFUND, DisputeCase.INCONSISTENT_DELIVERY,
                        DisputeStatus.AWAITING_BUYER_CONFIRMATION))
                .when(new RespondAsBuyer(ID, BuyerAction.STILL_NOT_RECEIVED, List.of(), AT))
                .expectEvents(new ReceiptAnswered(ID, ORDER, BUYER, SELLER, false,
                        DisputeStatus.AWAITING_BUYER_CONFIRMATION, AT));
    }

    @Test
    void refusesASecondStillNotReceived() {
        fixture.given(opened(RequestedSolution.REFUND, DisputeCase.INCONSISTENT_DELIVERY,
                        DisputeStatus.AWAITING_BUYER_CONFIRMATION),
                        new ReceiptAnswered(ID, ORDER, BUYER, SELLER, false, DisputeStatus.AWAITING_BUYER_CONFIRMATION,
                                AT))
                .when(new RespondAsBuyer(ID, BuyerAction.STILL_NOT_RECEIVED, List.of(), AT.plusSeconds(5)))
                .expectException(ActionNotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void takesANewStillNotReceivedOnceThePlatformAsksAgain() {
        fixture.given(opened(RequestedSolution.REFUND, DisputeCase.INCONSISTENT_DELIVERY,
                        DisputeStatus.AWAITING_BUYER_CONFIRMATION),
                        new ReceiptAnswered(ID, ORDER, BUYER, SELLER, false, DisputeStatus.AWAITING_BUYER_CONFIRMATION,
                                AT),
                        new PlatformRequested(ID, ORDER, BUYER, SELLER, "request-event-3", "request-3",
                                RequestedAction.CONFIRM_RECEIPT, Party.BUYER, AT.plus(Duration.ofDays(5)), null,
                                DisputeStatus.AWAITING_BUYER_CONFIRMATION, AT.plusSeconds(60)))
                .when(new RespondAsBuyer(ID, BuyerAction.STILL_NOT_RECEIVED, List.of(), AT.plusSeconds(120)))
                .expectEvents(new ReceiptAnswered(ID, ORDER, BUYER, SELLER, false,
                        DisputeStatus.AWAITING_BUYER_CONFIRMATION, AT.plusSeconds(120)));
    }

    @Test
    void recordsThePlatformsRequestAndAwaitsTheParty() {
        Instant due = AT.plus(Duration.ofDays(5));
        fixture.given(opened(RequestedSolution.REFUND, DisputeCase.INCONSISTENT_DELIVERY,
                        DisputeStatus.AWAITING_BUYER_CONFIRMATION),
                        new ReceiptAnswered(ID, ORDER, BUYER, SELLER, false, DisputeStatus.AWAITING_BUYER_CONFIRMATION,
                                AT))
                .when(new RecordPlatformRequest(ID, "request-event-1", "request-1",
                        RequestedAction.PRODUCE_DELIVERY_RECEIPT, due, null, AT.plusSeconds(1)))
                .expectEvents(new PlatformRequested(ID, ORDER, BUYER, SELLER, "request-event-1", "request-1",
                        RequestedAction.PRODUCE_DELIVERY_RECEIPT, Party.SELLER, due, null,
                        DisputeStatus.AWAITING_DELIVERY_RECEIPT, AT.plusSeconds(1)));
    }

    @Test
    void ignoresARequestItAlreadyRecorded() {
        Instant due = AT.plus(Duration.ofDays(7));
        fixture.given(opened(RequestedSolution.REFUND, DisputeCase.PICKUP, DisputeStatus.AWAITING_BUYER_PICKUP),
                        new PlatformRequested(ID, ORDER, BUYER, SELLER, "request-event-1", "request-1",
                                RequestedAction.COLLECT_PARCEL, Party.BUYER, due, null,
                                DisputeStatus.AWAITING_BUYER_PICKUP, AT))
                .when(new RecordPlatformRequest(ID, "request-event-1", "request-1", RequestedAction.COLLECT_PARCEL, due,
                        null, AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void sellerFilesADeliveryReceiptWhenAsked() {
        Evidence receipt = new Evidence(EvidenceType.DELIVERY_RECEIPT, "Signed receipt", "receipt-9", null, null,
                null);
        fixture.given(opened(RequestedSolution.REFUND, DisputeCase.INCONSISTENT_DELIVERY,
                        DisputeStatus.AWAITING_BUYER_CONFIRMATION),
                        new PlatformRequested(ID, ORDER, BUYER, SELLER, "request-event-2", "request-2",
                                RequestedAction.PRODUCE_DELIVERY_RECEIPT, Party.SELLER, AT.plus(Duration.ofDays(5)),
                                null, DisputeStatus.AWAITING_DELIVERY_RECEIPT, AT))
                .when(new AddEvidence(ID, Party.SELLER, List.of(receipt), AT.plusSeconds(60)))
                .expectEvents(new EvidenceAdded(ID, ORDER, BUYER, SELLER, Party.SELLER, List.of(receipt),
                        AT.plusSeconds(60)));
    }

    @Test
    void refusesStillNotReceivedWhenNoDeliveryIsInQuestion() {
        fixture.given(OPENED)
                .when(new RespondAsBuyer(ID, BuyerAction.STILL_NOT_RECEIVED, List.of(), AT))
                .expectException(ActionNotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void eitherPartyAddsEvidenceAndMessagesWhileThePlatformWaits() {
        fixture.given(OPENED, sellerResponded(SellerAction.REJECT, null, DisputeStatus.WAITING_CUSTOMER_DELAY))
                .when(new AddEvidence(ID, Party.BUYER, List.of(PROOF), AT))
                .expectEvents(evidence(Party.BUYER, PROOF));
        fixture.given(OPENED, escalated())
                .when(new PostMessage(ID, Party.SELLER, "Tracking shows it at the depot", AT))
                .expectEvents(new MessagePosted(ID, ORDER, BUYER, SELLER, Party.SELLER, "Tracking shows it at the depot",
                        AT));
    }

    @Test
    void eitherPartyEscalatesWhileNegotiating() {
        fixture.given(OPENED, sellerResponded(SellerAction.REJECT, null, DisputeStatus.NEGOTIATING))
                .when(new Escalate(ID, Party.SELLER, AT))
                .expectEvents(new DisputeEscalated(ID, ORDER, BUYER, SELLER, Party.SELLER,
                        DisputeStatus.UNDER_PLATFORM_REVIEW, AT));
    }

    @Test
    void refusesEscalationBeforeTheSellerCouldAnswer() {
        fixture.given(OPENED)
                .when(new Escalate(ID, Party.BUYER, AT))
                .expectException(ActionNotAllowedException.class)
                .expectExceptionMessage("The seller can still answer; a dispute can be escalated once the parties"
                        + " are negotiating")
                .expectNoEvents();
    }

    @Test
    void refusesEscalationWhenThePlatformIsAlreadyInCharge() {
        fixture.given(OPENED, sellerResponded(SellerAction.REJECT, null, DisputeStatus.WAITING_CUSTOMER_DELAY))
                .when(new Escalate(ID, Party.BUYER, AT))
                .expectException(ActionNotAllowedException.class)
                .expectExceptionMessage("The dispute is WAITING_CUSTOMER_DELAY: the platform is already in charge")
                .expectNoEvents();
        fixture.given(OPENED, escalated())
                .when(new Escalate(ID, Party.BUYER, AT))
                .expectException(ActionNotAllowedException.class)
                .expectExceptionMessage("The dispute is already under platform review")
                .expectNoEvents();
    }

    @Test
    void refusesSellerAnswersWhileThePlatformIsInCharge() {
        fixture.given(OPENED, escalated())
                .when(new RespondAsSeller(ID, SellerAction.PROPOSE, RESEND, List.of(), AT))
                .expectException(ActionNotAllowedException.class)
                .expectExceptionMessage("The dispute is UNDER_PLATFORM_REVIEW: the platform is in charge and takes"
                        + " no seller answer or proposal")
                .expectNoEvents();
        fixture.given(opened(RequestedSolution.REFUND, DisputeCase.PICKUP, DisputeStatus.AWAITING_BUYER_PICKUP))
                .when(new RespondAsSeller(ID, SellerAction.ACCEPT, null, List.of(), AT))
                .expectException(ActionNotAllowedException.class)
                .expectNoEvents();
    }

    static Stream<Object> everyAction() {
        return Stream.of(new RespondAsSeller(ID, SellerAction.ACCEPT, null, List.of(), AT),
                new RespondAsSeller(ID, SellerAction.PROPOSE, RESEND, List.of(), AT),
                new RespondAsBuyer(ID, BuyerAction.ACCEPT_PROPOSAL, List.of(), AT),
                new RespondAsBuyer(ID, BuyerAction.CONFIRM_RECEIVED, List.of(), AT),
                new RespondAsBuyer(ID, BuyerAction.WITHDRAW, List.of(), AT),
                new AddEvidence(ID, Party.SELLER, List.of(PROOF), AT),
                new PostMessage(ID, Party.BUYER, "Hello?", AT),
                new Escalate(ID, Party.BUYER, AT));
    }

    @ParameterizedTest
    @MethodSource("everyAction")
    void refusesEveryActionOnceResolved(Object action) {
        fixture.given(OPENED, sellerResponded(SellerAction.PROPOSE, RESEND, DisputeStatus.NEGOTIATING),
                        resolved(DisputeStatus.RESOLVED, Outcome.RESEND, null, ResolvedBy.AGREEMENT))
                .when(action)
                .expectException(DisputeClosedException.class)
                .expectExceptionMessage("Dispute " + ID + " is RESOLVED: it takes no further action")
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("everyAction")
    void refusesEveryActionOnceWithdrawn(Object action) {
        fixture.given(OPENED, resolved(DisputeStatus.WITHDRAWN, Outcome.RELEASE_TO_SELLER, null, ResolvedBy.WITHDRAWAL))
                .when(action)
                .expectException(DisputeClosedException.class)
                .expectNoEvents();
    }

    private static DisputeOpened opened(RequestedSolution solution, DisputeCase disputeCase, DisputeStatus status) {
        return new DisputeOpened(ID, ORDER, BUYER, SELLER, DisputeReason.NOT_RECEIVED, solution, "Nothing arrived",
                AMOUNT, OPENED_AT.minus(Duration.ofDays(1)), disputeCase, status, OPENED_AT);
    }

    private static SellerResponded sellerResponded(SellerAction action, Proposal proposal, DisputeStatus status) {
        return new SellerResponded(ID, ORDER, BUYER, SELLER, action, proposal, status, AT);
    }

    private static EvidenceAdded evidence(Party party, Evidence item) {
        return new EvidenceAdded(ID, ORDER, BUYER, SELLER, party, List.of(item), AT);
    }

    private static DisputeEscalated escalated() {
        return new DisputeEscalated(ID, ORDER, BUYER, SELLER, Party.BUYER, DisputeStatus.UNDER_PLATFORM_REVIEW,
                OPENED_AT.plusSeconds(60));
    }

    private static DisputeResolved resolved(DisputeStatus status, Outcome outcome, Money amount, ResolvedBy by) {
        return new DisputeResolved(ID, ORDER, BUYER, SELLER, status, outcome, amount, ResponsibleParty.NONE, by, null,
                List.of(), AT);
    }
}
