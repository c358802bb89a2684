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
import org.disputesuite.dispute.view.DisputeView.Deadline;
import org.disputesuite.dispute.view.DisputeView.EvidenceEntry;
import org.disputesuite.dispute.view.DisputeView.MessageEntry;
import org.disputesuite.dispute.view.DisputeView.ProposalEntry;
import org.disputesuite.dispute.view.DisputeView.ProposalStatus;
import org.disputesuite.dispute.view.DisputeView.Resolution;
import org.disputesuite.dispute.view.DisputeView.Ruling;
import org.disputesuite.dispute.view.DisputeView.TimelineEntry;

/** Folds a dispute's stored events, oldest first, into the view of it. */
final class DisputeViewBuilder {

    private DisputeOpened opened;
    private DisputeStatus status;
    private DisputeCase disputeCase;
    private final Map<String, Deadline> openDeadlines = new LinkedHashMap<>();
    private final List<EvidenceEntry> evidence = new ArrayList<>();
    private final List<ProposalEntry> proposals = new ArrayList<>();
    private final List<MessageEntry> messages = new ArrayList<>();
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
            status = e.status();
            disputeCase = e.disputeCase();
            party("DISPUTE_OPENED", e.occurredAt(), Party.BUYER, details("reason", e.reason(),
                    "requestedSolution", e.requestedSolution(), "description", e.description(),
                    "case", e.disputeCase(), "status", e.status()));
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
        public Void sellerResponded(SellerResponded e) {
            status = e.status();
            if (e.proposal() != null) {
                closeOpenProposal(ProposalStatus.REPLACED, e.occurredAt());
                proposals.add(new ProposalEntry(e.proposal().solution(), e.proposal().amount(), ProposalStatus.OPEN,
                        e.occurredAt(), null));
            }
            party("SELLER_RESPONDED", e.occurredAt(), Party.SELLER, details("action", e.action(),
                    "solution", e.proposal() == null ? null : e.proposal().solution(),
                    "amount", e.proposal() == null ? null : e.proposal().amount(), "status", e.status()));
            return null;
        }

        @Override
        public Void proposalAnswered(ProposalAnswered e) {
            status = e.status();
            closeOpenProposal(e.accepted() ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED, e.occurredAt());
            party("PROPOSAL_ANSWERED", e.occurredAt(), Party.BUYER, details("accepted", e.accepted(),
                    "solution", e.proposal().solution(), "amount", e.proposal().amount()));
            return null;
        }

        @Override
        public Void evidenceAdded(EvidenceAdded e) {
            e.evidence().forEach(item -> evidence.add(new EvidenceEntry(e.party(), partyId(e.party()), item.type(),
                    item.description(), item.documentRef(), item.occurredAt(), item.delayUntil(), item.address(),
                    e.occurredAt())));
            party("EVIDENCE_ADDED", e.occurredAt(), e.party(), details("types",
                    e.evidence().stream().map(item -> item.type().name()).toList()));
            return null;
        }

        @Override
        public Void messagePosted(MessagePosted e) {
            messages.add(new MessageEntry(e.from(), partyId(e.from()), e.text(), e.occurredAt()));
            party("MESSAGE_POSTED", e.occurredAt(), e.from(), details("text", e.text()));
            return null;
        }

        @Override
        public Void disputeEscalated(DisputeEscalated e) {
            status = e.status();
            party("DISPUTE_ESCALATED", e.occurredAt(), e.by(), details("status", e.status()));
            return null;
        }

        @Override
        public Void platformRequested(PlatformRequested e) {
            status = e.status();
            platform("PLATFORM_REQUEST", e.occurredAt(), details("action", e.action(), "party", e.party(),
                    "dueAt", e.dueAt(), "pickupPoint", e.pickupPoint(), "status", e.status()));
            return null;
        }

        @Override
        public Void receiptAnswered(ReceiptAnswered e) {
            status = e.status();
            party("RECEIPT_ANSWERED", e.occurredAt(), Party.BUYER, details("received", e.received()));
            return null;
        }

        @Override
        public Void disputeResolved(DisputeResolved e) {
            status = e.status();
            openDeadlines.clear();
            closeOpenProposal(ProposalStatus.LAPSED, e.occurredAt());
            resolution = new Resolution(e.outcome(), e.amount(), e.responsibleParty(), e.resolvedBy(),
                    e.occurredAt());
            party(e.status() == DisputeStatus.WITHDRAWN ? "DISPUTE_WITHDRAWN" : "DISPUTE_RESOLVED", e.occurredAt(),
                    resolvedBy(e), details("outcome", e.outcome(), "amount", e.amount(),
                            "responsibleParty", e.responsibleParty(), "resolvedBy", e.resolvedBy()));
            return null;
        }
    };

    private void closeOpenProposal(ProposalStatus outcome, Instant at) {
        for (int i = 0; i < proposals.size(); i++) {
            ProposalEntry proposal = proposals.get(i);
            if (proposal.status() == ProposalStatus.OPEN) {
                proposals.set(i, new ProposalEntry(proposal.solution(), proposal.amount(), outcome,
                        proposal.proposedAt(), at));
            }
        }
    }

    /** A ruling is the platform's; a withdrawal or confirmation the buyer's; an agreement that of whoever agreed. */
    private Party resolvedBy(DisputeResolved e) {
        return switch (e.resolvedBy()) {
            case RULING -> Party.PLATFORM;
            case WITHDRAWAL, BUYER_CONFIRMATION -> Party.BUYER;
            case AGREEMENT -> timeline.isEmpty() ? Party.PLATFORM : timeline.get(timeline.size() - 1).actor();
        };
    }

    private String partyId(Party party) {
        return switch (party) {
            case BUYER -> opened.buyerId();
            case SELLER -> opened.sellerId();
            case PLATFORM -> null;
        };
    }

    DisputeView build() {
        if (opened == null) {
            throw new IllegalStateException("A dispute's first event is its opening");
        }
        return new DisputeView(opened.disputeId(), opened.orderId(), opened.buyerId(), opened.sellerId(), status,
                opened.occurredAt(), opened.requestedSolution(), opened.reason(), opened.description(),
                opened.amount(), disputeCase, List.copyOf(openDeadlines.values()), List.copyOf(evidence),
                List.copyOf(proposals), List.copyOf(messages), ruling, resolution, List.copyOf(timeline), version);
    }

    private void platform(String type, Instant at, Map<String, Object> details) {
        party(type, at, Party.PLATFORM, details);
    }

    private void party(String type, Instant at, Party actor, Map<String, Object> details) {
        timeline.add(new TimelineEntry(type, at, actor, partyId(actor), details));
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
