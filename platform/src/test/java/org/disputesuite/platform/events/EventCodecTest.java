package org.disputesuite.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    sealed interface Sample {
        record Happened(String orderId, Instant at) implements Sample {
            public static final String TYPE = "sample.happened.v1";
        }

        record Followed(String orderId) implements Sample {
            public static final String TYPE = "sample.followed.v1";
        }
    }

    sealed interface Unnamed {
        record NoTypeName(String orderId) implements Unnamed {
        }
    }

    private final EventCodec<Sample> codec = new EventCodec<>(Sample.class, "sample-service");

    @Test
    void carriesLogicalTypeNamesAndIdentityInHeaders() {
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        EventEnvelope envelope = codec.encode("id-1", at, "ORD-1", "DSP-1", new Sample.Happened("ORD-1", at));

        ProducerRecord<String, String> record = envelope.toRecord("samples.v1");

        assertThat(record.key()).isEqualTo("ORD-1");
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("sample.happened.v1");
        assertThat(header(record, CloudEventHeaders.ID)).isEqualTo("id-1");
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("sample-service");
        assertThat(header(record, CloudEventHeaders.TIME)).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo("DSP-1");
        assertThat(record.value()).isEqualTo("{\"orderId\":\"ORD-1\",\"at\":\"2026-11-20T10:00:00Z\"}");
    }

    @Test
    void decodesWhatItEncodedByTypeName() {
        EventEnvelope sent = codec.encode("id-2", Instant.EPOCH, "ORD-2", null, new Sample.Followed("ORD-2"));
        ProducerRecord<String, String> record = sent.toRecord("samples.v1");

        EventEnvelope received = EventEnvelope.from(record.key(), record.value(), record.headers());

        assertThat(codec.decode(received)).isEqualTo(new Sample.Followed("ORD-2"));
    }

    @Test
    void refusesRecordsWithoutIdentityOrWithUnreadableJson() {
        ProducerRecord<String, String> noHeaders = new ProducerRecord<>("samples.v1", "ORD-3", "{}");
        assertThatThrownBy(() -> EventEnvelope.from("ORD-3", "{}", noHeaders.headers()))
                .isInstanceOf(InvalidEventException.class);

        EventEnvelope broken = new EventEnvelope("id-3", Sample.Happened.TYPE, "x", Instant.EPOCH, null, "ORD-3",
                "{not json");
        assertThatThrownBy(() -> codec.decode(broken)).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("id-3");
    }

    @Test
    void ignoresUnknownPropertiesSoProducersMayAddOptionalFields() {
        EventEnvelope newer = new EventEnvelope("id-4", Sample.Followed.TYPE, "x", Instant.EPOCH, null, "ORD-4",
                "{\"orderId\":\"ORD-4\",\"addedLater\":1}");
        assertThat(codec.decode(newer)).isEqualTo(new Sample.Followed("ORD-4"));
        assertThat(codec.knows("sample.unknown.v1")).isFalse();
    }

    @Test
    void everyRecordOfAFamilyMustDeclareItsTypeName() {
        assertThatThrownBy(() -> EventTypes.of(Unnamed.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TYPE");
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
