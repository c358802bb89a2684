package org.disputesuite.ruling.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class KafkaStreamsHealthIndicatorTests {

    @Test
    void isDownUntilStreamsRun() {
        KafkaStreamsRunner notStarted = new KafkaStreamsRunner(new Topology(), Map.of(), new SimpleMeterRegistry(),
                Duration.ofSeconds(1), new StreamThreadFailures(3, Duration.ofMinutes(5)), Clock.systemUTC());

        Health health = new KafkaStreamsHealthIndicator(notStarted).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("state", "NOT_RUNNING");
    }
}
