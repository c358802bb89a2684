package org.disputesuite.tracking.performance;

import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeEvent.CaseChanged;
import org.disputesuite.dispute.api.DisputeEvent.DisputeEscalated;
import org.disputesuite.dispute.api.DisputeEvent.DisputeOpened;
import org.disputesuite.dispute.api.DisputeEvent.DisputeResolved;
import org.disputesuite.dispute.api.DisputeEvent.EvidenceAdded;
import org.disputesuite.dispute.api.DisputeEvent.MessagePosted;
import org.disputesuite.dispute.api.DisputeEvent.PlatformRequestRecorded;
import org.disputesuite.dispute.api.DisputeEvent.ProposalAnswered;
import org.disputesuite.dispute.api.DisputeEvent.ReceiptAnswered;
import org.disputesuite.dispute.api.DisputeEvent.RulingApplied;
import org.disputesuite.dispute.api.DisputeEvent.RulingSuperseded;
import org.disputesuite.dispute.api.DisputeEvent.SellerResponded;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.platform.events.InvalidEventException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What carrier performance keeps of a dispute: that it was opened on the order, and whether the
 * ruling that took effect found the seller responsible. dispute-service publishes a ruling on
 * {@code disputes.events.v1} as applied (it took effect) or superseded (it did not), so the tracker
 * needs nothing from {@code rulings.v1}. Nothing else a dispute does changes a carrier's figures.
 */
@Component
class DisputeOutcomeRecorder {

    private final DisputeOutcomeStore outcomes;

    DisputeOutcomeRecorder(DisputeOutcomeStore outcomes) {
        this.outcomes = outcomes;
    }

    /** @throws InvalidEventException when the event lacks what it is counted by */
    @Transactional
    public void record(DisputeEvent event) {
        requireText(event.disputeId(), "disputeId");
        requireText(event.orderId(), "orderId");
        event.accept(new Changes());
    }

    private final class Changes implements DisputeEvent.Handler<Void> {

        @Override
        public Void disputeOpened(DisputeOpened event) {
            outcomes.opened(event.disputeId(), event.orderId());
            return null;
        }

        /** At most one ruling takes effect on a dispute (docs/policy.md, Supersession): it alone decides. */
        @Override
        public Void rulingApplied(RulingApplied event) {
            requireText(event.rulingId(), "rulingId");
            String sellerResponsible = event.responsibleParty() == ResponsibleParty.SELLER ? event.rulingId() : null;
            outcomes.rulingTookEffect(event.disputeId(), event.orderId(), sellerResponsible);
            return null;
        }

        @Override
        public Void rulingSuperseded(RulingSuperseded event) {
            requireText(event.rulingId(), "rulingId");
            outcomes.rulingSuperseded(event.disputeId(), event.rulingId());
            return null;
        }

        /** The case follows the tracking, which the tracker has first-hand. */
        @Override
        public Void caseChanged(CaseChanged event) {
            return null;
        }

        @Override
        public Void sellerResponded(SellerResponded event) {
            return null;
        }

        @Override
        public Void proposalAnswered(ProposalAnswered event) {
            return null;
        }

        @Override
        public Void evidenceAdded(EvidenceAdded event) {
            return null;
        }

        @Override
        public Void messagePosted(MessagePosted event) {
            return null;
        }

        @Override
        public Void disputeEscalated(DisputeEscalated event) {
            return null;
        }

        @Override
        public Void receiptAnswered(ReceiptAnswered event) {
            return null;
        }

        @Override
        public Void platformRequestRecorded(PlatformRequestRecorded event) {
            return null;
        }

        /** Only rulings count against the seller; one that resolved the dispute was counted when it applied. */
        @Override
        public Void disputeResolved(DisputeResolved event) {
            return null;
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("dispute event without " + field);
        }
    }
}
