package org.disputesuite.ruling.topology;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.disputesuite.platform.events.EventCodec;

/** State store values as JSON, with the suite's fixed JSON settings. */
final class JsonSerde {

    private JsonSerde() {
    }

    static <T> Serde<T> of(Class<T> type) {
        return of(type, UnaryOperator.identity());
    }

    /** {@code upgrade} turns a value stored in an earlier shape into the current one before it is read. */
    static <T> Serde<T> of(Class<T> type, UnaryOperator<String> upgrade) {
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : EventCodec.toJson(value).getBytes(StandardCharsets.UTF_8),
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    try {
                        return EventCodec.fromJson(upgrade.apply(new String(bytes, StandardCharsets.UTF_8)), type);
                    } catch (RuntimeException e) {
                        throw new SerializationException("Stored " + type.getSimpleName() + " does not parse", e);
                    }
                });
    }
}
