package org.disputesuite.ruling.policy;

import java.time.Instant;

import org.disputesuite.dispute.api.Party;
import org.disputesuite.ruling.api.DeadlineType;

/**
 * A deadline of a dispute, open or expired: an expired one stays among the facts so the rules can
 * judge it, a cancelled one leaves them.
 *
 * @param acted          whether its party did what was asked (docs/policy.md "Platform rulings"): no
 *                       reminder goes to a party that acted
 * @param expiredEventId the id of the ruling.deadline-expired.v1 event once it passed; null while open
 * @param remindAt       when its party is reminded ({@code reminder-before} ahead of {@code dueAt}); null
 *                       when it reminds nobody: a platform deadline, a window shorter than
 *                       {@code reminder-before}, or one scheduled before reminders were sent
 */
public record Deadline(String deadlineId, DeadlineType type, Party party, Instant dueAt, boolean acted,
                       String expiredEventId, Instant remindAt) {

    /** A new deadline, open, for the party its type names, with no reminder. */
    public static Deadline scheduled(String deadlineId, DeadlineType type, Instant dueAt) {
        return new Deadline(deadlineId, type, type.party(), dueAt, false, null, null);
    }

    public boolean open() {
        return expiredEventId == null;
    }

    public boolean expired() {
        return expiredEventId != null;
    }

    /** Whether a reminder is due to its party at {@link #remindAt()}: one was set, and the party has not acted. */
    public boolean remindsParty() {
        return remindAt != null && !acted && open();
    }

    public Deadline actedOn() {
        return new Deadline(deadlineId, type, party, dueAt, true, expiredEventId, remindAt);
    }

    public Deadline expiredBy(String eventId) {
        return new Deadline(deadlineId, type, party, dueAt, acted, eventId, remindAt);
    }

    public Deadline withReminderAt(Instant at) {
        return new Deadline(deadlineId, type, party, dueAt, acted, expiredEventId, at);
    }
}
