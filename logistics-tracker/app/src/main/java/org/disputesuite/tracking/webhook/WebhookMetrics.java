package org.disputesuite.tracking.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code tracking_webhooks_received_total{carrier, outcome}}; codes that name no carrier count as "unknown".
 * {@code tracking_webhook_events_skipped_total{carrier, reason}}: events an adapter could not read and left out
 * while applying the rest of their webhook.
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

    /** Registers the skipped-events counters of a carrier at zero, so an alert sees them before the first skip. */
    public void expectSkips(String carrier, String... reasons) {
        for (String reason : reasons) {
            skipped(carrier, reason);
        }
    }

    public void eventSkipped(String carrier, String reason) {
        skipped(carrier, reason).increment();
    }

    private Counter skipped(String carrier, String reason) {
        return Counter.builder("tracking.webhook.events.skipped")
                .description("Events a carrier's adapter could not read and skipped, the rest of the webhook applied")
                .tag("carrier", carrier)
                .tag("reason", reason)
                .register(registry);
    }
}
