package org.disputesuite.ruling.decider;

import java.time.Instant;
import java.util.Optional;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.api.RulingEvent.DeadlineExpired;
import org.disputesuite.ruling.policy.Deadline;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;

/**
 * Applies the policy to one order: given its state and one input (a dispute event, a tracking
 * event, a deadline that fell due) it decides what follows. No I/O here: the caller stores and
 * publishes what this returns.
 */
public final class OrderDecider {

    private final DecisionSteps steps;

    public OrderDecider(PolicySettings settings) {
        this.steps = new DecisionSteps(settings);
    }

    public Decision onDisputeEvent(String orderId, OrderState state, String eventId, DisputeEvent event,
            Instant now) {
        Decision decision = new Decision(orderId, state.processed(eventId));
        return event.accept(new DisputeEventDecider(steps, decision, eventId, now));
    }

    /**
     * Tracking changes the case while the dispute is open, except while the platform waits for a
     * customer-caused delay: that wait ends on the tracking of its end. A delivery reported while the
     * parcel waits at a pickup point is its collection: it closes the request to collect, and the
     * platform rules at once (R2-COLLECTED), unless a ruling came first.
     */
    public Decision onTrackingEvent(String orderId, OrderState state, String eventId, TrackingEvent event,
            Instant now) {
        Decision decision = new Decision(orderId, state.processed(eventId));
        ShipmentChange change = event.accept(new TrackingEvent.Handler<>() {
            @Override
            public ShipmentChange shipmentRegistered(ShipmentRegistered registered) {
                return new ShipmentChange(state.shipment().registered(eventId, registered.destination()),
                        ShipmentRegistered.TYPE, now);
            }

            /**
             * A window opened by this update runs from when the tracker received it. A parcel that
             * arrives at a pickup point is to be collected by the carrier's time, or pickup-window
             * after it arrived there; another update while it waits keeps the point it waits at.
             */
            @Override
            public ShipmentChange trackingUpdated(TrackingUpdated updated) {
                ShipmentStatus status = updated.shipmentStatus() != null ? updated.shipmentStatus() : updated.status();
                Instant eventAt = updated.lastEventAt() != null ? updated.lastEventAt() : updated.occurredAt();
                ShipmentFacts known = state.shipment();
                PickupPoint point = updated.pickupPoint();
                if (status == ShipmentStatus.AVAILABLE_FOR_PICKUP) {
                    if (point == null && known.status() == ShipmentStatus.AVAILABLE_FOR_PICKUP) {
                        point = known.pickupPoint();
                    }
                    point = steps.windows().collectBy(point,
                            updated.occurredAt() != null ? updated.occurredAt() : eventAt);
                }
                return new ShipmentChange(known.updated(status, eventAt, eventId, updated.addressCheck(), point,
                        updated.deliveredTo(), updated.signedBy()), TrackingUpdated.TYPE,
                        updated.receivedAt() != null ? updated.receivedAt() : now);
            }

            /** A delay alert is for the buyer and the seller; it changes no dispute fact (no change). */
            @Override
            public ShipmentChange delayDetected(TrackingEvent.DelayDetected delayed) {
                return null;
            }
        });
        if (change == null) {
            return decision;
        }
        decision.state(decision.state().withShipment(change.shipment()));
        DisputeFacts dispute = decision.dispute();
        if (dispute != null && !dispute.isClosed() && dispute.status() != DisputeStatus.WAITING_CUSTOMER_DELAY) {
            steps.chooseCase(decision, eventId, change.eventType(), change.windowStart(), now);
            if (decision.dispute().disputeCase() == DisputeCase.PICKUP
                    && change.shipment().status() == ShipmentStatus.DELIVERED) {
                steps.cancel(decision, DecisionSteps.ofType(DeadlineType.BUYER_PICKUP), "the parcel was collected",
                        eventId, now);
                steps.acted(decision, DeadlineType.BUYER_PICKUP);
                steps.rule(decision, now);
            }
        }
        return decision;
    }

    /**
     * An entry of the index fell due. A reminder goes to the deadline's party if it is still to act. A
     * deadline expires if it is still open: a passed seller, pickup, confirmation or receipt deadline
     * is ruled on at once; the end of a customer-caused delay first chooses the case on the tracking
     * of that moment, and rules at once only if the case stayed (a new case is ruled on once the
     * dispute recorded it, so that the ruling rests on that version and is not superseded by it); an
     * auto-escalation only expires (dispute-service escalates the dispute on recording it, and the
     * ruling follows that escalation).
     */
    public Decision onDeadlineDue(OrderState state, DeadlineEntry due, Instant now) {
        Decision decision = new Decision(due.orderId(), state);
        decision.unindex(due);
        DisputeFacts dispute = state.dispute();
        if (dispute == null || !dispute.disputeId().equals(due.disputeId())) {
            return decision;
        }
        Optional<Deadline> open = dispute.openDeadline(due.deadlineId());
        if (open.isEmpty()) {
            return decision;
        }
        if (due.kind() == DeadlineEntry.Kind.REMINDER) {
            steps.remind(decision, open.get(), now);
            return decision;
        }
        String expiredEventId = steps.expire(decision, open.get(), now);
        switch (open.get().type()) {
            case SELLER_RESPONSE, BUYER_PICKUP, BUYER_CONFIRMATION, DELIVERY_RECEIPT -> steps.rule(decision, now);
            case CUSTOMER_DELAY -> {
                if (!steps.chooseCase(decision, expiredEventId, DeadlineExpired.TYPE, now, now)) {
                    steps.rule(decision, now);
                }
            }
            case AUTO_ESCALATION -> {
                // dispute-service escalates on recording this expiry; its escalation brings the ruling
            }
        }
        return decision;
    }

    /** The shipment's facts after a tracking event, its type, and when a window opened by it starts. */
    private record ShipmentChange(ShipmentFacts shipment, String eventType, Instant windowStart) {
    }
}
