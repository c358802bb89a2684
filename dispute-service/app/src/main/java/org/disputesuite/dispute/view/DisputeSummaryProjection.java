package org.disputesuite.dispute.view;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.disputesuite.dispute.domain.CaseChanged;
import org.disputesuite.dispute.domain.DisputeOpened;
import org.disputesuite.dispute.domain.DisputeResolved;
import org.springframework.stereotype.Component;

/** Keeps the list read model, from its own streaming processor and token. */
@Component
@ProcessingGroup(DisputeSummaryProjection.PROCESSING_GROUP)
class DisputeSummaryProjection {

    static final String PROCESSING_GROUP = "dispute-summaries";

    private final DisputeSummaries summaries;

    DisputeSummaryProjection(DisputeSummaries summaries) {
        this.summaries = summaries;
    }

    @EventHandler
    void on(DisputeOpened event, @SequenceNumber long version) {
        summaries.opened(event, version);
    }

    @EventHandler
    void on(CaseChanged event, @SequenceNumber long version) {
        summaries.caseChanged(event.disputeId(), event.disputeCase(), event.status(), event.occurredAt(), version);
    }

    @EventHandler
    void on(DisputeResolved event, @SequenceNumber long version) {
        summaries.statusChanged(event.disputeId(), event.status(), event.occurredAt(), version);
    }
}
