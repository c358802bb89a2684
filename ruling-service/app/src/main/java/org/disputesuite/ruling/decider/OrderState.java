package org.disputesuite.ruling.decider;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.disputesuite.ruling.policy.RulingFacts;

/**
 * Everything the platform keeps per order: the shipment's tracking facts, its dispute, and the ids
 * of the records it processed lately (a redelivered record has no second effect).
 */
public record OrderState(ShipmentFacts shipment, DisputeFacts dispute, List<String> recentEventIds) {

    static final int REMEMBERED_EVENT_IDS = 200;

    public OrderState {
        shipment = shipment == null ? ShipmentFacts.none() : shipment;
        recentEventIds = recentEventIds == null ? List.of() : List.copyOf(recentEventIds);
    }

    public static OrderState empty() {
        return new OrderState(ShipmentFacts.none(), null, List.of());
    }

    public boolean hasProcessed(String eventId) {
        return recentEventIds.contains(eventId);
    }

    OrderState processed(String eventId) {
        List<String> ids = new ArrayList<>(recentEventIds);
        ids.add(eventId);
        if (ids.size() > REMEMBERED_EVENT_IDS) {
            ids = ids.subList(ids.size() - REMEMBERED_EVENT_IDS, ids.size());
        }
        return new OrderState(shipment, dispute, ids);
    }

    OrderState withShipment(ShipmentFacts facts) {
        return new OrderState(facts, dispute, recentEventIds);
    }

    OrderState withDispute(DisputeFacts facts) {
        return new OrderState(shipment, facts, recentEventIds);
    }

    /** The facts the rules judge the order's dispute on. */
    RulingFacts rulingFacts() {
        List<String> factEventIds = Stream.of(dispute.openedEventId(), shipment.factEventId(),
                dispute.stillNotReceivedEventId(), dispute.supersededEventId()).filter(Objects::nonNull).toList();
        return new RulingFacts(dispute.disputeId(), dispute.requestedSolution(), dispute.disputeCase(),
                dispute.status(), dispute.openedAt(), dispute.deadlines(), dispute.evidence(), shipment.status(),
                shipment.lastEventAt(), shipment.addressCheck(), shipment.deliveredTo(), shipment.signedBy(),
                shipment.pickupPoint(), shipment.destination(), dispute.escalation(), factEventIds,
                dispute.highestVersion());
    }
}
