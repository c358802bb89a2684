package org.disputesuite.ruling.decider;

import java.time.Instant;

import org.disputesuite.dispute.api.Party;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.policy.Deadline;

/**
 * One entry of the time-ordered index: an open deadline (with what the operators' list shows), or the
 * reminder of one to its party. Entries stored before reminders existed have neither {@code kind}
 * nor {@code firesAt}: they are deadlines, firing when due.
 *
 * @param dueAt   the deadline's due time
 * @param kind    a deadline, or the reminder ahead of it
 * @param firesAt when the entry fires: the due time of a deadline, the reminder time of a reminder
 */
public record DeadlineEntry(String deadlineId, String disputeId, String orderId, DeadlineType type, Party party,
                            Instant dueAt, Kind kind, Instant firesAt) {

    public enum Kind {
        DEADLINE, REMINDER
    }

    public DeadlineEntry {
        kind = kind == null ? Kind.DEADLINE : kind;
        firesAt = firesAt == null ? dueAt : firesAt;
    }

    static DeadlineEntry of(String orderId, String disputeId, Deadline deadline) {
        return new DeadlineEntry(deadline.deadlineId(), disputeId, orderId, deadline.type(), deadline.party(),
                deadline.dueAt(), Kind.DEADLINE, deadline.dueAt());
    }

    /** The reminder of a deadline that has one ({@link Deadline#remindAt()} set). */
    static DeadlineEntry reminderOf(String orderId, String disputeId, Deadline deadline) {
        return new DeadlineEntry(deadline.deadlineId(), disputeId, orderId, deadline.type(), deadline.party(),
                deadline.dueAt(), Kind.REMINDER, deadline.remindAt());
    }
}
