package org.disputesuite.dispute.publishing;

import java.util.Optional;

import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.domain.CaseChanged;
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
        if (event instanceof DisputeOpened e) {
            return Optional.of(new DisputeEvent.DisputeOpened(e.disputeId(), e.orderId(), e.buyerId(), e.sellerId(),
                    version, e.occurredAt(), e.reason(), e.requestedSolution(), e.description(), e.amount(),
                    e.promisedDeliveryBy()));
        }
        if (event instanceof CaseChanged e) {
            return Optional.of(new DisputeEvent.CaseChanged(e.disputeId(), e.orderId(), e.buyerId(), e.sellerId(),
                    version, e.occurredAt(), e.disputeCase(), e.previousCase(), e.status()));
        }
        if (event instanceof RulingApplied e) {
            return Optional.of(new DisputeEvent.RulingApplied(e.disputeId(), e.orderId(), e.buyerId(), e.sellerId(),
                    version, e.occurredAt(), e.rulingId(), e.ruleId(), e.outcome(), e.responsibleParty(),
                    e.reasons(), e.factEventIds(), e.policyVersion(), e.basedOnVersion(), e.issuedAt()));
        }
        if (event instanceof RulingSuperseded e) {
            return Optional.of(new DisputeEvent.RulingSuperseded(e.disputeId(), e.orderId(), e.buyerId(),
                    e.sellerId(), version, e.occurredAt(), e.rulingId(), e.ruleId(), e.basedOnVersion(),
                    e.reason()));
        }
        if (event instanceof DisputeResolved e) {
            return Optional.of(new DisputeEvent.DisputeResolved(e.disputeId(), e.orderId(), e.buyerId(),
                    e.sellerId(), version, e.occurredAt(), e.status(), e.outcome(), e.amount(),
                    e.responsibleParty(), e.resolvedBy(), e.ruleId()));
        }
        return Optional.empty();
    }
}
