package org.disputesuite.dispute.publishing;

import java.util.Optional;

import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.domain.CaseChanged;
import org.disputesuite.dispute.domain.DeadlineCancelled;
import org.disputesuite.dispute.domain.DeadlineExpired;
import org.disputesuite.dispute.domain.DeadlineScheduled;
import org.disputesuite.dispute.domain.DisputeDomainEvent;
import org.disputesuite.dispute.domain.DisputeOpened;
import org.disputesuite.dispute.domain.DisputeResolved;
import org.disputesuite.dispute.domain.RulingApplied;
import org.disputesuite.dispute.domain.RulingSuperseded;

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
                        e.amount(), e.promisedDeliveryBy()));
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
                        e.responsibleParty(), e.resolvedBy(), e.ruleId()));
            }
        });
    }
}
