package org.disputesuite.ruling.topology;

/** The state stores of the topology, also read by the HTTP queries. */
public final class StoreNames {

    /** orderId to {@link OrderState}. */
    public static final String ORDERS = "orders";

    /** {@link DeadlineIndex} key to {@link DeadlineEntry}: the open deadlines in time order. */
    public static final String DEADLINES = "deadlines";

    /** disputeId to {@link AppliedRuling}. */
    public static final String RULINGS = "applied-rulings";

    private StoreNames() {
    }
}
