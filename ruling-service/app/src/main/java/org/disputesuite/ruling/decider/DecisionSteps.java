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
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.api.RulingEvent.ActionRequested;
import org.disputesuite.ruling.api.RulingEvent.CaseChosen;
import org.disputesuite.ruling.api.RulingEvent.DeadlineCancelled;
import org.disputesuite.ruling.api.RulingEvent.DeadlineExpired;
import org.disputesuite.ruling.api.RulingEvent.DeadlineScheduled;
import org.disputesuite.ruling.api.RulingEvent.ReminderDue;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.ruling.policy.Deadline;
import org.disputesuite.ruling.policy.DeadlineWindows;
import org.disputesuite.ruling.policy.Rule;
import org.disputesuite.ruling.policy.Rules;
import org.disputesuite.ruling.policy.Ruling;
import org.disputesuite.tracking.api.PickupPoint;

/**
 * The moves decisions are made of: taking a status, choosing and entering the case, asking a party to
 * act, scheduling, cancelling and expiring deadlines, reminding, and ruling. Each reads the decision's
 * dispute and leaves the changed one there.
 */
final class DecisionSteps {

    /** The deadlines of the in-transit and delivered cases, which leaving those cases cancels. */
    private static final Set<DeadlineType> SELLER_WINDOW_CASE_DEADLINES = EnumSet.of(DeadlineType.SELLER_RESPONSE,
            DeadlineType.CUSTOMER_DELAY, DeadlineType.AUTO_ESCALATION);

    /** The deadline of the pickup case. */
    private static final Set<DeadlineType> PICKUP_CASE_DEADLINES = EnumSet.of(DeadlineType.BUYER_PICKUP);

    /** The deadlines of the inconsistent-delivery case. */
    private static final Set<DeadlineType> INCONSISTENT_DELIVERY_CASE_DEADLINES =
            EnumSet.of(DeadlineType.BUYER_CONFIRMATION, DeadlineType.DELIVERY_RECEIPT);

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
     * Chooses the case again on the order's tracking, and says whether it changed. Leaving a case
     * forgets its deadlines, expired ones included (in-transit and delivered count as one); entering
     * one does what that case starts with (see {@link #enter}).
     */
    boolean chooseCase(Decision decision, String causeEventId, String causeEventType, Instant windowStart,
            Instant now) {
        DisputeFacts dispute = decision.dispute();
        ShipmentFacts shipment = decision.state().shipment();
        DisputeCase previous = dispute.disputeCase();
        DisputeCase chosen = CaseChoice.choose(shipment.status(), shipment.addressCheckResult(), previous);
        if (chosen == previous) {
            return false;
        }
        decision.publish(EventIds.derive(CaseChosen.TYPE, dispute.disputeId(), causeEventId),
                new CaseChosen(dispute.disputeId(), decision.orderId(), dispute.buyerId(), dispute.sellerId(), now,
                        chosen, previous, causeEventId));
        decision.dispute(dispute.withCase(chosen));
        Set<DeadlineType> left = deadlinesOf(previous);
        if (!left.equals(deadlinesOf(chosen))) {
            Predicate<Deadline> ofTheCaseLeft = deadline -> left.contains(deadline.type());
            cancel(decision, ofTheCaseLeft, "the dispute moved to the " + chosen + " case", causeEventId, now);
            decision.dispute(decision.dispute().withoutDeadlines(ofTheCaseLeft));
            if (previous == DisputeCase.INCONSISTENT_DELIVERY) {
                decision.dispute(decision.dispute().withStillNotReceived(null));
            }
        }
        enter(decision, previous, chosen, causeEventId, causeEventType, windowStart, now);
        return true;
    }

    /**
     * What entering a case (at opening, {@code previous} null, or from another case) starts: the
     * seller's window in transit or delivered, unless it ran already there or the seller answered; the
     * request to collect, due at the pickup point's collect-by time, in the pickup case; the request to
     * confirm receipt, due {@code buyer-confirmation-window} after {@code windowStart}, for an
     * inconsistent delivery. A request still open is not made twice.
     */
    void enter(Decision decision, DisputeCase previous, DisputeCase chosen, String causeEventId,
            String causeEventType, Instant windowStart, Instant now) {
        switch (chosen) {
            case IN_TRANSIT, DELIVERED -> {
                if (!CaseChoice.sellerWindowRuns(previous)
                        && !decision.dispute().hasActed(DeadlineType.SELLER_RESPONSE)) {
                    schedule(decision, DeadlineType.SELLER_RESPONSE, windows.sellerResponseDue(windowStart),
                            causeEventId, causeEventType, now);
                }
            }
            case PICKUP -> {
                PickupPoint point = pickupPoint(decision.state().shipment(), windowStart);
                request(decision, RequestedAction.COLLECT_PARCEL, point.collectBy(), point, causeEventId,
                        causeEventType, now);
            }
            case INCONSISTENT_DELIVERY -> request(decision, RequestedAction.CONFIRM_RECEIPT,
                    windows.buyerConfirmationDue(windowStart), null, causeEventId, causeEventType, now);
        }
    }

    /**
     * Asks a party to act by {@code dueAt}, and schedules the deadline of that request; nothing when a
     * deadline of that request is still open (the party was asked already). The request is named
     * after its deadline, so deciding the same input again names the same request.
     */
    void request(Decision decision, RequestedAction action, Instant dueAt, PickupPoint pickupPoint,
            String causeEventId, String causeEventType, Instant now) {
        DeadlineType type = DeadlineType.of(action);
        DisputeFacts dispute = decision.dispute();
        if (dispute.hasDeadline(type, Deadline::open)) {
            return;
        }
        String deadlineId = deadlineId(dispute, type, causeEventId);
        decision.publish(EventIds.derive(ActionRequested.TYPE, deadlineId),
                new ActionRequested(dispute.disputeId(), decision.orderId(), dispute.buyerId(), dispute.sellerId(),
                        now, EventIds.derive("request", deadlineId), action, action.party(), scheduled(dueAt),
                        deadlineId, pickupPoint, causeEventId));
        schedule(decision, type, dueAt, causeEventId, causeEventType, now);
    }

    /**
     * Schedules a deadline, and its reminder when its party is the buyer or the seller and
     * {@code reminder-before} ahead of the due time is still to come.
     */
    void schedule(Decision decision, DeadlineType type, Instant dueAt, String causeEventId, String causeEventType,
            Instant now) {
        DisputeFacts dispute = decision.dispute();
        String deadlineId = deadlineId(dispute, type, causeEventId);
        Deadline deadline = Deadline.scheduled(deadlineId, type, scheduled(dueAt));
        if (deadline.party() == Party.BUYER || deadline.party() == Party.SELLER) {
            Instant remindAt = windows.reminderAt(deadline.dueAt(), now);
            if (remindAt != null && scheduled(remindAt).isAfter(now)) {
                deadline = deadline.withReminderAt(scheduled(remindAt));
            }
        }
        decision.publish(EventIds.derive(DeadlineScheduled.TYPE, deadlineId),
                new DeadlineScheduled(dispute.disputeId(), decision.orderId(), dispute.buyerId(), dispute.sellerId(),
                        now, deadlineId, type, deadline.party(), deadline.dueAt(), causeEventId, causeEventType));
        decision.index(DeadlineEntry.of(decision.orderId(), dispute.disputeId(), deadline));
        if (deadline.remindAt() != null) {
            decision.index(DeadlineEntry.reminderOf(decision.orderId(), dispute.disputeId(), deadline));
        }
        decision.dispute(dispute.withDeadline(deadline));
    }

    /** Cancels the open deadlines {@code which} accepts: they leave the facts and the index, reminders included. */
    void cancel(Decision decision, Predicate<Deadline> which, String reason, String causeEventId, Instant now) {
        DisputeFacts dispute = decision.dispute();
        Predicate<Deadline> cancelled = which.and(Deadline::open);
        for (Deadline deadline : dispute.deadlines()) {
            if (cancelled.test(deadline)) {
                decision.publish(EventIds.derive(DeadlineCancelled.TYPE, deadline.deadlineId()),
                        new DeadlineCancelled(dispute.disputeId(), decision.orderId(), dispute.buyerId(),
                                dispute.sellerId(), now, deadline.deadlineId(), deadline.type(), reason, causeEventId));
                decision.unindex(DeadlineEntry.of(decision.orderId(), dispute.disputeId(), deadline));
                unindexReminder(decision, dispute, deadline);
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
        unindexReminder(decision, dispute, deadline);
        decision.dispute(dispute.withDeadlineExpired(deadline.deadlineId(), expiredEventId));
        return expiredEventId;
    }

    /**
     * The party of deadlines of this type did what was asked: they are reminded of them no more. The
     * deadlines themselves run on; a step that closes one cancels it.
     */
    void acted(Decision decision, DeadlineType type) {
        DisputeFacts dispute = decision.dispute();
        for (Deadline deadline : dispute.deadlines()) {
            if (deadline.type() == type && deadline.remindsParty()) {
                unindexReminder(decision, dispute, deadline);
            }
        }
        decision.dispute(dispute.withActed(type));
    }

    /**
     * The reminder of a deadline fell due: its party is reminded unless it acted, the deadline is no
     * longer open or already due, or nobody needs to act any more (the dispute is closed, or a ruling
     * is on its way or took effect).
     */
    void remind(Decision decision, Deadline deadline, Instant now) {
        DisputeFacts dispute = decision.dispute();
        if (!deadline.remindsParty() || !now.isBefore(deadline.dueAt()) || dispute.isClosed()
                || dispute.pendingRulingId() != null || dispute.appliedRulingId() != null) {
            return;
        }
        decision.publish(EventIds.derive(ReminderDue.TYPE, deadline.deadlineId()),
                new ReminderDue(dispute.disputeId(), decision.orderId(), dispute.buyerId(), dispute.sellerId(), now,
                        deadline.deadlineId(), deadline.type(), deadline.party(), deadline.dueAt()));
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

    /** The deadlines that belong to a case; in-transit and delivered count as one. */
    private static Set<DeadlineType> deadlinesOf(DisputeCase disputeCase) {
        if (disputeCase == null) {
            return Set.of();
        }
        return switch (disputeCase) {
            case IN_TRANSIT, DELIVERED -> SELLER_WINDOW_CASE_DEADLINES;
            case PICKUP -> PICKUP_CASE_DEADLINES;
            case INCONSISTENT_DELIVERY -> INCONSISTENT_DELIVERY_CASE_DEADLINES;
        };
    }

    /**
     * Where the parcel waits, with its collect-by time: as tracking resolved it, or for tracking kept
     * before pickup points were, {@code pickup-window} after the latest carrier event.
     */
    private PickupPoint pickupPoint(ShipmentFacts shipment, Instant windowStart) {
        return windows.collectBy(shipment.pickupPoint(),
                shipment.lastEventAt() != null ? shipment.lastEventAt() : windowStart);
    }

    private static String deadlineId(DisputeFacts dispute, DeadlineType type, String causeEventId) {
        return EventIds.derive("deadline", dispute.disputeId(), type.name(), causeEventId);
    }

    private static void unindexReminder(Decision decision, DisputeFacts dispute, Deadline deadline) {
        if (deadline.remindAt() != null) {
            decision.unindex(DeadlineEntry.reminderOf(decision.orderId(), dispute.disputeId(), deadline));
        }
    }

    /**
     * The index fires a deadline once its millisecond has come, and everything published carries
     * milliseconds: a due time finer than that would be fired (and published) before it is reached.
     */
    private static Instant scheduled(Instant dueAt) {
        return dueAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
