package org.disputesuite.tracking.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.kafka.EventPublisher;
import org.disputesuite.platform.kafka.EventPublisher.PublicationFailedException;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.disputesuite.tracking.api.TrackingTopics;
import org.springframework.stereotype.Component;

/**
 * Publishes on logistics.tracking.v1, keyed by order id, and returns only once Kafka acknowledged.
 * Event ids are derived from what the event is about, so a retry after a crash between the
 * acknowledgement and the database commit publishes the same ids and consumers drop the copies.
 * A registration's id also depends on what was registered: after a rollback the seller may send a
 * corrected registration, which must not be dropped as a copy of the first attempt.
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
        return event.accept(new TrackingEvent.Handler<>() {
            @Override
            public EventEnvelope shipmentRegistered(ShipmentRegistered registered) {
                return CODEC.encode(registeredEventId(registered), registered.registeredAt(),
                        registered.orderId(), registered.orderId(), registered);
            }

            @Override
            public EventEnvelope trackingUpdated(TrackingUpdated updated) {
                return CODEC.encode(trackingEventId(updated), updated.occurredAt(),
                        updated.orderId(), updated.orderId(), updated);
            }

            @Override
            public EventEnvelope delayDetected(TrackingEvent.DelayDetected delayed) {
                return CODEC.encode(delayEventId(delayed), delayed.detectedAt(), delayed.orderId(),
                        delayed.orderId(), delayed);
            }
        });
    }

    /**
     * {@code shipment-registered:<orderId>:<16 hex digits of the SHA-256 of the registered fields>};
     * the registration time is left out, so a retry of the same registration gets the same id.
     */
    public static String registeredEventId(ShipmentRegistered registered) {
        Address to = registered.destination();
        String canonical = canonical(registered.orderId(), registered.trackingNumber(), registered.carrier(),
                registered.sellerId(), registered.buyerId(), to.name(), to.line1(), to.line2(), to.city(),
                to.region(), to.postalCode(), to.countryCode(), String.valueOf(registered.shippedAt()),
                String.valueOf(registered.promisedDeliveryBy()), registered.amount().value(),
                registered.amount().currency());
        return "shipment-registered:" + registered.orderId() + ":" + shortSha256(canonical);
    }

    public static String trackingEventId(TrackingUpdated updated) {
        return "tracking:" + updated.carrier() + ":" + updated.trackingNumber() + ":" + updated.carrierEventId();
    }

    /**
     * {@code delay:<orderId>:LATE} (once per shipment) or {@code delay:<orderId>:STALLED:<lastEventAt>}
     * (once per stall: the stall of the same last event, however often a retry detects it).
     */
    public static String delayEventId(TrackingEvent.DelayDetected delayed) {
        String id = "delay:" + delayed.orderId() + ":" + delayed.reason();
        return switch (delayed.reason()) {
            case LATE -> id;
            case STALLED -> id + ":" + (delayed.lastEventAt() == null ? "registered" : delayed.lastEventAt());
        };
    }

    /** Each field length-prefixed, so no two different field lists read the same. */
    private static String canonical(String... fields) {
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            text.append(field == null ? "-" : field.length() + ":" + field).append('|');
        }
        return text.toString();
    }

    private static String shortSha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
