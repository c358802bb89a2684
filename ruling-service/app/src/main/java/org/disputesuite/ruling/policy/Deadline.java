package org.disputesuite.ruling.policy;

import java.time.Instant;

import org.disputesuite.dispute.api.Party;
import org.disputesuite.ruling.api.DeadlineType;

/**
 * A deadline of a dispute, open or expired: an expired one stays among the facts so the rules can
 * judge it, a cancelled one leaves them.
 *
 * @param acted          whether its party did what was asked (docs/policy.md "Platform rulings")
 * @param expiredEventId the id of the ruling.deadline-expired.v1 event once it passed; null while open
 */
public record Deadline(String deadlineId, DeadlineType type, Party party, Instant dueAt, boolean acted,
                       String expiredEventId) {

    /** A new deadline, open, for the party its type names. */
    public static Deadline scheduled(String deadlineId, DeadlineType type, Instant dueAt) {
        return new Deadline(deadlineId, type, type.party(), dueAt, false, null);
    }

    public boolean open() {
        return expiredEventId == null;
    }

    public boolean expired() {
        return expiredEventId != null;
    }

    public Deadline actedOn() {
        return new Deadline(deadlineId, type, party, dueAt, true, expiredEventId);
    }

    public Deadline expiredBy(String eventId) {
        return new Deadline(deadlineId, type, party, dueAt, acted, eventId);
    }
}
