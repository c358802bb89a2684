package org.disputesuite.notification.intake;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.disputesuite.notification.message.Channel;
import org.disputesuite.notification.message.RenderedMessage;
import org.springframework.stereotype.Component;

/** {@code notifications_sent_total} by message kind and channel (never by party). */
@Component
class NotificationMetrics {

    private final MeterRegistry registry;

    NotificationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void sent(List<RenderedMessage> messages, Channel channel) {
        for (RenderedMessage message : messages) {
            Counter.builder("notifications.sent")
                    .description("Messages delivered to the parties")
                    .tag("kind", message.kind().name())
                    .tag("channel", channel.name())
                    .register(registry)
                    .increment();
        }
    }
}
