package org.disputesuite.tracking.performance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.events.InvalidEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code disputes.events.v1} for carrier performance. A type this service does not know is
 * skipped; a record that cannot be read goes to the dead-letter topic at once, and one that fails
 * otherwise after the platform's retries (see the platform's Kafka error handler).
 */
@Component
class DisputeEventListener {

    private static final Logger log = LoggerFactory.getLogger(DisputeEventListener.class);

    private final EventCodec<DisputeEvent> codec = new EventCodec<>(DisputeEvent.class, DisputeTopics.SOURCE);
    private final DisputeOutcomeRecorder recorder;

    DisputeEventListener(DisputeOutcomeRecorder recorder) {
        this.recorder = recorder;
    }

    @KafkaListener(topics = DisputeTopics.EVENTS)
    void onDisputeEvent(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = EventEnvelope.from(record.key(), record.value(), record.headers());
        if (!codec.knows(envelope.type())) {
            log.debug("Skipping {} {}: not a type this service knows", envelope.type(), envelope.id());
            return;
        }
        DisputeEvent event = codec.decode(envelope);
        if (event == null) {
            throw new InvalidEventException("record " + envelope.id() + " of type " + envelope.type() + " is empty");
        }
        try {
            recorder.record(event);
        } catch (InvalidEventException e) {
            throw new InvalidEventException("record " + envelope.id() + ": " + e.getMessage(), e);
        }
    }
}
