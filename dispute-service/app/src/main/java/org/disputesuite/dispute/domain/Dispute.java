package org.disputesuite.dispute.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.ResolvedBy;

/**
 * One buyer's dispute about one order. Command handlers decide and apply events; the state below
 * changes only in the event sourcing handlers. Platform decisions are recorded once each (by
 * ruling-service event id), and nothing is accepted once the dispute is closed.
 */
public class Dispute {

    @AggregateIdentifier
    private String disputeId;
    private String orderId;
    private String buyerId;
    private String sellerId;
    private DisputeStatus status;
    private DisputeCase disputeCase;
    private long latestMaterialVersion = -1;
    private final Set<String> recordedDecisions = new HashSet<>();

    protected Dispute() {
    }

    @CommandHandler
    public Dispute(OpenDispute command) {
        apply(new DisputeOpened(command.disputeId(), command.orderId(), command.buyerId(), command.sellerId(),
                command.reason(), command.requestedSolution(), command.description(), command.amount(),
                command.promisedDeliveryBy(), command.openedAt()));
    }

    @CommandHandler
    void handle(RecordCase command) {
        if (alreadyRecorded(command) || command.disputeCase() == disputeCase) {
            return;
        }
        requireOpen();
        apply(new CaseChanged(disputeId, orderId, buyerId, sellerId, command.decisionId(), command.disputeCase(),
                disputeCase, statusInCase(command.disputeCase()), command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordDeadlineScheduled command) {
        if (alreadyRecorded(command)) {
            return;
        }
        requireOpen();
        apply(new DeadlineScheduled(disputeId, command.decisionId(), command.deadlineId(), command.type(),
                command.party(), command.dueAt(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordDeadlineCancelled command) {
        if (alreadyRecorded(command)) {
            return;
        }
        requireOpen();
        apply(new DeadlineCancelled(disputeId, command.decisionId(), command.deadlineId(), command.type(),
                command.reason(), command.occurredAt()));
    }

    @CommandHandler
    void handle(RecordDeadlineExpired command) {
        if (alreadyRecorded(command)) {
            return;
        }
        requireOpen();
        apply(new DeadlineExpired(disputeId, command.decisionId(), command.deadlineId(), command.type(),
                command.dueAt(), command.occurredAt()));
    }

    @CommandHandler
    RulingDecision handle(ApplyRuling command) {
        if (alreadyRecorded(command)) {
            return RulingDecision.ALREADY_RECORDED;
        }
        requireOpen();
        if (latestMaterialVersion > command.basedOnVersion()) {
            apply(new RulingSuperseded(disputeId, orderId, buyerId, sellerId, command.decisionId(),
                    command.rulingId(), command.ruleId(), command.basedOnVersion(), latestMaterialVersion,
                    "The dispute changed (version " + latestMaterialVersion + ") after the version the ruling was"
                            + " based on (" + command.basedOnVersion() + ")",
                    command.appliedAt()));
            return RulingDecision.SUPERSEDED;
        }
        apply(new RulingApplied(disputeId, orderId, buyerId, sellerId, command.decisionId(), command.rulingId(),
                command.ruleId(), command.outcome(), command.responsibleParty(), command.reasons(),
                command.factEventIds(), command.policyVersion(), command.basedOnVersion(), command.issuedAt(),
                command.appliedAt()));
        apply(new DisputeResolved(disputeId, orderId, buyerId, sellerId, DisputeStatus.RESOLVED, command.outcome(),
                null, command.responsibleParty(), ResolvedBy.RULING, command.ruleId(), command.appliedAt()));
        return RulingDecision.APPLIED;
    }

    private boolean alreadyRecorded(PlatformCommand command) {
        return recordedDecisions.contains(command.decisionId());
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw new DisputeClosedException(disputeId, status);
        }
    }

    /**
     * docs/policy.md: in the pickup and inconsistent-delivery cases the platform takes over at once;
     * back in transit or delivered, the seller's answer is awaited again. Seller answers are not
     * recorded yet, so there is no negotiation state to return to.
     */
    private DisputeStatus statusInCase(DisputeCase next) {
        return switch (next) {
            case PICKUP -> DisputeStatus.AWAITING_BUYER_PICKUP;
            case INCONSISTENT_DELIVERY -> DisputeStatus.AWAITING_BUYER_CONFIRMATION;
            case IN_TRANSIT, DELIVERED -> DisputeStatus.AWAITING_SELLER_RESPONSE;
        };
    }

    @EventSourcingHandler
    void on(DisputeOpened event) {
        disputeId = event.disputeId();
        orderId = event.orderId();
        buyerId = event.buyerId();
        sellerId = event.sellerId();
        status = DisputeStatus.AWAITING_SELLER_RESPONSE;
    }

    @EventSourcingHandler
    void on(CaseChanged event, @SequenceNumber long version) {
        recordedDecisions.add(event.decisionId());
        disputeCase = event.disputeCase();
        status = event.status();
        if (event.changesTheCase()) {
            latestMaterialVersion = version;
        }
    }

    @EventSourcingHandler
    void on(PlatformDecisionEvent event) {
        recordedDecisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(DisputeResolved event) {
        status = event.status();
    }
}
