package org.disputesuite.dispute.publishing;

import java.util.Optional;

import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.domain.CaseChanged;
import org.disputesuite.dispute.domain.DeadlineCancelled;
import org.disputesuite.dispute.domain.DeadlineExpired;
import org.disputesuite.dispute.domain.DeadlineScheduled;
import org.disputesuite.dispute.domain.DisputeDomainEvent;
import org.disputesuite.dispute.domain.DisputeOpened;
import org.disputesuite.dispute.domain.DisputeEscalated;
import org.disputesuite.dispute.domain.DisputeResolved;
import org.disputesuite.dispute.domain.EvidenceAdded;
import org.disputesuite.dispute.domain.MessagePosted;
import org.disputesuite.dispute.domain.PlatformRequested;
import org.disputesuite.dispute.domain.ProposalAnswered;
import org.disputesuite.dispute.domain.ReceiptAnswered;
import org.disputesuite.dispute.domain.RulingApplied;
import org.disputesuite.dispute.domain.RulingSuperseded;
import org.disputesuite.dispute.domain.SellerResponded;

/**
 * Maps a stored domain event to the integration event published for it; {@code version} is the
 * domain event's sequence number. Deadlines are ruling-service's own decisions, echoed back only
 * to keep the dispute's record: they have no integration event.
 */
final class IntegrationEvents {

    private IntegrationEvents() {
    }

    static Optional<DisputeEvent> of(DisputeDomainEvent event, long version) {
        return event.accept(new DisputeDomainEvent.Handler<>() {
            @Override
            public Optional<DisputeEvent> disputeOpened(DisputeOpened e) {
                return Optional.of(new DisputeEvent.DisputeOpened(e.disputeId(), e.orderId(), e.buyerId(),
                        e.sellerId(), version, e.occurredAt(), e.reason(), e.requestedSolution(), e.description(),
                        e.amount(), e.promisedDeliveryBy(), e.disputeCase(), e.status()));
            }

            @Override
            public Optional<DisputeEvent> caseChanged(CaseChanged e) {
                return Optional.of(new DisputeEvent.CaseChanged(e.disputeId(), e.orderId(), e.buyerId(),
                        e.sellerId(), version, e.occurredAt(), e.disputeCase(), e.previousCase(), e.status()));
            }

            @Override
            public Optional<DisputeEvent> deadlineScheduled(DeadlineScheduled e) {
                return Optional.empty();
            }

            @Override
            public Optional<DisputeEvent> deadlineCancelled(DeadlineCancelled e) {
                return Optional.empty();
            }

            @Override
            public Optional<DisputeEvent> deadlineExpired(DeadlineExpired e) {
                return Optional.empty();
            }

            @Override
            public Optional<DisputeEvent> rulingApplied(RulingApplied e) {
                return Optional.of(new DisputeEvent.RulingApplied(e.disputeId(), e.orderId(), e.buyerId(),
                        e.sellerId(), version, e.occurredAt(), e.rulingId(), e.ruleId(), e.outcome(),
                        e.responsibleParty(), e.reasons(), e.factEventIds(), e.policyVersion(), e.basedOnVersion(),
                        e.issuedAt()));
            }

            @Override
            public Optional<DisputeEvent> rulingSuperseded(RulingSuperseded e) {
                return Optional.of(new DisputeEvent.RulingSuperseded(e.disputeId(), e.orderId(), e.buyerId(),
                        e.sellerId(), version, e.occurredAt(), e.rulingId(), e.ruleId(), e.basedOnVersion(),
                        e.reason()));
            }

            @Override
            public Optional<DisputeEvent> disputeResolved(DisputeResolved e) {
                return Optional.of(new DisputeEvent.DisputeResolved(e.disputeId(), e.orderId(), e.buyerId(),
                        e.sellerId(), version, e.occurredAt(), e.status(), e.outcome(), e.amount(),
                        e.responsibleParty(), e.resolvedBy(), e.ruleId(), e.reasons()));
            }

            @Override
            public Optional<DisputeEvent> sellerResponded(SellerResponded e) {
                return Optional.of(new DisputeEvent.SellerResponded(e.disputeId(), e.orderId(), e.buyerId(),
                        e.sellerId(), version, e.occurredAt(), e.action(), e.proposal(), e.status()));
            }

            @Override
            public Optional<DisputeEvent> proposalAnswered(ProposalAnswered e) {
                return Optional.of(new DisputeEvent.ProposalAnswered(e.disputeId(), e.orderId(), e.buyerId(),
                        e.sellerId(), version, e.occurredAt(), e.accepted(), e.proposal(), e.status()));
            }

            @Override
            public Optional<DisputeEvent> evidenceAdded(EvidenceAdded e) {
                return Optional.of(new DisputeEvent.EvidenceAdded(e.disputeId(), e.orderId(), e.buyerId(),
                        e.sellerId(), version, e.occurredAt(), e.party(), e.evidence()));
            }

            @Override
            public Optional<DisputeEvent> messagePosted(MessagePosted e) {
                return Optional.of(new DisputeEvent.MessagePosted(e.disputeId(), e.orderId(), e.buyerId(),
                        e.sellerId(), version, e.occurredAt(), e.from(), e.text()));
            }

            @Override
            public Optional<DisputeEvent> disputeEscalated(DisputeEscalated e) {
                return Optional.of(new DisputeEvent.DisputeEscalated(e.disputeId(), e.orderId(), e.buyerId(),
                        e.sellerId(), version, e.occurredAt(), e.by(), e.status()));
            }

            @Override
            public Optional<DisputeEvent> platformRequested(PlatformRequested e) {
                return Optional.of(new DisputeEvent.PlatformRequestRecorded(e.disputeId(), e.orderId(), e.buyerId(),
                        e.sellerId(), version, e.occurredAt(), e.requestId(), e.action(), e.party(), e.dueAt(),
                        e.pickupPoint(), e.status()));
            }

            @Override
            public Optional<DisputeEvent> receiptAnswered(ReceiptAnswered e) {
                return Optional.of(new DisputeEvent.ReceiptAnswered(e.disputeId(), e.orderId(), e.buyerId(),
                        e.sellerId(), version, e.occurredAt(), e.received(), e.status()));
            }
        });
    }
}
