package org.disputesuite.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.disputesuite.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;

class StaticMembershipTests {

    @Test
    void namesEachListenerAfterTheInstanceAndItsTopics() {
        assertThat(StaticMembership.memberId("dispute-service-0", "logistics.tracking.v1"))
                .contains("dispute-service-0-logistics.tracking.v1");
        assertThat(StaticMembership.memberId("notifications-7f9c", "a.v1", "b.v1")).contains("notifications-7f9c-a.v1_b.v1");
    }

    @Test
    void staysDynamicWithoutAnInstanceId() {
        assertThat(StaticMembership.memberId("", "logistics.tracking.v1")).isEmpty();
        assertThat(StaticMembership.memberId(null, "logistics.tracking.v1")).isEmpty();
    }

    @Test
    void listenerJoinsItsGroupAsAStaticMember() throws Exception {
        String group = "static-membership-" + UUID.randomUUID();
        String topic = "static-membership-" + UUID.randomUUID() + ".v1";
        ConcurrentMessageListenerContainer<Object, Object> container = container(group, topic);
        StaticMembership.listeners("tracker-0").configure(container);
        container.start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                        .describedGroups().get(group).get();
                assertThat(description.members()).extracting(MemberDescription::groupInstanceId)
                        .as("spring-kafka adds the index of the consumer within its container")
                        .containsExactly(Optional.of("tracker-0-" + topic + "-0"));
            });
        } finally {
            container.stop();
        }
    }

    private static ConcurrentMessageListenerContainer<Object, Object> container(String group, String topic) {
        DefaultKafkaConsumerFactory<Object, Object> consumers = new DefaultKafkaConsumerFactory<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        ContainerProperties properties = new ContainerProperties(topic);
        properties.setMessageListener((MessageListener<Object, Object>) record -> { });
        return new ConcurrentMessageListenerContainer<>(consumers, properties);
    }
}
