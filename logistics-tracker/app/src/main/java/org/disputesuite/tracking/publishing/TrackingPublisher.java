package org.disputesuite.tracking.publishing;

import java.util.List;

import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.kafka.EventPublisher;
import org.disputesuite.platform.kafka.EventPublisher.PublicationFailedException;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.disputesuite.tracking.api.TrackingTopics;
import org.springframework.stereotype.Component;

/**
 * Publishes on logistics.tracking.v1, keyed by order id, and returns only once Kafka acknowledged.
 * Event ids are derived from what the event is about, so a retry after a crash between the
 * acknowledgement and the database commit publishes the same ids and consumers drop the copies.
 */
@Component
public class TrackingPublisher {

    private static final EventCodec<TrackingEvent> CODEC =
            new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);

    private final EventPublisher publisher;

    public TrackingPublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    /**
     * Sends the events in this order and waits for Kafka's acknowledgement.
     *
     * @throws PublicationFailedException when Kafka did not acknowledge them all
     */
    public void publish(List<TrackingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<EventEnvelope> envelopes = events.stream().map(TrackingPublisher::envelope).toList();
        publisher.publishAll(TrackingTopics.TRACKING, envelopes);
    }

    static EventEnvelope envelope(TrackingEvent event) {
        if (event instanceof ShipmentRegistered registered) {
            return CODEC.encode(registeredEventId(registered.orderId()), registered.registeredAt(),
                    registered.orderId(), registered.orderId(), registered);
        }
        if (event instanceof TrackingUpdated updated) {
            return CODEC.encode(trackingEventId(updated), updated.occurredAt(),
                    updated.orderId(), updated.orderId(), updated);
        }
        throw new IllegalArgumentException("Not a tracking event: " + event);
    }

    public static String registeredEventId(String orderId) {
        return "shipment-registered:" + orderId;
    }

    public static String trackingEventId(TrackingUpdated updated) {
        return "tracking:" + updated.carrier() + ":" + updated.trackingNumber() + ":" + updated.carrierEventId();
    }
}
