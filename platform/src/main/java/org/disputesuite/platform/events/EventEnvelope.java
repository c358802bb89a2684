package org.disputesuite.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * One event as it crosses a topic: its identity (the CloudEvents headers), its key (the order id)
 * and its JSON value.
 */
public record EventEnvelope(String id, String type, String source, Instant time, String subject,
                            String key, String json) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(json, "json");
    }

    public Headers headers() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, utf8(id));
        headers.add(CloudEventHeaders.TYPE, utf8(type));
        headers.add(CloudEventHeaders.SOURCE, utf8(source));
        headers.add(CloudEventHeaders.TIME, utf8(time.toString()));
        if (subject != null) {
            headers.add(CloudEventHeaders.SUBJECT, utf8(subject));
        }
        return headers;
    }

    public ProducerRecord<String, String> toRecord(String topic) {
        return new ProducerRecord<>(topic, null, key, json, headers());
    }

    /** Reads the envelope of a consumed record; a record without identity headers is refused. */
    public static EventEnvelope from(String key, String json, Headers headers) {
        String id = header(headers, CloudEventHeaders.ID);
        String type = header(headers, CloudEventHeaders.TYPE);
        String source = header(headers, CloudEventHeaders.SOURCE);
        String time = header(headers, CloudEventHeaders.TIME);
        if (id == null || type == null) {
            throw new InvalidEventException("record has no " + CloudEventHeaders.ID + " or "
                    + CloudEventHeaders.TYPE + " header");
        }
        if (key == null || json == null) {
            throw new InvalidEventException("record " + id + " has no key or no value");
        }
        Instant instant;
        try {
            instant = time == null ? Instant.EPOCH : Instant.parse(time);
        } catch (RuntimeException e) {
            throw new InvalidEventException("record " + id + " has an unreadable " + CloudEventHeaders.TIME);
        }
        return new EventEnvelope(id, type, source == null ? "unknown" : source, instant,
                header(headers, CloudEventHeaders.SUBJECT), key, json);
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null
                : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
