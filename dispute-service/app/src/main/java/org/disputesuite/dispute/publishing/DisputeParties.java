package org.disputesuite.dispute.publishing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputesuite.dispute.domain.DisputeDomainEvent;
import org.disputesuite.dispute.domain.DisputeOpened;
import org.springframework.stereotype.Component;

/**
 * The order and parties of a dispute, which every integration event names but only the opening
 * domain event carries. They never change, so they are read once from the dispute's first event.
 */
@Component
class DisputeParties {

    private static final int REMEMBERED = 10_000;

    private final EventStore eventStore;
    private final Map<String, Parties> known = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Parties> eldest) {
                    return size() > REMEMBERED;
                }
            });

    DisputeParties(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Parties of(DisputeDomainEvent event) {
        if (event instanceof DisputeOpened opened) {
            Parties parties = Parties.of(opened);
            known.put(opened.disputeId(), parties);
            return parties;
        }
        return known.computeIfAbsent(event.disputeId(), this::readFromStore);
    }

    private Parties readFromStore(String disputeId) {
        DomainEventStream stream = eventStore.readEvents(disputeId, 0);
        if (!stream.hasNext() || !(stream.next().getPayload() instanceof DisputeOpened opened)) {
            throw new IllegalStateException("Dispute " + disputeId + " has no opening event");
        }
        return Parties.of(opened);
    }

    record Parties(String orderId, String buyerId, String sellerId) {
        static Parties of(DisputeOpened opened) {
            return new Parties(opened.orderId(), opened.buyerId(), opened.sellerId());
        }
    }
}
