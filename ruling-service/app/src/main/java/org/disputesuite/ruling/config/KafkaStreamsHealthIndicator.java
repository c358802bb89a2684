package org.disputesuite.ruling.config;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Ready only while the streams are RUNNING: before that, stores cannot be queried and deadlines do not fire. */
class KafkaStreamsHealthIndicator implements HealthIndicator {

    private final KafkaStreamsRunner runner;

    KafkaStreamsHealthIndicator(KafkaStreamsRunner runner) {
        this.runner = runner;
    }

    @Override
    public Health health() {
        KafkaStreams.State state = runner.state();
        Health.Builder health = state == KafkaStreams.State.RUNNING ? Health.up() : Health.down();
        return health.withDetail("state", state.name()).build();
    }
}
