package org.disputesuite.dispute.view;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputesuite.dispute.domain.DisputeDomainEvent;
import org.springframework.stereotype.Component;

/**
 * Reads a dispute from its own event stream, so a reader always sees every accepted action: the
 * whole stream from its first event, never from a snapshot (which holds the aggregate, not the view).
 */
@Component
public class DisputeReader {

    private final EventStore eventStore;

    public DisputeReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<DisputeView> read(String disputeId) {
        DomainEventStream stream = eventStore.readEvents(disputeId, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DisputeViewBuilder view = new DisputeViewBuilder();
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            view.apply((DisputeDomainEvent) message.getPayload(), message.getSequenceNumber());
        }
        return Optional.of(view.build());
    }
}
