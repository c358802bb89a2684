package org.disputesuite.tracking.publishing;

/** Kafka did not acknowledge the events, whichever way the send failed; the caller's transaction rolls back. */
public class KafkaUnavailableException extends RuntimeException {

    KafkaUnavailableException(Throwable cause) {
        super("Kafka did not acknowledge the tracking events", cause);
    }
}
