package org.disputesuite.dispute.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.disputesuite.platform.events.CloudEventHeaders;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.ruling.api.RulingTopics;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingTopics;

/** Records as logistics-tracker and ruling-service publish them. */
public final class Records {

    private static final EventCodec<TrackingEvent> TRACKING = new EventCodec<>(TrackingEvent.class,
            TrackingTopics.SOURCE);
    private static final EventCodec<RulingEvent> RULINGS = new EventCodec<>(RulingEvent.class, RulingTopics.SOURCE);

    public static final Money AMOUNT = new Money("23.90", "USD");

    private Records() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static ProducerRecord<String, String> registered(String eventId, String orderId, String buyerId,
                                                           String sellerId, Instant promisedDeliveryBy) {
        return registered(eventId, orderId, buyerId, sellerId, promisedDeliveryBy, "LP" + orderId);
    }

    public static ProducerRecord<String, String> registered(String eventId, String orderId, String buyerId,
                                                           String sellerId, Instant promisedDeliveryBy,
                                                           String trackingNumber) {
        Instant shippedAt = promisedDeliveryBy.minusSeconds(10 * 86_400);
        TrackingEvent event = new TrackingEvent.ShipmentRegistered(orderId, trackingNumber, "generic", sellerId,
                buyerId, new Address("Ana García", "Calle Mayor 5", null, "Madrid", null, "28013", "ES"),
                shippedAt, promisedDeliveryBy, AMOUNT, shippedAt);
        return TRACKING.encode(eventId, shippedAt, orderId, orderId, event).toRecord(TrackingTopics.TRACKING);
    }

    public static ProducerRecord<String, String> tracked(String eventId, String orderId, ShipmentStatus status,
                                                        Instant at) {
        return tracked(eventId, orderId, status, at, null);
    }

    /** An update that carries the shipment's delivery address check, as the tracker computed it. */
    public static ProducerRecord<String, String> tracked(String eventId, String orderId, ShipmentStatus status,
                                                        Instant at, AddressCheck addressCheck) {
        TrackingEvent event = new TrackingEvent.TrackingUpdated(orderId, "LP" + orderId, "generic", "c-" + eventId,
                status, status.name(), null, at, "Carrier scan", null, status, at, at, null, null, null,
                addressCheck == null ? null : new AddressCheckResult(addressCheck,
                        addressCheck == AddressCheck.MISMATCH ? List.of("houseNumber") : List.of()), null, null);
        return TRACKING.encode(eventId, at, orderId, orderId, event).toRecord(TrackingTopics.TRACKING);
    }

    /** An update that breaks the tracker's contract: it always states the shipment's status after the event. */
    public static ProducerRecord<String, String> trackedWithoutShipmentStatus(String eventId, String orderId,
                                                                             ShipmentStatus status, Instant at) {
        TrackingEvent event = new TrackingEvent.TrackingUpdated(orderId, "LP" + orderId, "generic", "c-" + eventId,
                status, status.name(), null, at, "Carrier scan", null, null, null, at, null, null, null, null, null,
                null);
        return TRACKING.encode(eventId, at, orderId, orderId, event).toRecord(TrackingTopics.TRACKING);
    }

    public static ProducerRecord<String, String> ruling(String eventId, RulingEvent event) {
        return RULINGS.encode(eventId, event.occurredAt(), event.orderId(), event.disputeId(), event)
                .toRecord(RulingTopics.RULINGS);
    }

    /** A record with identity headers but a body no one can read. */
    public static ProducerRecord<String, String> unreadable(String topic, String eventId, String type, String key) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, "{not json");
        record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, TrackingTopics.SOURCE.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
