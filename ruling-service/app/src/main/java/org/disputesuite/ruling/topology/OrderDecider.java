package org.disputesuite.ruling.topology;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeEvent.CaseChanged;
import org.disputesuite.dispute.api.DisputeEvent.DisputeOpened;
import org.disputesuite.dispute.api.DisputeEvent.DisputeResolved;
import org.disputesuite.dispute.api.DisputeEvent.RulingApplied;
import org.disputesuite.dispute.api.DisputeEvent.RulingSuperseded;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent.CaseChosen;
import org.disputesuite.ruling.api.RulingEvent.DeadlineCancelled;
import org.disputesuite.ruling.api.RulingEvent.DeadlineExpired;
import org.disputesuite.ruling.api.RulingEvent.DeadlineScheduled;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.ruling.policy.AddressCheck;
import org.disputesuite.ruling.policy.CaseChoice;
import org.disputesuite.ruling.policy.DeadlineWindows;
import org.disputesuite.ruling.policy.PolicySettings;
import org.disputesuite.ruling.policy.Ruling;
import org.disputesuite.ruling.policy.RulingFacts;
import org.disputesuite.ruling.policy.SellerSilentRule;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;

/**
 * Applies the policy to one order: given its state and one input (a dispute event, a tracking
 * event, a deadline that fell due) it decides what follows. No I/O here: the processor stores and
 * publishes what this returns.
 */
final class OrderDecider {

    /** shipment.tracking-updated.v1 does not carry the delivery address check yet, so a delivery counts as matching. */
    private static final AddressCheck ADDRESS_CHECK_NOT_PUBLISHED = null;

    private final DeadlineWindows windows;
    private final SellerSilentRule sellerSilent;

    OrderDecider(PolicySettings settings) {
        this.windows = new DeadlineWindows(settings);
        this.sellerSilent = new SellerSilentRule(settings);
    }

    Decision onDisputeEvent(String orderId, OrderState state, String eventId, DisputeEvent event, Instant now) {
        Decision decision = new Decision(orderId, state.processed(eventId));
        DisputeFacts known = state.dispute();
        return event.accept(new DisputeEvent.Handler<>() {
            @Override
            public Decision disputeOpened(DisputeOpened opened) {
                if (concerns(known, opened)) {
                    decision.state(decision.state().withDispute(known.seen(opened.version())));
                } else {
                    open(decision, opened, eventId, now);
                }
                return decision;
            }

            @Override
            public Decision caseChanged(CaseChanged changed) {
                if (concerns(known, changed)) {
                    DisputeFacts dispute = known.seen(changed.version());
                    dispute = changed.status() == null ? dispute : dispute.withStatus(changed.status());
                    decision.state(decision.state().withDispute(dispute));
                }
                return decision;
            }

            @Override
            public Decision rulingApplied(RulingApplied applied) {
                if (concerns(known, applied)) {
                    DisputeFacts dispute = known.seen(applied.version()).withAppliedRuling(applied.rulingId());
                    decision.applied(new AppliedRuling(applied.disputeId(), applied.orderId(), dispute.buyerId(),
                            dispute.sellerId(), applied.rulingId(), applied.ruleId(), applied.outcome(),
                            applied.responsibleParty(), applied.reasons(), applied.factEventIds(),
                            applied.policyVersion(), applied.basedOnVersion(), applied.issuedAt()));
                    decision.state(decision.state().withDispute(dispute));
                }
                return decision;
            }

            /** The ruling came too late for the dispute: decide again on what is known now. */
            @Override
            public Decision rulingSuperseded(RulingSuperseded superseded) {
                if (concerns(known, superseded)) {
                    DisputeFacts dispute = known.seen(superseded.version())
                            .withSuperseded(eventId, superseded.rulingId());
                    decision.state(decision.state().withDispute(dispute));
                    rule(decision, now, sellerWindowExpiredBy(dispute, now));
                }
                return decision;
            }

            @Override
            public Decision disputeResolved(DisputeResolved resolved) {
                if (concerns(known, resolved)) {
                    DisputeStatus status = resolved.status() == null ? DisputeStatus.RESOLVED : resolved.status();
                    String reason = status == DisputeStatus.WITHDRAWN ? "the buyer withdrew the dispute"
                            : "the dispute was resolved";
                    DisputeFacts dispute = cancel(decision, known.seen(resolved.version()).withStatus(status),
                            deadline -> true, reason, eventId, now);
                    decision.state(decision.state().withDispute(dispute));
                }
                return decision;
            }
        });
    }

    /** Whether the event is about the dispute this order's state knows; others are not this order's. */
    private static boolean concerns(DisputeFacts known, DisputeEvent event) {
        return known != null && known.disputeId().equals(event.disputeId());
    }

    Decision onTrackingEvent(String orderId, OrderState state, String eventId, TrackingEvent event, Instant now) {
        Decision decision = new Decision(orderId, state.processed(eventId));
        ShipmentChange change = event.accept(new TrackingEvent.Handler<>() {
            @Override
            public ShipmentChange shipmentRegistered(ShipmentRegistered registered) {
                return new ShipmentChange(state.shipment().registered(eventId), now);
            }

            /** A window opened by this update runs from when the tracker received it. */
            @Override
            public ShipmentChange trackingUpdated(TrackingUpdated updated) {
                ShipmentStatus status = updated.shipmentStatus() != null ? updated.shipmentStatus() : updated.status();
                Instant eventAt = updated.lastEventAt() != null ? updated.lastEventAt() : updated.occurredAt();
                return new ShipmentChange(state.shipment().updated(status, eventAt, eventId),
                        updated.receivedAt() != null ? updated.receivedAt() : now);
            }
        });
        ShipmentFacts shipment = change.shipment();
        Instant windowStart = change.windowStart();
        decision.state(decision.state().withShipment(shipment));
        DisputeFacts dispute = state.dispute();
        if (dispute == null || dispute.isClosed() || dispute.status() == DisputeStatus.WAITING_CUSTOMER_DELAY) {
            return decision;
        }
        DisputeCase previous = dispute.disputeCase();
        DisputeCase chosen = CaseChoice.choose(shipment.status(), ADDRESS_CHECK_NOT_PUBLISHED, previous);
        if (chosen == previous) {
            return decision;
        }
        decision.publish(EventIds.derive(CaseChosen.TYPE, dispute.disputeId(), eventId),
                new CaseChosen(dispute.disputeId(), orderId, dispute.buyerId(), dispute.sellerId(), now, chosen,
                        previous, eventId));
        dispute = dispute.withCase(chosen);
        if (CaseChoice.leavesSellerWindow(previous, chosen)) {
            dispute = cancel(decision, dispute, deadline -> deadline.type() == DeadlineType.SELLER_RESPONSE,
                    "the dispute moved to the " + chosen + " case", eventId, now);
            dispute = dispute.withSellerWindow(null);
        } else if (CaseChoice.entersSellerWindow(previous, chosen) && !dispute.sellerAnswered()) {
            dispute = scheduleSellerResponse(decision, dispute, windowStart, eventId,
                    TrackingUpdated.TYPE, now);
        }
        decision.state(decision.state().withDispute(dispute));
        return decision;
    }

    /**
     * A deadline of the index fell due: it expires if it is still open, and the policy rules if it
     * says so. The index decided that it is due, so the rules judge as of its due time at the
     * earliest and never disagree with the index about whether it has passed.
     */
    Decision onDeadlineDue(OrderState state, DeadlineEntry due, Instant now) {
        Decision decision = new Decision(due.orderId(), state);
        decision.unindex(due);
        DisputeFacts dispute = state.dispute();
        if (dispute == null || !dispute.disputeId().equals(due.disputeId())) {
            return decision;
        }
        Optional<OpenDeadline> open = dispute.openDeadlines().stream()
                .filter(deadline -> deadline.deadlineId().equals(due.deadlineId()))
                .findFirst();
        if (open.isEmpty()) {
            return decision;
        }
        OpenDeadline deadline = open.get();
        String expiredEventId = EventIds.derive(DeadlineExpired.TYPE, deadline.deadlineId());
        decision.publish(expiredEventId, new DeadlineExpired(dispute.disputeId(), due.orderId(), dispute.buyerId(),
                dispute.sellerId(), now, deadline.deadlineId(), deadline.type(), deadline.dueAt()));
        dispute = dispute.withoutDeadlines(d -> d.deadlineId().equals(deadline.deadlineId()));
        if (deadline.type() == DeadlineType.SELLER_RESPONSE) {
            dispute = dispute.withSellerDeadlineExpired(expiredEventId);
        }
        decision.state(state.withDispute(dispute));
        rule(decision, now, latest(now, deadline.dueAt()));
        return decision;
    }

    private void open(Decision decision, DisputeOpened opened, String eventId, Instant now) {
        ShipmentFacts shipment = decision.state().shipment();
        DisputeCase chosen = CaseChoice.choose(shipment.status(), ADDRESS_CHECK_NOT_PUBLISHED, null);
        DisputeFacts dispute = DisputeFacts.builder()
                .disputeId(opened.disputeId())
                .buyerId(opened.buyerId())
                .sellerId(opened.sellerId())
                .requestedSolution(opened.requestedSolution())
                .openedAt(opened.occurredAt())
                .openedEventId(eventId)
                .status(DisputeStatus.AWAITING_SELLER_RESPONSE)
                .highestVersion(opened.version())
                .disputeCase(chosen)
                .build();
        decision.publish(EventIds.derive(CaseChosen.TYPE, opened.disputeId(), eventId),
                new CaseChosen(opened.disputeId(), decision.orderId(), opened.buyerId(), opened.sellerId(), now, chosen,
                        null, eventId));
        if (CaseChoice.sellerWindowRuns(chosen)) {
            dispute = scheduleSellerResponse(decision, dispute, opened.occurredAt(), eventId,
                    DisputeOpened.TYPE, now);
        }
        decision.state(decision.state().withDispute(dispute));
    }

    private DisputeFacts scheduleSellerResponse(Decision decision, DisputeFacts dispute, Instant windowStart,
            String causeEventId, String causeEventType, Instant now) {
        String orderId = decision.orderId();
        DeadlineType type = DeadlineType.SELLER_RESPONSE;
        String deadlineId = EventIds.derive("deadline", dispute.disputeId(), type.name(), causeEventId);
        OpenDeadline deadline = new OpenDeadline(deadlineId, type, type.party(),
                scheduled(windows.sellerResponseDue(windowStart)));
        decision.publish(EventIds.derive(DeadlineScheduled.TYPE, deadlineId),
                new DeadlineScheduled(dispute.disputeId(), orderId, dispute.buyerId(), dispute.sellerId(), now,
                        deadlineId, type, deadline.party(), deadline.dueAt(), causeEventId, causeEventType));
        decision.index(DeadlineEntry.of(orderId, dispute.disputeId(), deadline));
        return dispute.withDeadline(deadline).withSellerWindow(deadline.dueAt());
    }

    private DisputeFacts cancel(Decision decision, DisputeFacts dispute, Predicate<OpenDeadline> which,
            String reason, String causeEventId, Instant now) {
        String orderId = decision.orderId();
        for (OpenDeadline deadline : dispute.openDeadlines()) {
            if (which.test(deadline)) {
                decision.publish(EventIds.derive(DeadlineCancelled.TYPE, deadline.deadlineId()),
                        new DeadlineCancelled(dispute.disputeId(), orderId, dispute.buyerId(), dispute.sellerId(), now,
                                deadline.deadlineId(), deadline.type(), reason, causeEventId));
                decision.unindex(DeadlineEntry.of(orderId, dispute.disputeId(), deadline));
            }
        }
        return dispute.withoutDeadlines(which);
    }

    /**
     * The index fires a deadline once its millisecond has come, and everything published carries
     * milliseconds: a due time finer than that would be fired (and published) before it is reached.
     */
    private static Instant scheduled(Instant dueAt) {
        return dueAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** An expiry the index fired stays passed when the rules look again (after a superseded ruling). */
    private static Instant sellerWindowExpiredBy(DisputeFacts dispute, Instant now) {
        if (dispute.sellerDeadlineExpiredEventId() == null || dispute.sellerResponseDueAt() == null) {
            return now;
        }
        return latest(now, dispute.sellerResponseDueAt());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isBefore(b) ? b : a;
    }

    /**
     * Asks the rules whether the facts call for a ruling as of {@code asOf}, unless one is pending
     * or took effect; the ruling is issued {@code now}.
     */
    private void rule(Decision decision, Instant now, Instant asOf) {
        DisputeFacts dispute = decision.state().dispute();
        if (dispute.pendingRulingId() != null || dispute.appliedRulingId() != null) {
            return;
        }
        ShipmentFacts shipment = decision.state().shipment();
        List<String> factIds = new ArrayList<>();
        addIfPresent(factIds, dispute.openedEventId());
        addIfPresent(factIds, shipment.factEventId());
        addIfPresent(factIds, dispute.sellerDeadlineExpiredEventId());
        addIfPresent(factIds, dispute.supersededEventId());
        RulingFacts facts = new RulingFacts(dispute.disputeId(), dispute.requestedSolution(), dispute.disputeCase(),
                dispute.isClosed(), dispute.sellerAnswered(), dispute.sellerResponseDueAt(), shipment.status(),
                shipment.lastEventAt(), factIds, dispute.highestVersion());
        Optional<Ruling> ruling = sellerSilent.decide(facts, asOf);
        if (ruling.isEmpty()) {
            return;
        }
        Ruling decided = ruling.get();
        String ruleId = decided.rule().id();
        String rulingId = EventIds.derive("ruling", dispute.disputeId(), ruleId,
                Long.toString(decided.basedOnVersion()));
        String orderId = decision.orderId();
        decision.publish(EventIds.derive(RulingIssued.TYPE, rulingId),
                new RulingIssued(dispute.disputeId(), orderId, dispute.buyerId(), dispute.sellerId(), now, rulingId,
                        ruleId, decided.outcome(), decided.responsibleParty(), decided.reasons(),
                        decided.factEventIds(), decided.policyVersion(), decided.basedOnVersion()));
        decision.state(decision.state().withDispute(dispute.withPendingRuling(rulingId)));
    }

    private static void addIfPresent(List<String> ids, String id) {
        if (id != null && !ids.contains(id)) {
            ids.add(id);
        }
    }

    /** The shipment's facts after a tracking event, and when a window opened by it starts. */
    private record ShipmentChange(ShipmentFacts shipment, Instant windowStart) {
    }
}
