package org.disputesuite.dispute.domain;

import java.time.Instant;

/**
 * What the event store keeps for a dispute. These events stay inside dispute-service; the
 * publisher maps them to the integration events of disputes.events.v1, so each event that has one
 * carries the order and parties it names.
 */
public sealed interface DisputeDomainEvent permits DisputeOpened, CaseChanged, DeadlineScheduled,
        DeadlineCancelled, DeadlineExpired, RulingApplied, RulingSuperseded, SellerResponded, ProposalAnswered,
        EvidenceAdded, MessagePosted, DisputeEscalated, ReceiptAnswered, PlatformRequested, DisputeResolved {

    String disputeId();

    Instant occurredAt();

    /** Calls the handler's method for this event's type. */
    <R> R accept(Handler<R> handler);

    /**
     * One method per type of the family. A consumer implements every one of them, so a new type
     * does not compile until each consumer says what it does with it (doing nothing included).
     */
    interface Handler<R> {
        R disputeOpened(DisputeOpened event);

        R caseChanged(CaseChanged event);

        R deadlineScheduled(DeadlineScheduled event);

        R deadlineCancelled(DeadlineCancelled event);

        R deadlineExpired(DeadlineExpired event);

        R rulingApplied(RulingApplied event);

        R rulingSuperseded(RulingSuperseded event);

        R sellerResponded(SellerResponded event);

        R proposalAnswered(ProposalAnswered event);

        R evidenceAdded(EvidenceAdded event);

        R messagePosted(MessagePosted event);

        R disputeEscalated(DisputeEscalated event);

        R receiptAnswered(ReceiptAnswered event);

        R platformRequested(PlatformRequested event);

        R disputeResolved(DisputeResolved event);
    }
}
