package org.disputesuite.ruling.topology;

import org.disputesuite.ruling.decider.AppliedRuling;
import org.disputesuite.ruling.decider.DeadlineEntry;
import org.disputesuite.ruling.decider.OrderState;

/** The state stores of the topology, also read by the HTTP queries. */
public final class StoreNames {

    /** orderId to {@link OrderState}. */
    public static final String ORDERS = "orders";

    /** {@link DeadlineIndex} key to {@link DeadlineEntry}: the open deadlines in time order. */
    public static final String DEADLINES = "deadlines";

    /**
     * orderId to the {@link AppliedRuling} of the order's dispute: keyed like the input topics, so
     * the instance holding a ruling is the one {@code queryMetadataForKey} names for its order id.
     */
    public static final String RULINGS = "applied-rulings";

    /** disputeId to orderId, for every dispute with an applied ruling: the key to look its ruling up by. */
    public static final String DISPUTE_ORDERS = "dispute-orders";

    private StoreNames() {
    }
}
