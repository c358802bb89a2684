package org.disputesuite.dispute.publishing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.dispute.domain.DisputeDomainEvent;
import org.disputesuite.dispute.metrics.DisputeMetrics;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.kafka.EventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes each stored domain event's integration event to disputes.events.v1 from a streaming
 * event processor whose token lives in the same database: the token moves only after Kafka has
 * acknowledged the whole batch, so a stored event is published at least once, and its ce_id
 * (derived from dispute id and version) lets consumers drop a re-publication.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class IntegrationEventPublisher {

    static final String PROCESSING_GROUP = "disputes-publisher";

    private static final EventCodec<DisputeEvent> CODEC = new EventCodec<>(DisputeEvent.class, DisputeTopics.SOURCE);
    private static final String BATCH = IntegrationEventPublisher.class.getName() + ".batch";

    private final EventPublisher kafka;
    private final DisputeMetrics metrics;

    IntegrationEventPublisher(EventPublisher kafka, DisputeMetrics metrics) {
        this.kafka = kafka;
        this.metrics = metrics;
    }

    @EventHandler
    void on(DisputeDomainEvent event, @SequenceNumber long version) {
        IntegrationEvents.of(event, version).ifPresent(integration -> batch().add(CODEC.encode(
                eventId(integration), integration.occurredAt(), integration.orderId(), integration.disputeId(),
                integration)));
    }

    static String eventId(DisputeEvent event) {
        return UUID.nameUUIDFromBytes((event.disputeId() + "/" + event.version()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The envelopes of the processor's current batch, sent together just before its transaction commits. */
    private List<EventEnvelope> batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            List<EventEnvelope> envelopes = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> publish(envelopes));
            return envelopes;
        });
    }

    /** A refused batch rolls the processor's transaction back, so its token stays and the batch is retried. */
    private void publish(List<EventEnvelope> envelopes) {
        try {
            kafka.publishAll(DisputeTopics.EVENTS, envelopes);
        } catch (RuntimeException e) {
            metrics.publicationFailed();
            throw e;
        }
        envelopes.forEach(envelope -> metrics.published(envelope.type()));
    }
}
