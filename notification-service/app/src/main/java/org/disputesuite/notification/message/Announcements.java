package org.disputesuite.notification.message;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.DelayReason;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent;

/**
 * Who is told what for each event (docs/policy.md, "Between the parties", the platform's requests
 * and reminders, and "Prevention"; the kinds and recipients are listed in docs/api.md). Every event
 * type is answered on purpose: an event that concerns nobody yet gives no notice.
 */
public final class Announcements {

    /** The longest part of a party's message a notice quotes; the whole conversation is on the dispute. */
    static final int MAX_QUOTED_TEXT = 3000;

    /** The longest pickup point name or address a notice repeats from the carrier. */
    static final int MAX_PLACE_TEXT = 300;

    /** A pickup point identity longer than this is kept as its digest, so that every dedup key fits. */
    private static final int MAX_POINT_KEY = 150;

    public List<Notice> about(TrackingEvent event) {
        return event.accept(new TrackingEvent.Handler<>() {
            /** A registration asks nothing of anyone; the parties hear of the parcel when it is delayed or waits. */
            @Override
            public List<Notice> shipmentRegistered(TrackingEvent.ShipmentRegistered registered) {
                return List.of();
            }

            @Override
            public List<Notice> trackingUpdated(TrackingEvent.TrackingUpdated updated) {
                return waitsForCollection(updated) ? List.of(arrivedForCollection(updated)) : List.of();
            }

            @Override
            public List<Notice> delayDetected(TrackingEvent.DelayDetected delayed) {
                return shipmentDelayed(delayed);
            }
        });
    }

    public List<Notice> about(RulingEvent event) {
        return event.accept(new RulingEvent.Handler<>() {
            @Override
            public List<Notice> caseChosen(RulingEvent.CaseChosen chosen) {
                return List.of();
            }

            /**
             * The seller's first window is the moment they learn of the dispute; what any other
             * deadline asks reaches its party as the platform's request, which names the time.
             */
            @Override
            public List<Notice> deadlineScheduled(RulingEvent.DeadlineScheduled scheduled) {
                return opensSellerWindow(scheduled) ? List.of(disputeOpened(scheduled)) : List.of();
            }

            @Override
            public List<Notice> deadlineCancelled(RulingEvent.DeadlineCancelled cancelled) {
                return List.of();
            }

            /** What a passed deadline leads to reaches the parties as the ruling's resolution. */
            @Override
            public List<Notice> deadlineExpired(RulingEvent.DeadlineExpired expired) {
                return List.of();
            }

            /** The parties learn of a ruling once it took effect, from dispute-service's resolution. */
            @Override
            public List<Notice> rulingIssued(RulingEvent.RulingIssued issued) {
                return List.of();
            }

            @Override
            public List<Notice> actionRequested(RulingEvent.ActionRequested requested) {
                return Announcements.actionRequested(requested);
            }

            @Override
            public List<Notice> reminderDue(RulingEvent.ReminderDue due) {
                return Announcements.reminderDue(due);
            }
        });
    }

    public List<Notice> about(DisputeEvent event) {
        return event.accept(new DisputeNotices());
    }

    private static final class DisputeNotices implements DisputeEvent.Handler<List<Notice>> {

        /**
         * A dispute that opens waiting for the seller's answer is told with its deadline, when
         * ruling-service schedules it; one that opens in the pickup or inconsistent-delivery case gives
         * the seller no deadline, so it is told now. An opening recorded before its status was
         * published was one of the former.
         */
        @Override
        public List<Notice> disputeOpened(DisputeEvent.DisputeOpened opened) {
            DisputeStatus status = opened.status();
            if (status == null || status == DisputeStatus.AWAITING_SELLER_RESPONSE) {
                return List.of();
            }
            return List.of(openedWithoutADeadline(DisputeEvent.DisputeOpened.TYPE, opened, status));
        }

        /**
         * What a new case asks of a party reaches them as the platform's request, not as the case. A
         * dispute that dispute-service opened awaiting the seller, but that the platform's first
         * choice put straight into the pickup or inconsistent-delivery case, gives the seller no
         * deadline to be told with: the seller is told of it here, unless told already.
         */
        @Override
        public List<Notice> caseChanged(DisputeEvent.CaseChanged changed) {
            DisputeStatus status = changed.status();
            if (status != DisputeStatus.AWAITING_BUYER_PICKUP && status != DisputeStatus.AWAITING_BUYER_CONFIRMATION) {
                return List.of();
            }
            return List.of(openedWithoutADeadline(DisputeEvent.CaseChanged.TYPE, changed, status));
        }

        /** The parties learn of a ruling once it took effect, from the resolution that follows. */
        @Override
        public List<Notice> rulingApplied(DisputeEvent.RulingApplied applied) {
            return List.of();
        }

        /** A superseded ruling never took effect, so nobody had been told of it. */
        @Override
        public List<Notice> rulingSuperseded(DisputeEvent.RulingSuperseded superseded) {
            return List.of();
        }

        @Override
        public List<Notice> sellerResponded(DisputeEvent.SellerResponded responded) {
            String type = DisputeEvent.SellerResponded.TYPE;
            Map<String, Object> values = values(type, responded);
            SellerAction action = required(type, "action", responded.action());
            MessageKind kind;
            if (action == SellerAction.PROPOSE) {
                kind = MessageKind.PROPOSAL_MADE;
                putProposal(type, responded.proposal(), values);
            } else {
                kind = MessageKind.SELLER_RESPONDED;
                values.put("answer", Phrase.of("sellerAnswer", action));
            }
            return List.of(notice(kind, buyer(type, responded), responded, values));
        }

        @Override
        public List<Notice> proposalAnswered(DisputeEvent.ProposalAnswered answered) {
            String type = DisputeEvent.ProposalAnswered.TYPE;
            Map<String, Object> values = values(type, answered);
            values.put("answer", new Phrase("proposalAnswer", answered.accepted() ? "ACCEPTED" : "REJECTED"));
            putProposal(type, answered.proposal(), values);
            return List.of(notice(MessageKind.PROPOSAL_ANSWERED, seller(type, answered), answered, values));
        }

        /**
         * The platform weighs evidence in its ruling, whose resolution tells both parties; either party
         * reads the evidence itself on the dispute.
         */
        @Override
        public List<Notice> evidenceAdded(DisputeEvent.EvidenceAdded added) {
            return List.of();
        }

        @Override
        public List<Notice> messagePosted(DisputeEvent.MessagePosted posted) {
            String type = DisputeEvent.MessagePosted.TYPE;
            Map<String, Object> values = values(type, posted);
            Party from = required(type, "from", posted.from());
            values.put("from", Phrase.of("party", from));
            values.put("text", quoted(required(type, "text", posted.text())));
            return switch (from) {
                case BUYER -> List.of(notice(MessageKind.MESSAGE_POSTED, seller(type, posted), posted, values));
                case SELLER -> List.of(notice(MessageKind.MESSAGE_POSTED, buyer(type, posted), posted, values));
                // Only the parties write (docs/api.md); a word from the platform would concern both.
                case PLATFORM -> toBoth(MessageKind.MESSAGE_POSTED, type, posted, values);
            };
        }

        @Override
        public List<Notice> disputeEscalated(DisputeEvent.DisputeEscalated escalated) {
            String type = DisputeEvent.DisputeEscalated.TYPE;
            Map<String, Object> values = values(type, escalated);
            values.put("escalatedBy", Phrase.of("escalatedBy", required(type, "by", escalated.by())));
            return toBoth(MessageKind.DISPUTE_ESCALATED, type, escalated, values);
        }

        /**
         * A confirmation resolves the dispute and "still not received" lets the platform rule: the
         * resolution that follows tells both parties.
         */
        @Override
        public List<Notice> receiptAnswered(DisputeEvent.ReceiptAnswered answered) {
            return List.of();
        }

        /**
         * dispute-service's record of the platform's request: the party was told by the request
         * itself (ruling-service's {@code ActionRequested}), so telling them again would repeat it.
         */
        @Override
        public List<Notice> platformRequestRecorded(DisputeEvent.PlatformRequestRecorded recorded) {
            return List.of();
        }

        @Override
        public List<Notice> disputeResolved(DisputeEvent.DisputeResolved resolved) {
            String type = DisputeEvent.DisputeResolved.TYPE;
            Map<String, Object> values = values(type, resolved);
            Outcome outcome = required(type, "outcome", resolved.outcome());
            boolean partialRefund = outcome == Outcome.REFUND_BUYER && resolved.amount() != null;
            values.put("outcome",
                    partialRefund ? new Phrase("outcome", "PARTIAL_REFUND") : Phrase.of("outcome", outcome));
            if (resolved.amount() != null) {
                values.put("amount", resolved.amount());
            }
            values.put("responsibleParty",
                    Phrase.of("responsibleParty", required(type, "responsibleParty", resolved.responsibleParty())));
            ResolvedBy resolvedBy = required(type, "resolvedBy", resolved.resolvedBy());
            values.put("headline", Phrase.of("resolvedHeadline", resolvedBy));
            values.put("resolvedBy", Phrase.of("resolvedBy", resolvedBy));
            values.put("reasons", new Phrase("reasons", resolved.reasons().isEmpty() ? "NONE" : "GIVEN"));
            values.put("reasonList", resolved.reasons());
            return toBoth(MessageKind.DISPUTE_RESOLVED, type, resolved, values);
        }
    }

    /** The first seller window of a dispute is the moment the seller learns of it. */
    private static boolean opensSellerWindow(RulingEvent.DeadlineScheduled scheduled) {
        return scheduled.type() == DeadlineType.SELLER_RESPONSE
                && DisputeEvent.DisputeOpened.TYPE.equals(scheduled.causeEventType());
    }

    /** DISPUTE_OPENED to the seller, once per dispute, for a dispute in which the platform acts first. */
    private static Notice openedWithoutADeadline(String type, DisputeEvent event, DisputeStatus status) {
        Map<String, Object> values = values(type, event);
        values.put("nextStep", new Phrase("disputeOpenedNextStep", switch (status) {
            case AWAITING_BUYER_PICKUP, AWAITING_BUYER_CONFIRMATION -> status.name();
            default -> "PLATFORM";
        }));
        return new Notice(MessageKind.DISPUTE_OPENED, seller(type, event), event.orderId(), event.disputeId(), values,
                disputeOpenedKey(event.disputeId()));
    }

    private static Notice disputeOpened(RulingEvent.DeadlineScheduled scheduled) {
        String type = RulingEvent.DeadlineScheduled.TYPE;
        Map<String, Object> values = values(type, scheduled);
        values.put("dueAt", required(type, "dueAt", scheduled.dueAt()));
        values.put("nextStep", new Phrase("disputeOpenedNextStep", "ANSWER"));
        return new Notice(MessageKind.DISPUTE_OPENED, required(type, "sellerId", scheduled.sellerId()),
                scheduled.orderId(), scheduled.disputeId(), values, disputeOpenedKey(scheduled.disputeId()));
    }

    /**
     * One opening message per dispute, whether it came from the seller's first deadline or from an
     * opening that gave the seller none: should both ever come, the first one read is kept.
     */
    private static String disputeOpenedKey(String disputeId) {
        return "dispute-opened:" + disputeId;
    }

    /** docs/policy.md, the pickup and inconsistent-delivery cases: what the platform asks, and by when. */
    private static List<Notice> actionRequested(RulingEvent.ActionRequested requested) {
        String type = RulingEvent.ActionRequested.TYPE;
        RequestedAction action = required(type, "action", requested.action());
        Party party = required(type, "party", requested.party());
        if (party == Party.PLATFORM) {
            // Nothing any party must do; the platform's own steps reach the parties as their outcome.
            return List.of();
        }
        Map<String, Object> values = values(type, requested);
        values.put("headline", Phrase.of("requestHeadline", action));
        values.put("request", Phrase.of("request", action));
        Instant dueAt;
        if (action == RequestedAction.COLLECT_PARCEL) {
            PickupPoint point = required(type, "pickupPoint", requested.pickupPoint());
            putPickupPoint(point, values);
            // The collect-by time the buyer was told when the parcel arrived (docs/policy.md).
            dueAt = point.collectBy() != null ? point.collectBy() : required(type, "dueAt", requested.dueAt());
        } else {
            dueAt = required(type, "dueAt", requested.dueAt());
        }
        values.put("dueAt", dueAt);
        return List.of(new Notice(MessageKind.ACTION_REQUESTED, partyId(type, requested, party),
                requested.orderId(), requested.disputeId(), values));
    }

    /** docs/policy.md, reminders: which deadline, when it falls, and what its party must do by then. */
    private static List<Notice> reminderDue(RulingEvent.ReminderDue due) {
        String type = RulingEvent.ReminderDue.TYPE;
        DeadlineType deadline = required(type, "type", due.type());
        Party party = required(type, "party", due.party());
        if (party == Party.PLATFORM || deadline.party() == Party.PLATFORM) {
            // The platform's own deadlines ask nothing of the parties.
            return List.of();
        }
        Map<String, Object> values = values(type, due);
        values.put("dueAt", required(type, "dueAt", due.dueAt()));
        values.put("headline", Phrase.of("reminderHeadline", deadline));
        values.put("reminder", Phrase.of("reminder", deadline));
        return List.of(new Notice(MessageKind.DEADLINE_REMINDER, partyId(type, due, party), due.orderId(),
                due.disputeId(), values));
    }

    /**
     * docs/policy.md, Prevention: the carrier reports the parcel waiting at a pickup point, and it
     * still waits there. A report that a later event has overtaken (the parcel collected, returned or
     * moving again) tells nothing any more.
     */
    private static boolean waitsForCollection(TrackingEvent.TrackingUpdated updated) {
        return updated.status() == ShipmentStatus.AVAILABLE_FOR_PICKUP
                && updated.pickupPoint() != null
                && updated.shipmentStatus() == ShipmentStatus.AVAILABLE_FOR_PICKUP;
    }

    /** Once per order and pickup point: a carrier that reports the same arrival again tells nothing new. */
    private static Notice arrivedForCollection(TrackingEvent.TrackingUpdated updated) {
        String type = TrackingEvent.TrackingUpdated.TYPE;
        PickupPoint point = updated.pickupPoint();
        Map<String, Object> values = new LinkedHashMap<>();
        String orderId = required(type, "orderId", updated.orderId());
        values.put("orderId", orderId);
        putPickupPoint(point, values);
        values.put("collectBy", required(type, "pickupPoint.collectBy", point.collectBy()));
        return new Notice(MessageKind.ARRIVED_FOR_COLLECTION, required(type, "buyerId", updated.buyerId()), orderId,
                null, values, "arrived-for-collection:" + orderId + ":" + pointKey(point));
    }

    /**
     * docs/policy.md, Prevention: a delay alert goes to the buyer and the seller, before either needs
     * a dispute. Both hear the same facts; each hears what they can do about it.
     */
    private static List<Notice> shipmentDelayed(TrackingEvent.DelayDetected delayed) {
        String type = TrackingEvent.DelayDetected.TYPE;
        String orderId = required(type, "orderId", delayed.orderId());
        DelayReason reason = required(type, "reason", delayed.reason());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("orderId", orderId);
        facts.put("carrier", required(type, "carrier", delayed.carrier()));
        facts.put("trackingNumber", required(type, "trackingNumber", delayed.trackingNumber()));
        facts.put("promisedDeliveryBy", required(type, "promisedDeliveryBy", delayed.promisedDeliveryBy()));
        String form = reason.name();
        if (reason == DelayReason.STALLED) {
            if (delayed.lastEventAt() != null) {
                facts.put("lastEventAt", delayed.lastEventAt());
            } else {
                form = "STALLED_SINCE_REGISTRATION";
            }
        }
        facts.put("delay", new Phrase("delay", form));
        String dedupKey = shipmentDelayedKey(orderId, delayed);
        String buyerId = required(type, "buyerId", delayed.buyerId());
        String sellerId = required(type, "sellerId", delayed.sellerId());
        return List.of(shipmentDelayed(Party.BUYER, buyerId, orderId, reason, facts, dedupKey),
                shipmentDelayed(Party.SELLER, sellerId, orderId, reason, facts, dedupKey));
    }

    private static Notice shipmentDelayed(Party party, String recipientId, String orderId, DelayReason reason,
                                          Map<String, Object> facts, String dedupKey) {
        Map<String, Object> values = new LinkedHashMap<>(facts);
        values.put("headline", new Phrase("delayHeadline", party + "_" + reason));
        values.put("advice", new Phrase("delayAdvice", party + "_" + reason));
        return new Notice(MessageKind.SHIPMENT_DELAYED, recipientId, orderId, null, values, dedupKey);
    }

    /**
     * Once per alert, as logistics-tracker raises them: an order is late once, and stalls once per
     * last tracking event (or once since its registration, while the carrier has reported nothing).
     * A new stall is a new alert; the same one detected or delivered again is not.
     */
    private static String shipmentDelayedKey(String orderId, TrackingEvent.DelayDetected delayed) {
        String key = "shipment-delayed:" + orderId + ":" + delayed.reason();
        return switch (delayed.reason()) {
            case LATE -> key;
            case STALLED -> key + ":" + (delayed.lastEventAt() == null ? "registered" : delayed.lastEventAt());
        };
    }

    /**
     * The point's name and address as the carrier gave them, each left out where it did not: the
     * text then says so in the recipient's language ({@code pickupPoint.<form>}).
     */
    private static void putPickupPoint(PickupPoint point, Map<String, Object> values) {
        Address address = point.address();
        String name = given(point.name());
        if (name == null && address != null) {
            name = given(address.name());
        }
        String where = address == null ? null : oneLine(address);
        String form = name != null ? (where != null ? "NAMED_AT" : "NAMED") : (where != null ? "AT" : "UNNAMED");
        values.put("pickupPoint", new Phrase("pickupPoint", form));
        if (name != null) {
            values.put("pointName", cut(name, MAX_PLACE_TEXT));
        }
        if (where != null) {
            values.put("pointAddress", cut(where, MAX_PLACE_TEXT));
        }
    }

    /** The point's id, or for a point the carrier gave no id, its name and address as given. */
    private static String pointKey(PickupPoint point) {
        String id = given(point.id());
        String identity = id != null ? "id=" + id : "named=" + Objects.toString(given(point.name()), "") + "\n"
                + (point.address() == null ? "" : Objects.toString(oneLine(point.address()), ""));
        if (identity.length() <= MAX_POINT_KEY) {
            return identity;
        }
        return "digest=" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
    }

    /** An address on one line, as the carrier gave its parts; null when it gave none. */
    private static String oneLine(Address address) {
        String locality = Stream.of(address.postalCode(), address.city()).map(Announcements::given)
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        String line = Stream.of(address.line1(), address.line2(), locality, address.region(), address.countryCode())
                .map(Announcements::given).filter(Objects::nonNull).collect(Collectors.joining(", "));
        return line.isEmpty() ? null : line;
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String partyId(String type, RulingEvent event, Party party) {
        return switch (party) {
            case BUYER -> required(type, "buyerId", event.buyerId());
            case SELLER -> required(type, "sellerId", event.sellerId());
            case PLATFORM -> throw new IllegalArgumentException("The platform has no inbox");
        };
    }

    private static Map<String, Object> values(String type, RulingEvent event) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("orderId", required(type, "orderId", event.orderId()));
        values.put("disputeId", required(type, "disputeId", event.disputeId()));
        return values;
    }

    private static Map<String, Object> values(String type, DisputeEvent event) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("orderId", required(type, "orderId", event.orderId()));
        values.put("disputeId", required(type, "disputeId", event.disputeId()));
        return values;
    }

    private static void putProposal(String type, Proposal proposal, Map<String, Object> values) {
        ProposedSolution solution = required(type, "proposal", proposal).solution();
        values.put("solution", Phrase.of("solution", required(type, "proposal.solution", solution)));
        if (solution == ProposedSolution.PARTIAL_REFUND) {
            values.put("amount", required(type, "proposal.amount", proposal.amount()));
        }
    }

    private static String quoted(String text) {
        return cut(text, MAX_QUOTED_TEXT);
    }

    /** Cut at a whole character, so that the notice fits the inbox whatever a party or carrier wrote. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    private static List<Notice> toBoth(MessageKind kind, String type, DisputeEvent event, Map<String, Object> values) {
        return List.of(notice(kind, buyer(type, event), event, values),
                notice(kind, seller(type, event), event, values));
    }

    private static Notice notice(MessageKind kind, String recipientId, DisputeEvent event, Map<String, Object> values) {
        return new Notice(kind, recipientId, event.orderId(), event.disputeId(), values);
    }

    private static String buyer(String type, DisputeEvent event) {
        return required(type, "buyerId", event.buyerId());
    }

    private static String seller(String type, DisputeEvent event) {
        return required(type, "sellerId", event.sellerId());
    }

    private static <V> V required(String eventType, String field, V value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IncompleteEventException(eventType, field);
        }
        return value;
    }
}
