package org.disputesuite.dispute.eventstore;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.domain.DisputeOpened;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a revision 1 {@link DisputeOpened} as revision 2. Revision 1 did not record the status a
 * dispute opened in, because every dispute then opened awaiting the seller; nor the case, which the
 * platform recorded afterwards (so it stays unknown here, as it was).
 */
@Component
@Order(0)
public class DisputeOpenedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(DisputeOpened.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(DisputeOpened.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            upcast.put("status", DisputeStatus.AWAITING_SELLER_RESPONSE.name());
            upcast.putNull("disputeCase");
            return upcast;
        });
    }
}
