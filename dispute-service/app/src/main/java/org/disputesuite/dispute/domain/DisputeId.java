package org.disputesuite.dispute.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A dispute's id is derived from its order id, so the event store's unique (aggregate id,
 * sequence number) key itself allows one dispute per order, even when two requests race.
 */
public final class DisputeId {

    private DisputeId() {
    }

    public static String forOrder(String orderId) {
        return UUID.nameUUIDFromBytes(("dispute-of-order:" + orderId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
