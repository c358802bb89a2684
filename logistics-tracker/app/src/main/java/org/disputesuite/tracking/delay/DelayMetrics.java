package org.disputesuite.tracking.delay;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.disputesuite.tracking.api.DelayReason;
import org.springframework.stereotype.Component;

/** Delay alerts raised, listed in docs/metrics.md; every reason is there from start-up, at zero. */
@Component
class DelayMetrics {

    private final Map<DelayReason, Counter> alerts = new EnumMap<>(DelayReason.class);

    DelayMetrics(MeterRegistry registry) {
        for (DelayReason reason : DelayReason.values()) {
            alerts.put(reason, Counter.builder("tracking.delay.alerts")
                    .description("Delay alerts raised and published, by reason")
                    .tag("reason", reason.name())
                    .register(registry));
        }
    }

    void alertRaised(DelayReason reason) {
        alerts.get(reason).increment();
    }
}
