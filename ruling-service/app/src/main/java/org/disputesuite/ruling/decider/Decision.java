package org.disputesuite.ruling.decider;

import java.util.ArrayList;
import java.util.List;

import org.disputesuite.ruling.api.RulingEvent;

/**
 * What handling one record or one due deadline leads to: the order's new state, the events to
 * publish (each with its id) and the changes to the deadline index and the applied rulings.
 */
public final class Decision {

    public record Outgoing(String eventId, RulingEvent event) {
    }

    private final String orderId;
    private OrderState state;
    private final List<Outgoing> events = new ArrayList<>();
    private final List<DeadlineEntry> indexed = new ArrayList<>();
    private final List<DeadlineEntry> unindexed = new ArrayList<>();
    private AppliedRuling appliedRuling;

    Decision(String orderId, OrderState state) {
        this.orderId = orderId;
        this.state = state;
    }

    public String orderId() {
        return orderId;
    }

    public OrderState state() {
        return state;
    }

    void state(OrderState newState) {
        this.state = newState;
    }

    DisputeFacts dispute() {
        return state.dispute();
    }

    void dispute(DisputeFacts facts) {
        this.state = state.withDispute(facts);
    }

    void publish(String eventId, RulingEvent event) {
        events.add(new Outgoing(eventId, event));
    }

    void index(DeadlineEntry entry) {
        indexed.add(entry);
    }

    void unindex(DeadlineEntry entry) {
        unindexed.add(entry);
    }

    void applied(AppliedRuling ruling) {
        this.appliedRuling = ruling;
    }

    public List<Outgoing> events() {
        return List.copyOf(events);
    }

    public List<DeadlineEntry> indexed() {
        return List.copyOf(indexed);
    }

    public List<DeadlineEntry> unindexed() {
        return List.copyOf(unindexed);
    }

    /** The ruling that took effect with this decision, null when none did. */
    public AppliedRuling appliedRuling() {
        return appliedRuling;
    }
}
