package org.disputesuite.ruling.decider;

import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.CaseChoice;
import org.disputesuite.dispute.api.DisputeCase;
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
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent.CaseChosen;
import org.disputesuite.ruling.policy.Deadline;
import org.disputesuite.ruling.policy.Escalation;
import org.disputesuite.ruling.policy.FiledEvidence;

/**
 * What one dispute event leads to (docs/policy.md "Between the parties" and "Platform rulings").
 * Every event counts towards the highest dispute version seen; events of a dispute this order's
 * state does not know are not this order's and change nothing else.
 */
final class DisputeEventDecider implements DisputeEvent.Handler<Decision> {

    private final DecisionSteps steps;
    private final Decision decision;
    private final String eventId;
    private final Instant now;

    DisputeEventDecider(DecisionSteps steps, Decision decision, String eventId, Instant now) {
        this.steps = steps;
        this.decision = decision;
        this.eventId = eventId;
        this.now = now;
    }

    @Override
    public Decision disputeOpened(DisputeOpened opened) {
        if (!seen(opened)) {
            open(opened);
        }
        return decision;
    }

    /** dispute-service recorded a case this service chose: only its status is news here. */
    @Override
    public Decision caseChanged(CaseChanged changed) {
        if (seen(changed)) {
            steps.status(decision, changed.status(), eventId, CaseChanged.TYPE, now);
            if (changed.status() == DisputeStatus.WAITING_CUSTOMER_DELAY && decision.dispute().deadlines().stream()
                    .anyMatch(deadline -> deadline.type() == DeadlineType.CUSTOMER_DELAY && !deadline.open())) {
                steps.rule(decision, now);
            }
        }
        return decision;
    }

    @Override
    public Decision rulingApplied(RulingApplied applied) {
        if (seen(applied)) {
            DisputeFacts dispute = decision.dispute().withAppliedRuling(applied.rulingId());
            decision.applied(new AppliedRuling(applied.disputeId(), applied.orderId(), dispute.buyerId(),
                    dispute.sellerId(), applied.rulingId(), applied.ruleId(), applied.outcome(),
                    applied.responsibleParty(), applied.reasons(), applied.factEventIds(), applied.policyVersion(),
                    applied.basedOnVersion(), applied.issuedAt()));
            decision.dispute(dispute);
        }
        return decision;
    }

    /** The ruling came too late for the dispute: decide again on what is known now; what expired stays expired. */
    @Override
    public Decision rulingSuperseded(RulingSuperseded superseded) {
        if (seen(superseded)) {
            decision.dispute(decision.dispute().withSuperseded(eventId, superseded.rulingId()));
            steps.rule(decision, now);
        }
        return decision;
    }

    /**
     * Any answer closes the seller's deadline; one that already expired counts as acted on, so that
     * deciding again after a superseded ruling finds no silent seller. A customer-caused delay
     * starts the wait for it.
     */
    @Override
    public Decision sellerResponded(SellerResponded responded) {
        if (!seen(responded)) {
            return decision;
        }
        steps.cancel(decision, DecisionSteps.ofType(DeadlineType.SELLER_RESPONSE), "the seller answered", eventId,
                now);
        steps.acted(decision, DeadlineType.SELLER_RESPONSE);
        steps.status(decision, responded.status(), eventId, SellerResponded.TYPE, now);
        DisputeFacts dispute = decision.dispute();
        if (dispute.status() == DisputeStatus.WAITING_CUSTOMER_DELAY
                && !dispute.hasDeadline(DeadlineType.CUSTOMER_DELAY, Deadline::open)) {
            steps.schedule(decision, DeadlineType.CUSTOMER_DELAY,
                    steps.windows().customerDelayDue(dispute.openedAt(), delayAskedFor(dispute)), eventId,
                    SellerResponded.TYPE, now);
        }
        return decision;
    }

    @Override
    public Decision proposalAnswered(ProposalAnswered answered) {
        if (seen(answered)) {
            steps.status(decision, answered.status(), eventId, ProposalAnswered.TYPE, now);
        }
        return decision;
    }

    /**
     * The evidence filed with an answer arrives just before the answer, so the answer finds it. A
     * buyer's pickup certificate acts on the request to collect, a seller's delivery receipt on the
     * request for one: their party is reminded no more, and in that request's case the platform rules
     * as soon as it is filed (R2-CERTIFIED, R3-RECEIPT); one that does not count leaves the deadline
     * running.
     */
    @Override
    public Decision evidenceAdded(EvidenceAdded added) {
        if (!seen(added)) {
            return decision;
        }
        List<FiledEvidence> filed = added.evidence() == null ? List.of() : added.evidence().stream()
                .map(evidence -> FiledEvidence.of(evidence, added.party(), eventId, added.occurredAt()))
                .toList();
        decision.dispute(decision.dispute().withEvidence(filed));
        boolean answersTheRequestOfTheCase = false;
        for (FiledEvidence evidence : filed) {
            DeadlineType answered = answeredBy(evidence);
            if (answered != null) {
                steps.acted(decision, answered);
                answersTheRequestOfTheCase |= decision.dispute().disputeCase() == caseOf(answered);
            }
        }
        if (answersTheRequestOfTheCase) {
            steps.rule(decision, now);
        }
        return decision;
    }

    /** Messages never decide anything. */
    @Override
    public Decision messagePosted(MessagePosted posted) {
        seen(posted);
        return decision;
    }

    /** Under platform review the platform rules on the facts at once. */
    @Override
    public Decision disputeEscalated(DisputeEscalated escalated) {
        if (seen(escalated)) {
            decision.dispute(decision.dispute()
                    .withEscalation(new Escalation(escalated.by(), escalated.occurredAt(), eventId)));
            steps.cancel(decision, DecisionSteps.ofType(DeadlineType.AUTO_ESCALATION),
                    "the dispute was escalated to platform review", eventId, now);
            steps.status(decision, escalated.status() == null ? DisputeStatus.UNDER_PLATFORM_REVIEW
                    : escalated.status(), eventId, DisputeEscalated.TYPE, now);
            steps.rule(decision, now);
        }
        return decision;
    }

    /**
     * A buyer's answer about receipt is what the buyer-confirmation deadline asks for, and closes it. A
     * confirmation resolves the dispute in dispute-service; a "still not received" about an
     * inconsistent delivery makes the platform ask the seller for a delivery receipt within
     * delivery-receipt-window (a matching receipt already filed decides at once).
     */
    @Override
    public Decision receiptAnswered(ReceiptAnswered answered) {
        if (!seen(answered)) {
            return decision;
        }
        steps.cancel(decision, DecisionSteps.ofType(DeadlineType.BUYER_CONFIRMATION),
                "the buyer answered about receipt", eventId, now);
        steps.acted(decision, DeadlineType.BUYER_CONFIRMATION);
        steps.status(decision, answered.status(), eventId, ReceiptAnswered.TYPE, now);
        DisputeFacts dispute = decision.dispute();
        if (!answered.received() && !dispute.isClosed()
                && dispute.disputeCase() == DisputeCase.INCONSISTENT_DELIVERY
                && !dispute.hasDeadline(DeadlineType.DELIVERY_RECEIPT, Deadline::open)) {
            decision.dispute(dispute.withStillNotReceived(eventId));
            steps.request(decision, RequestedAction.PRODUCE_DELIVERY_RECEIPT,
                    steps.windows().deliveryReceiptDue(answered.occurredAt()), null, eventId, ReceiptAnswered.TYPE,
                    now);
            steps.rule(decision, now);
        }
        return decision;
    }

    /** dispute-service recorded a request this service made: only its status is news here (it supersedes nothing). */
    @Override
    public Decision platformRequestRecorded(PlatformRequestRecorded recorded) {
        if (seen(recorded)) {
            steps.status(decision, recorded.status(), eventId, PlatformRequestRecorded.TYPE, now);
        }
        return decision;
    }

    @Override
    public Decision disputeResolved(DisputeResolved resolved) {
        if (seen(resolved)) {
            DisputeStatus status = resolved.status() == null ? DisputeStatus.RESOLVED : resolved.status();
            String reason = status == DisputeStatus.WITHDRAWN ? "the buyer withdrew the dispute"
                    : "the dispute was resolved";
            steps.cancel(decision, deadline -> true, reason, eventId, now);
            steps.status(decision, status, eventId, DisputeResolved.TYPE, now);
        }
        return decision;
    }

    /**
     * Counts the event's version when it is about the dispute this order's state knows, and says
     * whether it was.
     */
    private boolean seen(DisputeEvent event) {
        DisputeFacts known = decision.dispute();
        if (known == null || !known.disputeId().equals(event.disputeId())) {
            return false;
        }
        decision.dispute(known.seen(event.version()));
        return true;
    }

    /**
     * A new dispute, in the case of the tracking known here: the seller's window in transit or
     * delivered, the request to collect in the pickup case, to confirm receipt for an inconsistent
     * delivery.
     */
    private void open(DisputeOpened opened) {
        ShipmentFacts shipment = decision.state().shipment();
        DisputeCase chosen = CaseChoice.choose(shipment.status(), shipment.addressCheckResult(), null);
        decision.dispute(DisputeFacts.builder()
                .disputeId(opened.disputeId())
                .buyerId(opened.buyerId())
                .sellerId(opened.sellerId())
                .requestedSolution(opened.requestedSolution())
                .openedAt(opened.occurredAt())
                .openedEventId(eventId)
                .status(opened.status() == null ? DisputeStatus.AWAITING_SELLER_RESPONSE : opened.status())
                .highestVersion(opened.version())
                .disputeCase(chosen)
                .build());
        decision.publish(EventIds.derive(CaseChosen.TYPE, opened.disputeId(), eventId),
                new CaseChosen(opened.disputeId(), decision.orderId(),
                        opened.buyerId(), opened.sellerId(), now, chosen, null, eventId));
        steps.enter(decision, null, chosen, eventId, DisputeOpened.TYPE, opened.occurredAt(), now);
    }

    /** The deadline type whose request this evidence answers, null when it answers none. */
    private static DeadlineType answeredBy(FiledEvidence evidence) {
        if (evidence.party() == Party.BUYER && evidence.type() == EvidenceType.PICKUP_CERTIFICATE) {
            return DeadlineType.BUYER_PICKUP;
        }
        if (evidence.party() == Party.SELLER && evidence.type() == EvidenceType.DELIVERY_RECEIPT) {
            return DeadlineType.DELIVERY_RECEIPT;
        }
        return null;
    }

    private static DisputeCase caseOf(DeadlineType request) {
        return request == DeadlineType.BUYER_PICKUP ? DisputeCase.PICKUP : DisputeCase.INCONSISTENT_DELIVERY;
    }

    /** The time the buyer asked the seller to wait, from the latest customer-caused delay filed. */
    private static Instant delayAskedFor(DisputeFacts dispute) {
        Instant delayUntil = null;
        for (FiledEvidence evidence : dispute.evidence()) {
            if (evidence.type() == EvidenceType.CUSTOMER_DELAY && evidence.delayUntil() != null) {
                delayUntil = evidence.delayUntil();
            }
        }
        return delayUntil;
    }
}
