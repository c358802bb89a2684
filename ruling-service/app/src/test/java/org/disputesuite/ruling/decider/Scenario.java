package org.disputesuite.ruling.decider;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;

/**
 * The decider on its own, given / when / then: inputs are dispute and tracking events under the
 * ids they were published with, and moments the clock reaches (every deadline due by then fires,
 * soonest first, as the topology's punctuator fires them). It keeps the orders' state and the
 * deadline index the way the processor does, and hands back what each input published.
 */
final class Scenario {

    /** One input of a scenario: it runs on the scenario and adds what it published. */
    interface Input {
        void run(Scenario scenario, List<Decision.Outgoing> published);
    }

    /** A dispute event, decided at the time it occurred. */
    record DisputeInput(String id, DisputeEvent event) implements Input {
        @Override
        public void run(Scenario scenario, List<Decision.Outgoing> published) {
            String orderId = event.orderId();
            scenario.decide(id, orderId, state -> scenario.decider.onDisputeEvent(orderId, state, id, event,
                    event.occurredAt()), published);
        }
    }

    /** A tracking event, decided at the time the tracker received it. */
    record TrackingInput(String id, TrackingEvent event) implements Input {
        @Override
        public void run(Scenario scenario, List<Decision.Outgoing> published) {
            String orderId = event.orderId();
            Instant now = receivedAt(event);
            scenario.decide(id, orderId, state -> scenario.decider.onTrackingEvent(orderId, state, id, event, now),
                    published);
        }
    }

    /** The clock reaches {@code at}: every deadline and reminder due by then fires, soonest first. */
    record ClockInput(Instant at) implements Input {
        @Override
        public void run(Scenario scenario, List<Decision.Outgoing> published) {
            Optional<DeadlineEntry> due;
            while ((due = scenario.nextDue(at)).isPresent()) {
                DeadlineEntry entry = due.get();
                scenario.apply(scenario.decider.onDeadlineDue(scenario.state(entry.orderId()), entry, at), published);
            }
        }
    }

    /** The index's order: by the time an entry fires, then by deadline, a reminder before its deadline. */
    private static final Comparator<DeadlineEntry> FIRING_ORDER = Comparator.comparing(DeadlineEntry::firesAt)
            .thenComparing(DeadlineEntry::deadlineId).thenComparing(DeadlineEntry::kind, Comparator.reverseOrder());

    private final OrderDecider decider;
    private final Map<String, OrderState> orders = new HashMap<>();
    private final Map<String, DeadlineEntry> index = new HashMap<>();

    Scenario(PolicySettings settings) {
        this.decider = new OrderDecider(settings);
    }

    static Input event(String id, DisputeEvent event) {
        return new DisputeInput(id, event);
    }

    static Input event(String id, TrackingEvent event) {
        return new TrackingInput(id, event);
    }

    static Input timeReaches(Instant at) {
        return new ClockInput(at);
    }

    Scenario given(Input... inputs) {
        for (Input input : inputs) {
            when(input);
        }
        return this;
    }

    Published when(Input input) {
        List<Decision.Outgoing> published = new ArrayList<>();
        input.run(this, published);
        return new Published(published);
    }

    OrderState state(String orderId) {
        return orders.getOrDefault(orderId, OrderState.empty());
    }

    /** The open deadlines of the index, soonest first. */
    List<DeadlineEntry> indexed() {
        return index.values().stream().filter(entry -> entry.kind() == DeadlineEntry.Kind.DEADLINE)
                .sorted(FIRING_ORDER).toList();
    }

    /** The reminders of the index still to fire, soonest first. */
    List<DeadlineEntry> reminders() {
        return index.values().stream().filter(entry -> entry.kind() == DeadlineEntry.Kind.REMINDER)
                .sorted(FIRING_ORDER).toList();
    }

    private void decide(String eventId, String orderId, Function<OrderState, Decision> decide,
            List<Decision.Outgoing> published) {
        OrderState state = state(orderId);
        if (!state.hasProcessed(eventId)) {
            apply(decide.apply(state), published);
        }
    }

    private void apply(Decision decision, List<Decision.Outgoing> published) {
        orders.put(decision.orderId(), decision.state());
        decision.unindexed().forEach(entry -> index.remove(key(entry)));
        decision.indexed().forEach(entry -> index.put(key(entry), entry));
        published.addAll(decision.events());
    }

    private Optional<DeadlineEntry> nextDue(Instant now) {
        return index.values().stream()
                .filter(entry -> !entry.firesAt().isAfter(now))
                .min(FIRING_ORDER);
    }

    private static String key(DeadlineEntry entry) {
        return entry.deadlineId() + "|" + entry.kind();
    }

    private static Instant receivedAt(TrackingEvent event) {
        return event.accept(new TrackingEvent.Handler<>() {
            @Override
            public Instant shipmentRegistered(ShipmentRegistered registered) {
                return registered.registeredAt();
            }

            @Override
            public Instant trackingUpdated(TrackingUpdated updated) {
                return updated.receivedAt();
            }

            @Override
            public Instant delayDetected(TrackingEvent.DelayDetected delayed) {
                return delayed.detectedAt();
            }
        });
    }

    /** The events one input led to, in the order they were published. */
    record Published(List<Decision.Outgoing> outgoing) {

        List<RulingEvent> events() {
            return outgoing.stream().map(Decision.Outgoing::event).toList();
        }

        List<String> types() {
            return events().stream().map(event -> event.getClass().getSimpleName()).toList();
        }

        /** The only event of this type. */
        <T extends RulingEvent> T only(Class<T> type) {
            List<T> found = all(type);
            if (found.size() != 1) {
                throw new AssertionError("expected one " + type.getSimpleName() + " but published " + types());
            }
            return found.get(0);
        }

        <T extends RulingEvent> List<T> all(Class<T> type) {
            return events().stream().filter(type::isInstance).map(type::cast).toList();
        }

        /** The id the only event of this type was published under. */
        String idOf(Class<? extends RulingEvent> type) {
            RulingEvent event = only(type);
            return outgoing.stream().filter(o -> o.event() == event).findFirst().orElseThrow().eventId();
        }
    }
}
