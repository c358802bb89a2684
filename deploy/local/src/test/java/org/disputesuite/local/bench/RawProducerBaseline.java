package org.disputesuite.local.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The baseline: one shared producer configured like the tracker's (acks=all, idempotent, other
 * settings at the client's defaults), each send waited for synchronously, on a topic of its own
 * with the tracking topic's partition count.
 */
final class RawProducerBaseline implements AutoCloseable {

    static final String TOPIC = "bench.raw-producer.v1";
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final KafkaProducer<String, byte[]> producer;

    private RawProducerBaseline(KafkaProducer<String, byte[]> producer) {
        this.producer = producer;
    }

    static RawProducerBaseline start(String bootstrapServers, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1))).all()
                    .get(30, TimeUnit.SECONDS);
        }
        return new RawProducerBaseline(new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.CLIENT_ID_CONFIG, "bench-raw-producer"),
                new StringSerializer(), new ByteArraySerializer()));
    }

    /** The timed part sends one record like the one the tracker published and waits for the acknowledgement. */
    Callable<String> send(RecordTemplate template, String key) {
        ProducerRecord<String, byte[]> record = template.record(TOPIC, key);
        return () -> {
            producer.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return null;
        };
    }

    /** A producer-metrics value, e.g. {@code request-latency-avg} (ms). */
    double metric(String name) {
        for (Map.Entry<MetricName, ? extends Metric> entry : producer.metrics().entrySet()) {
            if (entry.getKey().name().equals(name) && entry.getKey().group().equals("producer-metrics")) {
                Object value = entry.getValue().metricValue();
                return value instanceof Number number ? number.doubleValue() : Double.NaN;
            }
        }
        return Double.NaN;
    }

    @Override
    public void close() {
        producer.close();
    }
}
