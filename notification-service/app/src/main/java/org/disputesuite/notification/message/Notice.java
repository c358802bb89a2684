package org.disputesuite.notification.message;

import java.util.Map;
import java.util.Objects;

/**
 * What to tell whom, before it is put into words: the kind of message, the party it goes to, the
 * order and dispute it is about, and the named values its template may use. Values are strings,
 * instants (rendered in the recipient's time zone), {@link org.disputesuite.tracking.api.Money}
 * amounts, {@link Phrase}s (words from the locale's own file) and lists of these (one line each).
 *
 * <p>{@code dedupKey} says what makes the message once-only when that is more than the event it came
 * from: notices with the same key, recipient and kind put one message in the inbox, whichever event
 * brought them (an order's arrival at one pickup point, reported by several carrier events; a
 * dispute's opening, told from either of two topics; one delay alert of an order). Null means once
 * per event.
 */
public record Notice(MessageKind kind, String recipientId, String orderId, String disputeId,
                     Map<String, Object> values, String dedupKey) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipientId, "recipientId");
        values = Map.copyOf(values);
    }

    /** A notice told once per event. */
    public Notice(MessageKind kind, String recipientId, String orderId, String disputeId, Map<String, Object> values) {
        this(kind, recipientId, orderId, disputeId, values, null);
    }
}
