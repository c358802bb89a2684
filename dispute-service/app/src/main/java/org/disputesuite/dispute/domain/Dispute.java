package org.disputesuite.dispute.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.disputesuite.dispute.api.BuyerAction;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.tracking.api.Money;

/**
 * One buyer's dispute about one order. Command handlers decide and apply events; the state below
 * changes only in the event sourcing handlers. This class alone says which status follows each
 * event and which action a status allows (docs/policy.md, "Between the parties"). Platform decisions
 * are recorded once each (by ruling-service event id), and nothing is accepted once it is closed.
 */
public class Dispute {

    /** The statuses in which the platform is already in charge. */
    private static final Set<DisputeStatus> WAITING = EnumSet.of(DisputeStatus.AWAITING_BUYER_PICKUP,
            DisputeStatus.AWAITING_BUYER_CONFIRMATION, DisputeStatus.AWAITING_DELIVERY_RECEIPT,
            DisputeStatus.WAITING_CUSTOMER_DELAY);

    @AggregateIdentifier
    private String disputeId;
    private String orderId;
    private String buyerId;
    private String sellerId;
    private RequestedSolution requestedSolution;
    private Money amount;
    private DisputeStatus status;
    private DisputeCase disputeCase;
    private boolean sellerAnswered;
    private Proposal openProposal;
    private boolean receiptDenied;
    private long latestMaterialVersion = -1;
    private final Set<String> recordedDecisions = new HashSet<>();

    protected Dispute() {
    }

    @CommandHandler
    public Dispute(OpenDispute command) {
        apply(new DisputeOpened(command.disputeId(), command.orderId(), command.buyerId(), command.sellerId(),
                command.reason(), command.requestedSolution(), command.description(), command.amount(),
                command.promisedDeliveryBy(), command.disputeCase(), statusInCase(command.disputeCase(), null, false),
                command.openedAt()));
    }

    @CommandHandler
    void handle(RespondAsSeller command) {
        requireOpen();
        SellerAction action = command.action();
        if (!allowsSellerAnswer(action)) {
            throw new ActionNotAllowedException(refusedSellerAnswer(action));
        }
        Optional<Evidence> delay = action == SellerAction.REJECT ? customerDelay(command) : Optional.empty();
        DisputeStatus next = switch (action) {
            case ACCEPT -> DisputeStatus.RESOLVED;
            case PROPOSE -> DisputeStatus.NEGOTIATING;
            case REJECT -> delay.isPresent() ? DisputeStatus.WAITING_CUSTOMER_DELAY : DisputeStatus.NEGOTIATING;
        };
        if (action == SellerAction.PROPOSE) {
            checkProposal(command.proposal());
        }
        delay.ifPresent(shown -> checkCustomerDelay(shown, command.at()));
        addEvidence(Party.SELLER, command.evidence(), command.at());
        apply(new SellerResponded(disputeId, orderId, buyerId, sellerId, action,
                action == SellerAction.PROPOSE ? command.proposal() : null, next, command.at()));
        if (action == SellerAction.ACCEPT) {
            resolve(requestedSolution.outcome(), null, ResponsibleParty.NONE, ResolvedBy.AGREEMENT, command.at());
        }
    }

    @CommandHandler
    void handle(RespondAsBuyer command) {
        requireOpen();
        switch (command.action()) {
            case ACCEPT_PROPOSAL, REJECT_PROPOSAL -> {
                if (status != DisputeStatus.NEGOTIATING) {
                    throw new ActionNotAllowedException("A proposal is answered while negotiating; the dispute is "
                            + status);
                }
                if (openProposal == null) {
                    throw new ActionNotAllowedException("There is no open proposal to answer (status " + status + ")");
                }
                addEvidence(Party.BUYER, command.evidence(), command.at());
                Proposal proposal = openProposal;
                boolean accepted = command.action() == BuyerAction.ACCEPT_PROPOSAL;
                apply(new ProposalAnswered(disputeId, orderId, buyerId, sellerId, accepted, proposal,
                        accepted ? DisputeStatus.RESOLVED : status, command.at()));
                if (accepted) {
                    resolve(proposal.outcome(), proposal.solution() == ProposedSolution.PARTIAL_REFUND
                            ? proposal.amount() : null, ResponsibleParty.NONE, ResolvedBy.AGREEMENT, command.at());
                }
            }
            case CONFIRM_RECEIVED -> {
                addEvidence(Party.BUYER, command.evidence(), command.at());
                apply(new ReceiptAnswered(disputeId, orderId, buyerId, sellerId, true, DisputeStatus.RESOLVED, command.at()));
                resolve(Outcome.RELEASE_TO_SELLER, null, ResponsibleParty.NONE, ResolvedBy.BUYER_CONFIRMATION,
                        command.at());
            }
            case STILL_NOT_RECEIVED -> {
                if (status != DisputeStatus.AWAITING_BUYER_CONFIRMATION) {
                    throw new ActionNotAllowedException("\"Still not received\" answers the platform's request to"
                            + " confirm a delivery; the dispute is " + status);
                }
                if (receiptDenied) {
                    throw new ActionNotAllowedException("The buyer already said the parcel was still not received;"
                            + " the platform asks the seller for a delivery receipt");
                }
                addEvidence(Party.BUYER, command.evidence(), command.at());
                apply(new ReceiptAnswered(disputeId, orderId, buyerId, sellerId, false, status, command.at()));
            }
            case WITHDRAW -> {
                addEvidence(Party.BUYER, command.evidence(), command.at());
                apply(new DisputeResolved(disputeId, orderId, buyerId, sellerId, DisputeStatus.WITHDRAWN,
                        Outcome.RELEASE_TO_SELLER, null, ResponsibleParty.NONE, ResolvedBy.WITHDRAWAL, null,
                        List.of(), command.at()));
            }
        }
    }

    @CommandHandler
    void handle(AddEvidence command) {
        requireOpen();
        addEvidence(command.party(), command.evidence(), command.at());
    }

    @CommandHandler
    void handle(PostMessage command) {
        requireOpen();
        apply(new MessagePosted(disputeId, orderId, buyerId, sellerId, command.party(), command.text(), command.at()));
    }

    @CommandHandler
    void handle(Escalate command) {
        requireOpen();
        if (status != DisputeStatus.NEGOTIATING) {
            throw new ActionNotAllowedException(refusedEscalation());
        }
        apply(new DisputeEscalated(disputeId, orderId, buyerId, sellerId, command.party(), DisputeStatus.UNDER_PLATFORM_REVIEW,
                command.at()));
    }

    @CommandHandler
    void handle(RecordCase command) {
        if (alreadyRecorded(command) || command.disputeCase() == disputeCase) {
            return;
        }
        requireOpen();
        apply(new CaseChanged(disputeId, orderId, buyerId, sellerId, command.decisionId(), command.disputeCase(),
                disputeCase, statusInCase(command.disputeCase(), status, sellerAnswered), command.occurredAt()));
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

    /** The platform takes over: the party it asked is awaited (docs/policy.md, pickup and inconsistent delivery). */
    @CommandHandler
    void handle(RecordPlatformRequest command) {
        if (alreadyRecorded(command)) {
            return;
        }
        requireOpen();
        apply(new PlatformRequested(disputeId, orderId, buyerId, sellerId, command.decisionId(), command.requestId(),
                command.action(), command.action().party(), command.dueAt(), command.pickupPoint(),
                statusAwaiting(command.action()), command.occurredAt()));
    }

    /** The platform escalates a dispute still negotiating when its auto-escalation deadline passes. */
    @CommandHandler
    void handle(RecordDeadlineExpired command) {
        if (alreadyRecorded(command)) {
            return;
        }
        requireOpen();
        apply(new DeadlineExpired(disputeId, command.decisionId(), command.deadlineId(), command.type(),
                command.dueAt(), command.occurredAt()));
        if (command.type() == DeadlineType.AUTO_ESCALATION && status == DisputeStatus.NEGOTIATING) {
            apply(new DisputeEscalated(disputeId, orderId, buyerId, sellerId, Party.PLATFORM, DisputeStatus.UNDER_PLATFORM_REVIEW,
                    command.occurredAt()));
        }
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
                null, command.responsibleParty(), ResolvedBy.RULING, command.ruleId(), command.reasons(),
                command.appliedAt()));
        return RulingDecision.APPLIED;
    }

    private void addEvidence(Party party, List<Evidence> evidence, Instant at) {
        if (!evidence.isEmpty()) {
            apply(new EvidenceAdded(disputeId, orderId, buyerId, sellerId, party, evidence, at));
        }
    }

    private void resolve(Outcome outcome, Money partialAmount, ResponsibleParty responsible, ResolvedBy by,
            Instant at) {
        apply(new DisputeResolved(disputeId, orderId, buyerId, sellerId, DisputeStatus.RESOLVED, outcome,
                partialAmount, responsible, by, null, List.of(), at));
    }

    private boolean alreadyRecorded(PlatformCommand command) {
        return recordedDecisions.contains(command.decisionId());
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw new DisputeClosedException(disputeId, status);
        }
    }

    /** A first answer while awaiting the seller; while negotiating, a new proposal or an acceptance only. */
    private boolean allowsSellerAnswer(SellerAction action) {
        return status == DisputeStatus.AWAITING_SELLER_RESPONSE
                || status == DisputeStatus.NEGOTIATING && action != SellerAction.REJECT;
    }

    private String refusedSellerAnswer(SellerAction action) {
        if (status == DisputeStatus.NEGOTIATING) {
            return "The seller already answered; while negotiating the seller may propose again or accept, not "
                    + action;
        }
        return "The dispute is " + status + ": the platform is in charge and takes no seller answer or proposal";
    }

    private String refusedEscalation() {
        if (status == DisputeStatus.AWAITING_SELLER_RESPONSE) {
            return "The seller can still answer; a dispute can be escalated once the parties are negotiating";
        }
        if (status == DisputeStatus.UNDER_PLATFORM_REVIEW) {
            return "The dispute is already under platform review";
        }
        return "The dispute is " + status + ": the platform is already in charge";
    }

    private void checkProposal(Proposal proposal) {
        if (proposal.solution() != ProposedSolution.PARTIAL_REFUND) {
            return;
        }
        Money offered = proposal.amount();
        if (!offered.currency().equals(amount.currency())) {
            throw new PolicyViolationException("A partial refund must be in the order's currency " + amount.currency()
                    + ", not " + offered.currency());
        }
        if (new BigDecimal(offered.value()).compareTo(new BigDecimal(amount.value())) > 0) {
            throw new PolicyViolationException("A partial refund of " + offered.value() + " " + offered.currency()
                    + " is more than the order's amount of " + amount.value() + " " + amount.currency());
        }
    }

    private static Optional<Evidence> customerDelay(RespondAsSeller command) {
        return command.evidence().stream().filter(item -> item.type() == EvidenceType.CUSTOMER_DELAY)
                .reduce((first, second) -> second);
    }

    /** docs/policy.md R1-CUSTOMER-DELAY: only while the parcel is in transit, and only for a wait still to come. */
    private void checkCustomerDelay(Evidence delay, Instant at) {
        if (disputeCase != null && disputeCase != DisputeCase.IN_TRANSIT) {
            throw new PolicyViolationException("A customer-caused delay can be shown only while the parcel is in"
                    + " transit; this dispute's case is " + disputeCase);
        }
        if (!delay.delayUntil().isAfter(at)) {
            throw new PolicyViolationException("delayUntil " + delay.delayUntil() + " is not in the future");
        }
    }

    private static DisputeStatus statusAwaiting(RequestedAction action) {
        return switch (action) {
            case COLLECT_PARCEL -> DisputeStatus.AWAITING_BUYER_PICKUP;
            case CONFIRM_RECEIPT -> DisputeStatus.AWAITING_BUYER_CONFIRMATION;
            case PRODUCE_DELIVERY_RECEIPT -> DisputeStatus.AWAITING_DELIVERY_RECEIPT;
        };
    }

    /**
     * The status a dispute takes in a case: the platform takes over at once in the pickup and
     * inconsistent-delivery cases; in transit and delivered count as one, so moving between them
     * keeps the status, and coming back to them from a platform case awaits the seller again unless
     * the seller already answered.
     */
    private static DisputeStatus statusInCase(DisputeCase next, DisputeStatus current, boolean sellerAnswered) {
        if (next == DisputeCase.PICKUP) {
            return DisputeStatus.AWAITING_BUYER_PICKUP;
        }
        if (next == DisputeCase.INCONSISTENT_DELIVERY) {
            return DisputeStatus.AWAITING_BUYER_CONFIRMATION;
        }
        if (current == null || current == DisputeStatus.AWAITING_BUYER_PICKUP
                || current == DisputeStatus.AWAITING_BUYER_CONFIRMATION
                || current == DisputeStatus.AWAITING_DELIVERY_RECEIPT) {
            return sellerAnswered ? DisputeStatus.NEGOTIATING : DisputeStatus.AWAITING_SELLER_RESPONSE;
        }
        return current;
    }

    @EventSourcingHandler
    void on(DisputeOpened event) {
        disputeId = event.disputeId();
        orderId = event.orderId();
        buyerId = event.buyerId();
        sellerId = event.sellerId();
        requestedSolution = event.requestedSolution();
        amount = event.amount();
        disputeCase = event.disputeCase();
        status = event.status();
    }

    @EventSourcingHandler
    void on(SellerResponded event, @SequenceNumber long version) {
        sellerAnswered = true;
        status = event.status();
        if (event.action() == SellerAction.PROPOSE) {
            openProposal = event.proposal();
        }
        latestMaterialVersion = version;
    }

    @EventSourcingHandler
    void on(ProposalAnswered event, @SequenceNumber long version) {
        openProposal = null;
        status = event.status();
        latestMaterialVersion = version;
    }

    @EventSourcingHandler
    void on(EvidenceAdded event, @SequenceNumber long version) {
        latestMaterialVersion = version;
    }

    @EventSourcingHandler
    void on(ReceiptAnswered event, @SequenceNumber long version) {
        status = event.status();
        receiptDenied = !event.received();
        latestMaterialVersion = version;
    }

    /** A new request to confirm receipt takes a new answer: an earlier "still not received" answered an earlier one. */
    @EventSourcingHandler
    void on(PlatformRequested event) {
        recordedDecisions.add(event.decisionId());
        status = event.status();
        if (event.action() == RequestedAction.CONFIRM_RECEIPT) {
            receiptDenied = false;
        }
    }

    @EventSourcingHandler
    void on(DisputeEscalated event) {
        status = event.status();
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
        openProposal = null;
    }
}
