package org.disputesuite.notification.message;

import java.util.Map;
import java.util.Objects;

/**
 * What to tell whom, before it is put into words: the kind of message, the party it goes to, the
 * order and dispute it is about, and the named values its template may use. Values are strings,
 * instants (rendered in the recipient's time zone), {@link org.disputesuite.tracking.api.Money}
 * amounts, {@link Phrase}s (words from the locale's own file) and lists of these (one line each).
 */
public record Notice(MessageKind kind, String recipientId, String orderId, String disputeId,
                     Map<String, Object> values) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipientId, "recipientId");
        values = Map.copyOf(values);
    }
}
