package org.disputesuite.tracking.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code tracking_webhooks_received_total{carrier, outcome}}; codes that name no carrier count as "unknown". */
@Component
class WebhookMetrics {

    static final String UNKNOWN_CARRIER = "unknown";

    private final MeterRegistry registry;

    WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void received(String carrierLabel, String outcome) {
        Counter.builder("tracking.webhooks.received")
                .description("Carrier webhooks received, by how they were answered")
                .tag("carrier", carrierLabel)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
