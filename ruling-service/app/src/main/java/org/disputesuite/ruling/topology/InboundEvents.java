package org.disputesuite.ruling.topology;

import java.util.Objects;

import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeEvent.DisputeOpened;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.events.InvalidEventException;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.disputesuite.tracking.api.TrackingTopics;

/** Reads the two input topics' records into contract events, refusing what the decisions cannot rest on. */
final class InboundEvents {

    private final EventCodec<DisputeEvent> disputes = new EventCodec<>(DisputeEvent.class, DisputeTopics.SOURCE);
    private final EventCodec<TrackingEvent> tracking = new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);

    boolean knowsDisputeType(String type) {
        return disputes.knows(type);
    }

    boolean knowsTrackingType(String type) {
        return tracking.knows(type);
    }

    DisputeEvent dispute(EventEnvelope envelope) {
        DisputeEvent event = disputes.decode(envelope);
        require(envelope, "disputeId", event.disputeId());
        require(envelope, "occurredAt", event.occurredAt());
        requireOrderId(envelope, event.orderId());
        if (event instanceof DisputeOpened opened) {
            require(envelope, "buyerId", opened.buyerId());
            require(envelope, "sellerId", opened.sellerId());
            require(envelope, "requestedSolution", opened.requestedSolution());
        }
        return event;
    }

    TrackingEvent tracking(EventEnvelope envelope) {
        TrackingEvent event = tracking.decode(envelope);
        requireOrderId(envelope, event.orderId());
        if (event instanceof TrackingUpdated updated && updated.shipmentStatus() == null && updated.status() == null) {
            throw new InvalidEventException("record " + envelope.id() + " has no status");
        }
        return event;
    }

    private static void requireOrderId(EventEnvelope envelope, String orderId) {
        require(envelope, "orderId", orderId);
        if (!Objects.equals(orderId, envelope.key())) {
            throw new InvalidEventException("record " + envelope.id() + " is keyed " + envelope.key()
                    + " but is about order " + orderId);
        }
    }

    private static void require(EventEnvelope envelope, String field, Object value) {
        if (value == null) {
            throw new InvalidEventException("record " + envelope.id() + " of type " + envelope.type() + " has no "
                    + field);
        }
    }
}
