package org.disputesuite.dispute.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.domain.CaseChanged;
import org.disputesuite.dispute.domain.DeadlineCancelled;
import org.disputesuite.dispute.domain.DeadlineExpired;
import org.disputesuite.dispute.domain.DeadlineScheduled;
import org.disputesuite.dispute.domain.DisputeDomainEvent;
import org.disputesuite.dispute.domain.DisputeOpened;
import org.disputesuite.dispute.domain.DisputeResolved;
import org.disputesuite.dispute.domain.RulingApplied;
import org.disputesuite.dispute.domain.RulingSuperseded;
import org.disputesuite.dispute.view.DisputeView.Deadline;
import org.disputesuite.dispute.view.DisputeView.Resolution;
import org.disputesuite.dispute.view.DisputeView.Ruling;
import org.disputesuite.dispute.view.DisputeView.TimelineEntry;

/** Folds a dispute's stored events, oldest first, into the view of it. */
final class DisputeViewBuilder {

    private DisputeOpened opened;
    private DisputeStatus status;
    private DisputeCase disputeCase;
    private final Map<String, Deadline> openDeadlines = new LinkedHashMap<>();
    private Ruling ruling;
    private Resolution resolution;
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private long version = -1;

    void apply(DisputeDomainEvent event, long sequenceNumber) {
        version = sequenceNumber;
        event.accept(folding);
    }

    private final DisputeDomainEvent.Handler<Void> folding = new DisputeDomainEvent.Handler<>() {
        @Override
        public Void disputeOpened(DisputeOpened e) {
            opened = e;
            status = DisputeStatus.AWAITING_SELLER_RESPONSE;
            timeline.add(new TimelineEntry("DISPUTE_OPENED", e.occurredAt(), Party.BUYER, e.buyerId(),
                    details("reason", e.reason(), "requestedSolution", e.requestedSolution(),
                            "description", e.description())));
            return null;
        }

        @Override
        public Void caseChanged(CaseChanged e) {
            disputeCase = e.disputeCase();
            status = e.status();
            platform("CASE_CHANGED", e.occurredAt(), details("case", e.disputeCase(), "previousCase", e.previousCase(),
                    "status", e.status()));
            return null;
        }

        @Override
        public Void deadlineScheduled(DeadlineScheduled e) {
            openDeadlines.put(e.deadlineId(), new Deadline(e.type(), e.dueAt(), e.party()));
            platform("DEADLINE_SCHEDULED", e.occurredAt(), details("deadlineType", e.type(), "party", e.party(),
                    "dueAt", e.dueAt()));
            return null;
        }

        @Override
        public Void deadlineCancelled(DeadlineCancelled e) {
            openDeadlines.remove(e.deadlineId());
            platform("DEADLINE_CANCELLED", e.occurredAt(), details("deadlineType", e.type(), "reason", e.reason()));
            return null;
        }

        @Override
        public Void deadlineExpired(DeadlineExpired e) {
            openDeadlines.remove(e.deadlineId());
            platform("DEADLINE_EXPIRED", e.occurredAt(), details("deadlineType", e.type(), "dueAt", e.dueAt()));
            return null;
        }

        @Override
        public Void rulingApplied(RulingApplied e) {
            ruling = new Ruling(e.rulingId(), e.ruleId(), e.outcome(), e.responsibleParty(), e.reasons(),
                    e.factEventIds(), e.policyVersion(), e.basedOnVersion(), e.issuedAt());
            platform("RULING_APPLIED", e.occurredAt(), details("ruleId", e.ruleId(), "outcome", e.outcome(),
                    "responsibleParty", e.responsibleParty()));
            return null;
        }

        @Override
        public Void rulingSuperseded(RulingSuperseded e) {
            platform("RULING_SUPERSEDED", e.occurredAt(), details("ruleId", e.ruleId(),
                    "basedOnVersion", e.basedOnVersion(), "reason", e.reason()));
            return null;
        }

        @Override
        public Void disputeResolved(DisputeResolved e) {
            status = e.status();
            openDeadlines.clear();
            resolution = new Resolution(e.outcome(), e.amount(), e.responsibleParty(), e.resolvedBy(),
                    e.occurredAt());
            platform("DISPUTE_RESOLVED", e.occurredAt(), details("outcome", e.outcome(),
                    "responsibleParty", e.responsibleParty(), "resolvedBy", e.resolvedBy()));
            return null;
        }
    };

    DisputeView build() {
        if (opened == null) {
            throw new IllegalStateException("A dispute's first event is its opening");
        }
        return new DisputeView(opened.disputeId(), opened.orderId(), opened.buyerId(), opened.sellerId(), status,
                opened.occurredAt(), opened.requestedSolution(), opened.reason(), opened.description(),
                opened.amount(), disputeCase,
                List.copyOf(openDeadlines.values()), ruling, resolution, List.copyOf(timeline), version);
    }

    private void platform(String type, Instant at, Map<String, Object> details) {
        timeline.add(new TimelineEntry(type, at, Party.PLATFORM, null, details));
    }

    /** Name/value pairs in order; absent values are left out. */
    private static Map<String, Object> details(Object... namesAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                details.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return details;
    }
}
