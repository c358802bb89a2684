package org.disputesuite.notification.intake;

import java.util.List;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.notification.message.Announcements;
import org.disputesuite.notification.message.Channel;
import org.disputesuite.notification.message.IncompleteEventException;
import org.disputesuite.notification.message.Notice;
import org.disputesuite.notification.message.RenderedMessage;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.events.InvalidEventException;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.ruling.api.RulingTopics;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the tracking, dispute and ruling topics. A type this service does not know is skipped; a
 * record that cannot be read goes to the dead-letter topic at once (see the platform's error
 * handler).
 */
@Component
class EventListeners {

    private static final Logger log = LoggerFactory.getLogger(EventListeners.class);

    private final EventCodec<DisputeEvent> disputeEvents = new EventCodec<>(DisputeEvent.class, DisputeTopics.SOURCE);
    private final EventCodec<RulingEvent> rulingEvents = new EventCodec<>(RulingEvent.class, RulingTopics.SOURCE);
    private final EventCodec<TrackingEvent> trackingEvents =
            new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);
    private final Announcements announcements;
    private final NotificationIntake intake;
    private final NotificationMetrics metrics;

    EventListeners(Announcements announcements, NotificationIntake intake, NotificationMetrics metrics) {
        this.announcements = announcements;
        this.intake = intake;
        this.metrics = metrics;
    }

    @KafkaListener(topics = TrackingTopics.TRACKING)
    void onTrackingEvent(ConsumerRecord<String, String> record) {
        handle(record, trackingEvents, announcements::about);
    }

    @KafkaListener(topics = DisputeTopics.EVENTS)
    void onDisputeEvent(ConsumerRecord<String, String> record) {
        handle(record, disputeEvents, announcements::about);
    }

    @KafkaListener(topics = RulingTopics.RULINGS)
    void onRulingEvent(ConsumerRecord<String, String> record) {
        handle(record, rulingEvents, announcements::about);
    }

    private <T> void handle(ConsumerRecord<String, String> record, EventCodec<T> codec,
                            Function<T, List<Notice>> noticesOf) {
        EventEnvelope envelope = EventEnvelope.from(record.key(), record.value(), record.headers());
        if (!codec.knows(envelope.type())) {
            log.debug("Skipping {} {} on {}: not a type this service knows", envelope.type(), envelope.id(),
                    record.topic());
            return;
        }
        T event = codec.decode(envelope);
        if (event == null) {
            throw new InvalidEventException("record " + envelope.id() + " of type " + envelope.type() + " is empty");
        }
        List<Notice> notices;
        try {
            notices = noticesOf.apply(event);
        } catch (IncompleteEventException e) {
            throw new InvalidEventException("record " + envelope.id() + ": " + e.getMessage(), e);
        }
        if (notices.isEmpty()) {
            return;
        }
        List<RenderedMessage> delivered = intake.deliver(envelope.id(), notices);
        metrics.sent(delivered, Channel.INBOX);
    }
}
