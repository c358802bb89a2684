package org.disputesuite.dispute.shipments;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.tracking.api.TrackingTopics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Learns each order's shipment from logistics.tracking.v1; a record it cannot read goes to the dead-letter topic. */
@Component
class TrackingConsumer {

    private final ShipmentFacts facts;

    TrackingConsumer(ShipmentFacts facts) {
        this.facts = facts;
    }

    @KafkaListener(topics = TrackingTopics.TRACKING)
    void on(ConsumerRecord<String, String> record) {
        facts.apply(EventEnvelope.from(record.key(), record.value(), record.headers()));
    }
}
