package org.disputesuite.platform.events;

import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one family of contract records into envelopes and back, by logical type name. The JSON
 * settings are fixed here, not taken from the web layer, so the wire format of the topics never
 * changes with an HTTP setting.
 */
public final class EventCodec<T> {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final EventTypes<T> types;
    private final String source;

    public EventCodec(Class<T> family, String source) {
        this.types = EventTypes.of(family);
        this.source = source;
    }

    public EventEnvelope encode(String id, Instant time, String key, String subject, T event) {
        return new EventEnvelope(id, types.nameOf(event), source, time, subject, key, JSON.writeValueAsString(event));
    }

    /** Decodes a record of this family; an unknown type name is not an error (see {@link #knows}). */
    public T decode(EventEnvelope envelope) {
        Class<? extends T> type = types.classOf(envelope.type())
                .orElseThrow(() -> new InvalidEventException("unknown event type " + envelope.type()));
        try {
            return JSON.readValue(envelope.json(), type);
        } catch (JacksonException e) {
            throw new InvalidEventException("record " + envelope.id() + " of type " + envelope.type()
                    + " does not parse: " + e.getOriginalMessage(), e);
        }
    }

    public boolean knows(String typeName) {
        return types.classOf(typeName).isPresent();
    }

    public String typeOf(T event) {
        return types.nameOf(event);
    }

    public static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static <V> V fromJson(String json, Class<V> type) {
        return JSON.readValue(json, type);
    }
}
