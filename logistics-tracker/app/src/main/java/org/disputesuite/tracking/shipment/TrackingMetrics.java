package org.disputesuite.tracking.shipment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counters an operator watches: what carriers report and what sellers register. Listed in docs/metrics.md. */
@Component
class TrackingMetrics {

    private final MeterRegistry registry;

    TrackingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code result}: published, pending (no shipment yet) or duplicate. */
    void eventsReceived(String carrier, String result, int count) {
        if (count == 0) {
            return;
        }
        Counter.builder("tracking.events.received")
                .description("Carrier tracking events received, by what became of them")
                .tag("carrier", carrier)
                .tag("result", result)
                .register(registry)
                .increment(count);
    }

    /** {@code outcome}: created or unchanged. */
    void shipmentRegistration(String outcome) {
        Counter.builder("tracking.shipments.registered")
                .description("Shipment registrations accepted, new or repeated")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
