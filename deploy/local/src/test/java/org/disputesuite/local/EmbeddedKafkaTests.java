package org.disputesuite.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTests {

    @TempDir
    Path dataDir;

    @Test
    void createsEveryTopicWithOnePartitionCountAndKeepsRecordsAcrossARestart() throws Exception {
        LocalSettings settings = settings();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(settings)) {
            Map<String, TopicDescription> topics = describe(settings);
            assertThat(topics).containsOnlyKeys(EmbeddedKafka.TOPICS_LONG_RETENTION.keySet());
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
            try (KafkaProducer<String, String> producer = producer(settings)) {
                producer.send(new ProducerRecord<>("disputes.events.v1", "ORD-1", "{\"kept\":true}")).get();
            }
        }

        try (EmbeddedKafka restarted = EmbeddedKafka.start(settings)) {
            assertThat(values(settings, "disputes.events.v1")).containsExactly("{\"kept\":true}");
        }
        assertThat(Files.exists(dataDir.resolve("kafka/meta.properties"))).isTrue();
    }

    private LocalSettings settings() {
        Map<String, String> env = new HashMap<>();
        env.put("SUITE_DATA_DIR", dataDir.toString());
        env.put("SUITE_KAFKA_PORT", String.valueOf(RunningJar.freePort()));
        env.put("SUITE_KAFKA_CONTROLLER_PORT", String.valueOf(RunningJar.freePort()));
        return LocalSettings.from(env);
    }

    private static Map<String, TopicDescription> describe(LocalSettings settings) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            List<String> names = admin.listTopics().names().get().stream().toList();
            return admin.describeTopics(names).allTopicNames().get();
        }
    }

    private static KafkaProducer<String, String> producer(LocalSettings settings) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private static List<String> values(LocalSettings settings, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "restart-check");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                List<String> values = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                if (!values.isEmpty()) {
                    return values;
                }
            }
            return List.of();
        }
    }
}
