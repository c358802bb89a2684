package org.disputesuite.ruling.config;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.topology.RulingMetrics;

/** The topology's metrics as Micrometer meters (listed in docs/metrics.md). */
class MicrometerRulingMetrics implements RulingMetrics {

    private final MeterRegistry registry;
    private final DistributionSummary scanned;

    MicrometerRulingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.scanned = DistributionSummary.builder("deadline.index.scanned.entries")
                .description("Entries of the deadline index read per punctuation (only due ones are read)")
                .register(registry);
    }

    @Override
    public void rulingIssued(String ruleId) {
        Counter.builder("rulings.issued").description("Rulings issued, by rule")
                .tag("rule", ruleId).register(registry).increment();
    }

    @Override
    public void deadlineExpired(DeadlineType type, Duration delay) {
        Counter.builder("deadlines.expired").description("Deadlines that passed, by type")
                .tag("type", type.name()).register(registry).increment();
        Timer.builder("deadline.fire.delay").description("How long after its due time a deadline fired")
                .publishPercentileHistogram()
                .register(registry).record(delay);
    }

    @Override
    public void deadlineIndexScanned(int entries) {
        scanned.record(entries);
    }

    @Override
    public void deadLettered(String source) {
        Counter.builder("ruling.dead.letters")
                .description("Records sent to a dead-letter topic, by input topic (\"deadlines\" for due deadlines)")
                .tag("topic", source).register(registry).increment();
    }
}
