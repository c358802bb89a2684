package org.disputesuite.dispute.metrics;

import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The service's own counters (listed in docs/metrics.md); labels are low-cardinality enums only. */
@Component
public class DisputeMetrics {

    private final MeterRegistry registry;

    public DisputeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void opened(RequestedSolution solution) {
        Counter.builder("disputes.opened")
                .description("Disputes opened by buyers")
                .tag("requested_solution", solution.name())
                .register(registry)
                .increment();
    }

    public void resolvedByRuling(Outcome outcome) {
        Counter.builder("disputes.resolved")
                .description("Disputes resolved")
                .tag("outcome", outcome.name())
                .tag("resolved_by", ResolvedBy.RULING.name())
                .register(registry)
                .increment();
    }

    public void rulingSuperseded() {
        Counter.builder("disputes.rulings.superseded")
                .description("Rulings not applied because the dispute changed after the version they were based on")
                .register(registry)
                .increment();
    }

    public void publicationFailed() {
        Counter.builder("disputes.events.publication.failures")
                .description("Batches of integration events Kafka did not acknowledge; the publisher retries them")
                .register(registry)
                .increment();
    }

    public void published(String type) {
        Counter.builder("disputes.events.published")
                .description("Integration events acknowledged by Kafka on disputes.events.v1")
                .tag("type", type)
                .register(registry)
                .increment();
    }
}
