package org.disputesuite.tracking.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code tracking_webhooks_received_total{carrier, outcome}}, codes that name no carrier counting as
 * "unknown"; {@code tracking_events_skipped_total{carrier, reason}}, the events an adapter could not read.
 */
@Component
public class WebhookMetrics {

    static final String UNKNOWN_CARRIER = "unknown";

    private final MeterRegistry registry;

    public WebhookMetrics(MeterRegistry registry) {
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

    /** An event an adapter skipped, the rest of its webhook applied. */
    public void skipped(String carrier, String reason) {
        Counter.builder("tracking.events.skipped")
                .description("Carrier events skipped because their adapter could not read them")
                .tag("carrier", carrier)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
