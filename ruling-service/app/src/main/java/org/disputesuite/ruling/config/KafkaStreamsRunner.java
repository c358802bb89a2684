package org.disputesuite.ruling.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the topology for as long as the application runs. It starts after the singletons, so
 * after KafkaAdmin has created the declared topics, and stops first, leaving the consumer group
 * so that a restarted instance gets its partitions at once.
 */
public class KafkaStreamsRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaStreamsRunner.class);

    private final Topology topology;
    private final Map<String, Object> config;
    private final MeterRegistry registry;
    private final Duration closeTimeout;
    private final StreamThreadFailures threadFailures;
    private final Clock clock;
    private volatile KafkaStreams streams;
    private KafkaStreamsMetrics streamsMetrics;

    KafkaStreamsRunner(Topology topology, Map<String, Object> config, MeterRegistry registry, Duration closeTimeout,
            StreamThreadFailures threadFailures, Clock clock) {
        this.topology = topology;
        this.config = Map.copyOf(config);
        this.registry = registry;
        this.closeTimeout = closeTimeout;
        this.threadFailures = threadFailures;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (streams != null) {
            return;
        }
        Properties properties = new Properties();
        properties.putAll(config);
        KafkaStreams created = new KafkaStreams(topology, properties);
        created.setStateListener((newState, oldState) -> log.info("Kafka Streams {} -> {}", oldState, newState));
        created.setUncaughtExceptionHandler(e -> threadFailures.onFailure(e, clock.instant()));
        streamsMetrics = new KafkaStreamsMetrics(created);
        streamsMetrics.bindTo(registry);
        log.info("Starting Kafka Streams {} with state in {}", config.get(StreamsConfig.APPLICATION_ID_CONFIG),
                config.get(StreamsConfig.STATE_DIR_CONFIG));
        created.start();
        streams = created;
    }

    @Override
    public synchronized void stop() {
        KafkaStreams running = streams;
        if (running == null) {
            return;
        }
        streams = null;
        running.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(closeTimeout));
        streamsMetrics.close();
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    /** The running streams, for queries and health; null while stopped. */
    public KafkaStreams streams() {
        return streams;
    }

    public KafkaStreams.State state() {
        KafkaStreams running = streams;
        return running == null ? KafkaStreams.State.NOT_RUNNING : running.state();
    }
}
