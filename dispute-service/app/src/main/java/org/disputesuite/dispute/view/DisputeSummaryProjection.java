package org.disputesuite.dispute.view;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.domain.CaseChanged;
import org.disputesuite.dispute.domain.DeadlineCancelled;
import org.disputesuite.dispute.domain.DeadlineExpired;
import org.disputesuite.dispute.domain.DeadlineScheduled;
import org.disputesuite.dispute.domain.DisputeDomainEvent;
import org.disputesuite.dispute.domain.DisputeEscalated;
import org.disputesuite.dispute.domain.DisputeOpened;
import org.disputesuite.dispute.domain.DisputeResolved;
import org.disputesuite.dispute.domain.EvidenceAdded;
import org.disputesuite.dispute.domain.MessagePosted;
import org.disputesuite.dispute.domain.PlatformRequested;
import org.disputesuite.dispute.domain.ProposalAnswered;
import org.disputesuite.dispute.domain.ReceiptAnswered;
import org.disputesuite.dispute.domain.RulingApplied;
import org.disputesuite.dispute.domain.RulingSuperseded;
import org.disputesuite.dispute.domain.SellerResponded;
import org.springframework.stereotype.Component;

/**
 * Keeps the list read model, from its own streaming processor and token. It can be rebuilt from
 * scratch: a reset of its token empties the table and the processor replays every event.
 */
@Component
@ProcessingGroup(DisputeSummaryProjection.PROCESSING_GROUP)
class DisputeSummaryProjection {

    static final String PROCESSING_GROUP = "dispute-summaries";

    private final DisputeSummaries summaries;

    DisputeSummaryProjection(DisputeSummaries summaries) {
        this.summaries = summaries;
    }

    @EventHandler
    void on(DisputeDomainEvent event, @SequenceNumber long version) {
        event.accept(new Folding(version));
    }

    @ResetHandler
    void beforeReplay() {
        summaries.deleteAll();
    }

    /** What each event changes in a dispute's line of the list; most change its status only. */
    private final class Folding implements DisputeDomainEvent.Handler<Void> {

        private final long version;

        private Folding(long version) {
            this.version = version;
        }

        @Override
        public Void disputeOpened(DisputeOpened e) {
            summaries.opened(e, version);
            return null;
        }

        @Override
        public Void caseChanged(CaseChanged e) {
            summaries.caseChanged(e.disputeId(), e.disputeCase(), e.status(), e.occurredAt(), version);
            return null;
        }

        @Override
        public Void sellerResponded(SellerResponded e) {
            return status(e.disputeId(), e.status(), e.occurredAt());
        }

        @Override
        public Void proposalAnswered(ProposalAnswered e) {
            return status(e.disputeId(), e.status(), e.occurredAt());
        }

        @Override
        public Void disputeEscalated(DisputeEscalated e) {
            return status(e.disputeId(), e.status(), e.occurredAt());
        }

        @Override
        public Void platformRequested(PlatformRequested e) {
            return status(e.disputeId(), e.status(), e.occurredAt());
        }

        @Override
        public Void receiptAnswered(ReceiptAnswered e) {
            return status(e.disputeId(), e.status(), e.occurredAt());
        }

        @Override
        public Void disputeResolved(DisputeResolved e) {
            return status(e.disputeId(), e.status(), e.occurredAt());
        }

        /** The list shows no evidence, messages, deadlines or rulings: their events leave it as it is. */
        @Override
        public Void evidenceAdded(EvidenceAdded e) {
            return null;
        }

        @Override
        public Void messagePosted(MessagePosted e) {
            return null;
        }

        @Override
        public Void deadlineScheduled(DeadlineScheduled e) {
            return null;
        }

        @Override
        public Void deadlineCancelled(DeadlineCancelled e) {
            return null;
        }

        @Override
        public Void deadlineExpired(DeadlineExpired e) {
            return null;
        }

        @Override
        public Void rulingApplied(RulingApplied e) {
            return null;
        }

        @Override
        public Void rulingSuperseded(RulingSuperseded e) {
            return null;
        }

        private Void status(String disputeId, DisputeStatus status, Instant at) {
            summaries.statusChanged(disputeId, status, at, version);
            return null;
        }
    }
}
