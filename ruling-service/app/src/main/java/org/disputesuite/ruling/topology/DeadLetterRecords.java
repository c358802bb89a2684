package org.disputesuite.ruling.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.ruling.decider.DeadlineEntry;

/**
 * A record that cannot be processed goes to {@code <topic>.<application id>.dlt}, unchanged, with
 * the reason in the same headers spring-kafka's dead-letter recoverer writes for the other services.
 * A due deadline that cannot be decided goes to {@code <application id>.deadlines.dlt}: its index
 * entry as JSON, keyed by order id, with the same reason headers.
 */
final class DeadLetterRecords {

    static final String EXCEPTION_MESSAGE = "kafka_dlt-exception-message";
    static final String EXCEPTION_FQCN = "kafka_dlt-exception-fqcn";
    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    static final String ORIGINAL_PARTITION = "kafka_dlt-original-partition";
    static final String ORIGINAL_OFFSET = "kafka_dlt-original-offset";

    private DeadLetterRecords() {
    }

    static Record<String, byte[]> of(Record<String, byte[]> record, String topic, int partition, long offset,
            Exception reason) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        addReason(headers, reason);
        headers.add(ORIGINAL_TOPIC, utf8(topic));
        headers.add(ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(partition).array());
        headers.add(ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(offset).array());
        return record.withHeaders(headers);
    }

    static Record<String, byte[]> ofDeadline(DeadlineEntry entry, Instant now, Exception reason) {
        Headers headers = new RecordHeaders();
        addReason(headers, reason);
        return new Record<>(entry.orderId(), utf8(EventCodec.toJson(entry)), now.toEpochMilli(), headers);
    }

    private static void addReason(Headers headers, Exception reason) {
        headers.add(EXCEPTION_MESSAGE, utf8(String.valueOf(reason.getMessage())));
        headers.add(EXCEPTION_FQCN, utf8(reason.getClass().getName()));
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
