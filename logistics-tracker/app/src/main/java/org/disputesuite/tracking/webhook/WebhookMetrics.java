package org.disputesuite.tracking.webhook;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The webhooks' meters, listed in docs/metrics.md; codes that name no carrier count as "unknown".
 * {@code tracking_webhooks_received_total{carrier, outcome}}: every webhook by how it was answered;
 * {@code tracking_webhooks_refused_total{carrier, reason}}: the refused ones by why;
 * {@code tracking_webhook_ack_seconds{carrier}}: an accepted webhook's time from reaching the
 * controller to its events acknowledged by Kafka and committed;
 * {@code tracking_events_skipped_total{carrier, reason}}: events an adapter could not read and left
 * out of an accepted webhook.
 */
@Component
public class WebhookMetrics {

    static final String UNKNOWN_CARRIER = "unknown";

    private static final Duration[] ACK_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10)};

    private final MeterRegistry registry;

    public WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers a configured carrier's webhook counters and timer at zero, so that rates see them before the first webhook. */
    void expectCarrier(String carrier) {
        for (WebhookOutcome outcome : WebhookOutcome.values()) {
            if (outcome != WebhookOutcome.UNKNOWN_CARRIER) {
                expect(carrier, outcome);
            }
        }
        ackTimer(carrier);
    }

    /** Registers at zero what a code that names no carrier can come to. */
    void expectUnknownCarrier() {
        for (WebhookOutcome outcome : WebhookOutcome.values()) {
            if (outcome.canHappenToUnknownCarrier()) {
                expect(UNKNOWN_CARRIER, outcome);
            }
        }
    }

    /** The start of an accepted webhook's time to Kafka's acknowledgement; a monotonic clock, not the wall's. */
    Timer.Sample arrived() {
        return Timer.start(registry);
    }

    /** A webhook answered 202; an accepted one's time since it {@link #arrived()} is recorded as well. */
    void answered(String carrier, WebhookOutcome outcome, Timer.Sample arrival) {
        received(carrier, outcome);
        if (outcome == WebhookOutcome.ACCEPTED) {
            arrival.stop(ackTimer(carrier));
        }
    }

    void received(String carrierLabel, WebhookOutcome outcome) {
        receivedCounter(carrierLabel, outcome).increment();
        outcome.reason().ifPresent(reason -> refusedCounter(carrierLabel, reason).increment());
    }

    /** Registers a carrier's skipped-events counters at zero, so that an alert sees them before the first skip. */
    void expectSkips(String carrier, List<String> reasons) {
        for (String reason : reasons) {
            skippedCounter(carrier, reason);
        }
    }

    /** One event an adapter could not read (no time, say) and skipped, the rest of its webhook applied. */
    public void skipped(String carrier, String reason) {
        skippedCounter(carrier, reason).increment();
    }

    private void expect(String carrierLabel, WebhookOutcome outcome) {
        receivedCounter(carrierLabel, outcome);
        outcome.reason().ifPresent(reason -> refusedCounter(carrierLabel, reason));
    }

    private Counter receivedCounter(String carrierLabel, WebhookOutcome outcome) {
        return Counter.builder("tracking.webhooks.received")
                .description("Carrier webhooks received, by how they were answered")
                .tag("carrier", carrierLabel)
                .tag("outcome", outcome.outcome())
                .register(registry);
    }

    private Counter refusedCounter(String carrierLabel, String reason) {
        return Counter.builder("tracking.webhooks.refused")
                .description("Carrier webhooks refused, by why")
                .tag("carrier", carrierLabel)
                .tag("reason", reason)
                .register(registry);
    }

    private Timer ackTimer(String carrier) {
        return Timer.builder("tracking.webhook.ack")
                .description("Time from an accepted webhook reaching the tracker to its events acknowledged by Kafka"
                        + " and committed")
                .tag("carrier", carrier)
                .serviceLevelObjectives(ACK_BUCKETS)
                .register(registry);
    }

    private Counter skippedCounter(String carrier, String reason) {
        return Counter.builder("tracking.events.skipped")
                .description("Carrier events skipped because their adapter could not read them")
                .tag("carrier", carrier)
                .tag("reason", reason)
                .register(registry);
    }
}
