package org.disputesuite.ruling.api;

import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.tracking.api.PickupPoint;

/**
 * What ruling-service decides, published on {@link RulingTopics#RULINGS} keyed by order id.
 * {@code causeEventId} is the id of the event (or the deadline) that led to the decision.
 */
public sealed interface RulingEvent {

    String disputeId();

    String orderId();

    String buyerId();

    String sellerId();

    Instant occurredAt();

    /** Calls the handler's method for this event's type. */
    <R> R accept(Handler<R> handler);

    /**
     * One method per type of the family. A consumer implements every one of them, so a new type
     * does not compile until each consumer says what it does with it (doing nothing included).
     */
    interface Handler<R> {
        R caseChosen(CaseChosen event);

        R deadlineScheduled(DeadlineScheduled event);

        R deadlineCancelled(DeadlineCancelled event);

        R deadlineExpired(DeadlineExpired event);

        R rulingIssued(RulingIssued event);

        R actionRequested(ActionRequested event);

        R reminderDue(ReminderDue event);
    }

    record CaseChosen(String disputeId, String orderId, String buyerId, String sellerId, Instant occurredAt,
                      DisputeCase disputeCase, DisputeCase previousCase, String causeEventId) implements RulingEvent {
        public static final String TYPE = "ruling.case-chosen.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.caseChosen(this);
        }
    }

    record DeadlineScheduled(String disputeId, String orderId, String buyerId, String sellerId, Instant occurredAt,
                             String deadlineId, DeadlineType type, Party party, Instant dueAt,
                             String causeEventId, String causeEventType) implements RulingEvent {
        public static final String TYPE = "ruling.deadline-scheduled.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.deadlineScheduled(this);
        }
    }

    record DeadlineCancelled(String disputeId, String orderId, String buyerId, String sellerId, Instant occurredAt,
                             String deadlineId, DeadlineType type, String reason, String causeEventId)
            implements RulingEvent {
        public static final String TYPE = "ruling.deadline-cancelled.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.deadlineCancelled(this);
        }
    }

    record DeadlineExpired(String disputeId, String orderId, String buyerId, String sellerId, Instant occurredAt,
                           String deadlineId, DeadlineType type, Instant dueAt) implements RulingEvent {
        public static final String TYPE = "ruling.deadline-expired.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.deadlineExpired(this);
        }
    }

    record RulingIssued(String disputeId, String orderId, String buyerId, String sellerId, Instant occurredAt,
                        String rulingId, String ruleId, Outcome outcome, ResponsibleParty responsibleParty,
                        List<String> reasons, List<String> factEventIds, String policyVersion,
                        long basedOnVersion) implements RulingEvent {
        public static final String TYPE = "ruling.issued.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.rulingIssued(this);
        }
    }

    /**
     * The platform asks a party to act by {@code dueAt} (the due time of deadline {@code deadlineId}).
     * {@code pickupPoint} names where to collect, for {@link RequestedAction#COLLECT_PARCEL} only.
     */
    record ActionRequested(String disputeId, String orderId, String buyerId, String sellerId, Instant occurredAt,
                           String requestId, RequestedAction action, Party party, Instant dueAt,
                           String deadlineId, PickupPoint pickupPoint, String causeEventId)
            implements RulingEvent {
        public static final String TYPE = "ruling.action-requested.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.actionRequested(this);
        }
    }

    /** A deadline's party has not acted and the deadline is {@code reminder-before} away. */
    record ReminderDue(String disputeId, String orderId, String buyerId, String sellerId, Instant occurredAt,
                       String deadlineId, DeadlineType type, Party party, Instant dueAt) implements RulingEvent {
        public static final String TYPE = "ruling.reminder-due.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.reminderDue(this);
        }
    }
}
