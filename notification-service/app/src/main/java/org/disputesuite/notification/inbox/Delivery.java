package org.disputesuite.notification.inbox;

import org.disputesuite.notification.message.Channel;

/** One channel's delivery of a message. */
public record Delivery(Channel channel, DeliveryStatus status, int attempts) {
}
