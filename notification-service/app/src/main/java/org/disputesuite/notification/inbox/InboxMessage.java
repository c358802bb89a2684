package org.disputesuite.notification.inbox;

import java.time.Instant;
import java.util.List;

import org.disputesuite.notification.message.MessageKind;

/** A message in a party's inbox, as the API shows it. */
public record InboxMessage(String id, MessageKind kind, String locale, String subject, String body,
                           String orderId, String disputeId, Instant createdAt, List<Delivery> deliveries) {
}
