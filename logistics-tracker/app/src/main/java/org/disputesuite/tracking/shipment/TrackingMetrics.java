package org.disputesuite.tracking.shipment;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.springframework.stereotype.Component;

/** Counters an operator watches: what carriers report and what sellers register. Listed in docs/metrics.md. */
@Component
public class TrackingMetrics {

    private static final List<String> EVENT_RESULTS = List.of("published", "pending", "duplicate");
    private static final List<String> REGISTRATION_OUTCOMES = List.of("created", "unchanged");

    private final MeterRegistry registry;

    TrackingMetrics(MeterRegistry registry) {
        this.registry = registry;
        REGISTRATION_OUTCOMES.forEach(this::registrationCounter);
    }

    /** Registers a carrier's event counters at zero, every status and result included. */
    public void expectCarrier(String carrier) {
        EVENT_RESULTS.forEach(result -> receivedCounter(carrier, result));
        for (ShipmentStatus status : ShipmentStatus.values()) {
            normalizedCounter(carrier, status);
        }
        unknownCodeCounter(carrier);
    }

    /** {@code result}: published, pending (no shipment yet) or duplicate. */
    void eventsReceived(String carrier, String result, int count) {
        if (count == 0) {
            return;
        }
        receivedCounter(carrier, result).increment(count);
    }

    /** Events new to their parcel, by their normalized status; those of a code their adapter did not know besides. */
    void freshEvents(String carrier, List<CarrierEvent> fresh) {
        for (CarrierEvent event : fresh) {
            normalizedCounter(carrier, event.status()).increment();
            if (event.unknownCode()) {
                unknownCodeCounter(carrier).increment();
            }
        }
    }

    /** {@code outcome}: created or unchanged. */
    void shipmentRegistration(String outcome) {
        registrationCounter(outcome).increment();
    }

    private Counter receivedCounter(String carrier, String result) {
        return Counter.builder("tracking.events.received")
                .description("Carrier tracking events received, by what became of them")
                .tag("carrier", carrier)
                .tag("result", result)
                .register(registry);
    }

    private Counter normalizedCounter(String carrier, ShipmentStatus status) {
        return Counter.builder("tracking.events.normalized")
                .description("Carrier tracking events new to their parcel, by normalized status")
                .tag("carrier", carrier)
                .tag("status", status.name())
                .register(registry);
    }

    private Counter unknownCodeCounter(String carrier) {
        return Counter.builder("tracking.events.unknown.code")
                .description("Carrier tracking events new to their parcel whose code the adapter did not know"
                        + " (read as EXCEPTION)")
                .tag("carrier", carrier)
                .register(registry);
    }

    private Counter registrationCounter(String outcome) {
        return Counter.builder("tracking.shipments.registered")
                .description("Shipment registrations accepted, new or repeated")
                .tag("outcome", outcome)
                .register(registry);
    }
}
