package org.disputesuite.tracking.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code tracking_webhooks_received_total{carrier, outcome}}; codes that name no carrier count as "unknown".
 * {@code tracking_events_skipped_total{carrier, reason}}: events an adapter could not read and left out of an
 * accepted webhook.
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

    /** Registers a carrier's skipped-events counters at zero, so that an alert sees them before the first skip. */
    public void expectSkips(String carrier, String... reasons) {
        for (String reason : reasons) {
            skippedCounter(carrier, reason);
        }
    }

    /** One event an adapter could not read (no time, say) and skipped, the rest of its webhook applied. */
    public void skipped(String carrier, String reason) {
        skippedCounter(carrier, reason).increment();
    }

    private Counter skippedCounter(String carrier, String reason) {
        return Counter.builder("tracking.events.skipped")
                .description("Carrier events skipped because their adapter could not read them")
                .tag("carrier", carrier)
                .tag("reason", reason)
                .register(registry);
    }
}
