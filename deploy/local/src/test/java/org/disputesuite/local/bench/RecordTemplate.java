package org.disputesuite.local.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.disputesuite.tracking.api.TrackingTopics;

/**
 * The shape of a record the tracker published for a webhook (value size and ce_* headers), so the
 * baseline sends records of the same size. Falls back to the webhook body's size with no headers.
 */
record RecordTemplate(int valueBytes, List<Header> headers, String source) {

    private static final String TRACKING_UPDATED = "shipment.tracking-updated.v1";

    static RecordTemplate ofWebhookBody(int bodyBytes) {
        return new RecordTemplate(bodyBytes, List.of(), "the webhook body size (no tracker record was read)");
    }

    /** The latest shipment.tracking-updated.v1 record on the tracking topic, or the fallback. */
    static RecordTemplate fromTrackingTopic(String bootstrapServers, int fallbackBytes) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TrackingTopics.TRACKING, Duration.ofSeconds(10))
                    .stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            ends.forEach((partition, end) -> consumer.seek(partition, Math.max(0, end - 5)));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header type = record.headers().lastHeader("ce_type");
                    if (type != null && TRACKING_UPDATED.equals(new String(type.value()))) {
                        return new RecordTemplate(record.value().length, Arrays.asList(record.headers().toArray()),
                                "a " + TRACKING_UPDATED + " record the tracker published");
                    }
                }
            }
        }
        return ofWebhookBody(fallbackBytes);
    }

    ProducerRecord<String, byte[]> record(String topic, String key) {
        byte[] value = new byte[valueBytes];
        Arrays.fill(value, (byte) 'x');
        return new ProducerRecord<>(topic, null, key, value, new RecordHeaders(headers.toArray(Header[]::new)));
    }

    int headerBytes() {
        return headers.stream().mapToInt(header -> header.key().length() + header.value().length).sum();
    }

    String headerNames() {
        return headers.stream().map(Header::key).collect(Collectors.joining(", "));
    }
}
