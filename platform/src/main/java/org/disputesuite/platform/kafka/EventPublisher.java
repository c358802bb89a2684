package org.disputesuite.platform.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.disputesuite.platform.events.EventEnvelope;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Sends envelopes and returns only once the broker has acknowledged every one of them (acks=all,
 * idempotent producer), so a caller that gets no exception knows the events are durable.
 */
public class EventPublisher {

    private final KafkaTemplate<String, String> kafka;
    private final long timeoutMillis;

    public EventPublisher(KafkaTemplate<String, String> kafka, long timeoutMillis) {
        this.kafka = kafka;
        this.timeoutMillis = timeoutMillis;
    }

    public void publish(String topic, EventEnvelope envelope) {
        publishAll(topic, List.of(envelope));
    }

    public void publishAll(String topic, List<EventEnvelope> envelopes) {
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>();
        try {
            for (EventEnvelope envelope : envelopes) {
                sends.add(kafka.send(envelope.toRecord(topic)));
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailedException(topic, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new PublicationFailedException(topic, e);
        }
    }

    /** Kafka did not acknowledge in time; nothing may be reported as done. */
    public static class PublicationFailedException extends RuntimeException {
        public PublicationFailedException(String topic, Throwable cause) {
            super("Kafka did not acknowledge the events for " + topic, cause);
        }
    }
}
