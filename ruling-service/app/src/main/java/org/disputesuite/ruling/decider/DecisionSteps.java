package org.disputesuite.ruling.decider;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.disputesuite.dispute.api.CaseChoice;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.api.RulingEvent.CaseChosen;
import org.disputesuite.ruling.api.RulingEvent.DeadlineCancelled;
import org.disputesuite.ruling.api.RulingEvent.DeadlineExpired;
import org.disputesuite.ruling.api.RulingEvent.DeadlineScheduled;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.ruling.policy.Deadline;
import org.disputesuite.ruling.policy.DeadlineWindows;
import org.disputesuite.ruling.policy.Rule;
import org.disputesuite.ruling.policy.Rules;
import org.disputesuite.ruling.policy.Ruling;

/**
 * The moves decisions are made of: taking a status, choosing the case, scheduling, cancelling and
 * expiring deadlines, and ruling. Each reads the decision's dispute and leaves the changed one there.
 */
final class DecisionSteps {

    /** The deadlines of the in-transit and delivered cases, which leaving those cases cancels. */
    private static final Set<DeadlineType> SELLER_WINDOW_CASE_DEADLINES = EnumSet.of(DeadlineType.SELLER_RESPONSE,
            DeadlineType.CUSTOMER_DELAY, DeadlineType.AUTO_ESCALATION);

    private final DeadlineWindows windows;
    private final List<Rule> rules;

    DecisionSteps(PolicySettings settings) {
        this.windows = new DeadlineWindows(settings);
        this.rules = Rules.allCurrentRules(settings);
    }

    DeadlineWindows windows() {
        return windows;
    }

    /**
     * The status a dispute event carried (none: unchanged). The auto-escalation deadline stands
     * while the dispute negotiates: one is scheduled when it starts negotiating (a seller's answer,
     * or a case change that brings a negotiation back) unless one is open or already passed, and
     * it is cancelled when the dispute stops.
     */
    void status(Decision decision, DisputeStatus status, String causeEventId, String causeEventType, Instant now) {
        if (status == null) {
            return;
        }
        DisputeFacts dispute = decision.dispute().withStatus(status);
        decision.dispute(dispute);
        if (status != DisputeStatus.NEGOTIATING) {
            cancel(decision, ofType(DeadlineType.AUTO_ESCALATION), "the dispute is no longer negotiating",
                    causeEventId, now);
        } else if (!dispute.hasDeadline(DeadlineType.AUTO_ESCALATION, deadline -> true)) {
            schedule(decision, DeadlineType.AUTO_ESCALATION, windows.autoEscalationDue(dispute.openedAt()),
                    causeEventId, causeEventType, now);
        }
    }

    /**
     * Chooses the case again on the order's tracking. Leaving the in-transit and delivered cases
     * forgets their deadlines, expired ones included; coming back to them before the seller answered
     * opens a fresh seller window from {@code windowStart}.
     */
    /** Whether the case changed. */
    boolean chooseCase(Decision decision, String causeEventId, String causeEventType, Instant windowStart,
            Instant now) {
        DisputeFacts dispute = decision.dispute();
        ShipmentFacts shipment = decision.state().shipment();
        DisputeCase previous = dispute.disputeCase();
        DisputeCase chosen = CaseChoice.choose(shipment.status(), shipment.addressCheck(), previous);
        if (chosen == previous) {
            return false;
        }
        decision.publish(EventIds.derive(CaseChosen.TYPE, dispute.disputeId(), causeEventId),
                new CaseChosen(dispute.disputeId(), decision.orderId(), dispute.buyerId(), dispute.sellerId(), now,
                        chosen, previous, causeEventId));
        decision.dispute(dispute.withCase(chosen));
        if (CaseChoice.leavesSellerWindow(previous, chosen)) {
            Predicate<Deadline> left = deadline -> SELLER_WINDOW_CASE_DEADLINES.contains(deadline.type());
            cancel(decision, left, "the dispute moved to the " + chosen + " case", causeEventId, now);
            decision.dispute(decision.dispute().withoutDeadlines(left));
        } else if (CaseChoice.entersSellerWindow(previous, chosen) && !dispute.hasActed(DeadlineType.SELLER_RESPONSE)) {
            schedule(decision, DeadlineType.SELLER_RESPONSE, windows.sellerResponseDue(windowStart), causeEventId,
                    causeEventType, now);
        }
        return true;
    }

    void schedule(Decision decision, DeadlineType type, Instant dueAt, String causeEventId, String causeEventType,
            Instant now) {
        DisputeFacts dispute = decision.dispute();
        String deadlineId = EventIds.derive("deadline", dispute.disputeId(), type.name(), causeEventId);
        Deadline deadline = Deadline.scheduled(deadlineId, type, scheduled(dueAt));
        decision.publish(EventIds.derive(DeadlineScheduled.TYPE, deadlineId),
                new DeadlineScheduled(dispute.disputeId(), decision.orderId(), dispute.buyerId(), dispute.sellerId(),
                        now, deadlineId, type, deadline.party(), deadline.dueAt(), causeEventId, causeEventType));
        decision.index(DeadlineEntry.of(decision.orderId(), dispute.disputeId(), deadline));
        decision.dispute(dispute.withDeadline(deadline));
    }

    /** Cancels the open deadlines {@code which} accepts: they leave the facts and the index. */
    void cancel(Decision decision, Predicate<Deadline> which, String reason, String causeEventId, Instant now) {
        DisputeFacts dispute = decision.dispute();
        Predicate<Deadline> cancelled = which.and(Deadline::open);
        for (Deadline deadline : dispute.deadlines()) {
            if (cancelled.test(deadline)) {
                decision.publish(EventIds.derive(DeadlineCancelled.TYPE, deadline.deadlineId()),
                        new DeadlineCancelled(dispute.disputeId(), decision.orderId(), dispute.buyerId(),
                                dispute.sellerId(), now, deadline.deadlineId(), deadline.type(), reason, causeEventId));
                decision.unindex(DeadlineEntry.of(decision.orderId(), dispute.disputeId(), deadline));
            }
        }
        decision.dispute(dispute.withoutDeadlines(cancelled));
    }

    /** The deadline passed: it stays among the facts, expired, and the id of its expiry is returned. */
    String expire(Decision decision, Deadline deadline, Instant now) {
        DisputeFacts dispute = decision.dispute();
        String expiredEventId = EventIds.derive(DeadlineExpired.TYPE, deadline.deadlineId());
        decision.publish(expiredEventId, new DeadlineExpired(dispute.disputeId(), decision.orderId(),
                dispute.buyerId(), dispute.sellerId(), now, deadline.deadlineId(), deadline.type(), deadline.dueAt()));
        decision.dispute(dispute.withDeadlineExpired(deadline.deadlineId(), expiredEventId));
        return expiredEventId;
    }

    /** Asks the rules, unless the dispute is closed or a ruling is pending or took effect; the first ruling wins. */
    void rule(Decision decision, Instant now) {
        DisputeFacts dispute = decision.dispute();
        if (dispute.isClosed() || dispute.pendingRulingId() != null || dispute.appliedRulingId() != null) {
            return;
        }
        Rules.firstRuling(rules, decision.state().rulingFacts(), now)
                .ifPresent(ruling -> issue(decision, ruling, now));
    }

    private static void issue(Decision decision, Ruling ruling, Instant now) {
        DisputeFacts dispute = decision.dispute();
        String ruleId = ruling.rule().id();
        String rulingId = EventIds.derive("ruling", dispute.disputeId(), ruleId, Long.toString(ruling.basedOnVersion()));
        decision.publish(EventIds.derive(RulingIssued.TYPE, rulingId),
                new RulingIssued(dispute.disputeId(), decision.orderId(), dispute.buyerId(), dispute.sellerId(), now,
                        rulingId, ruleId, ruling.outcome(), ruling.responsibleParty(), ruling.reasons(),
                        ruling.factEventIds(), ruling.policyVersion(), ruling.basedOnVersion()));
        decision.dispute(dispute.withPendingRuling(rulingId));
    }

    static Predicate<Deadline> ofType(DeadlineType type) {
        return deadline -> deadline.type() == type;
    }

    /**
     * The index fires a deadline once its millisecond has come, and everything published carries
     * milliseconds: a due time finer than that would be fired (and published) before it is reached.
     */
    private static Instant scheduled(Instant dueAt) {
        return dueAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
