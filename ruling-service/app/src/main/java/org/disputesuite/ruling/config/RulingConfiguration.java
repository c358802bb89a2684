package org.disputesuite.ruling.config;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.disputesuite.platform.kafka.KafkaTopicSettings;
import org.disputesuite.platform.kafka.StaticMembership;
import org.disputesuite.platform.kafka.TopicDeclarations;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.topology.RulingMetrics;
import org.disputesuite.ruling.topology.RulingTopology;
import org.disputesuite.ruling.topology.TopologySettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;

/** Wires the policy settings, the topology and its runner, the topics it needs, and its health and metrics. */
@Configuration(proxyBeanMethods = false)
class RulingConfiguration {

    /** {@code suite.policy.*}; a window that is not valid stops start-up with the setting named. */
    @Bean
    PolicySettings policySettings(Environment environment) {
        return Binder.get(environment).bindOrCreate("suite.policy", PolicySettings.class);
    }

    @Bean
    TopologySettings topologySettings(KafkaProperties kafka, RulingProperties ruling,
            @Value("${spring.application.name}") String applicationName) {
        String applicationId = kafka.getStreams().getApplicationId();
        return new TopologySettings(applicationId == null || applicationId.isBlank() ? applicationName : applicationId,
                ruling.punctuationInterval());
    }

    @Bean
    KafkaAdmin.NewTopics rulingServiceTopics(KafkaTopicSettings topics, TopologySettings settings) {
        List<String> names = new ArrayList<>(RulingTopology.inputTopics());
        names.addAll(RulingTopology.outputTopics(settings));
        return TopicDeclarations.of(topics, names.toArray(String[]::new));
    }

    @Bean
    RulingMetrics rulingMetrics(MeterRegistry registry) {
        return new MicrometerRulingMetrics(registry);
    }

    @Bean
    KafkaStreamsRunner kafkaStreamsRunner(PolicySettings policy, TopologySettings settings, RulingMetrics metrics,
            KafkaProperties kafka, KafkaTopicSettings topics, RulingProperties ruling, MeterRegistry registry,
            Clock clock, @Value("${suite.data-dir:./data}") String dataDir,
            @Value("${spring.application.name}") String applicationName,
            @Value("${" + StaticMembership.INSTANCE_ID_PROPERTY + ":}") String instanceId) {
        Map<String, Object> config = new HashMap<>(kafka.buildStreamsProperties());
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) topics.replicationFactor());
        // A new application id reads the input topics from their start: disputes opened before it must be ruled on.
        config.putIfAbsent(StreamsConfig.mainConsumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Kafka Streams 4.1 leaves the group on close only for static members (KAFKA-16514): without
        // this, a restarted instance waits out the old member's session (45 s) before deadlines fire again.
        config.putIfAbsent(StreamsConfig.mainConsumerPrefix("internal.leave.group.on.close"), true);
        // Kafka Streams adds each stream thread's index to the member id.
        StaticMembership.memberId(instanceId, RulingTopology.inputTopics().toArray(String[]::new))
                .ifPresent(member -> config.putIfAbsent(
                        StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), member));
        config.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG,
                Path.of(dataDir, applicationName, "streams").toAbsolutePath().toString());
        return new KafkaStreamsRunner(RulingTopology.build(policy, settings, metrics), config, registry,
                ruling.closeTimeout(),
                new StreamThreadFailures(ruling.maxThreadReplacements(), ruling.threadReplacementWindow()), clock);
    }

    @Bean
    KafkaStreamsHealthIndicator kafkaStreamsHealthIndicator(KafkaStreamsRunner runner) {
        return new KafkaStreamsHealthIndicator(runner);
    }
}
