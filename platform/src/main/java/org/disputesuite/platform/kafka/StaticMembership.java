package org.disputesuite.platform.kafka;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * With {@code suite.instance-id} set to a name that this instance keeps across restarts (the pod's
 * name in Kubernetes, the service's name in the all-in-one), each consumer joins its group as a
 * static member. An instance restarted after a crash then takes its partitions back at once,
 * instead of waiting for the group to time out its dead former self (45 s by default). Each
 * listener of a service is its own member, so its id is the instance's followed by its topics (and,
 * added by spring-kafka and Kafka Streams, the index of the consumer or stream thread).
 */
public final class StaticMembership {

    public static final String INSTANCE_ID_PROPERTY = "suite.instance-id";

    private StaticMembership() {
    }

    /** The static member id of a listener on these topics, or empty for dynamic membership. */
    public static Optional<String> memberId(String instanceId, String... topics) {
        if (instanceId == null || instanceId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(instanceId + "-" + String.join("_", topics));
    }

    static ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> listeners(
            String instanceId) {
        return container -> {
            String[] topics = container.getContainerProperties().getTopics();
            memberId(instanceId, topics == null ? new String[] {container.getListenerId()} : topics)
                    .ifPresent(member -> container.getContainerProperties().getKafkaConsumerProperties()
                            .setProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, member));
        };
    }
}
