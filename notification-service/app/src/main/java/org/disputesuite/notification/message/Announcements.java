package org.disputesuite.notification.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent;

/** Who is told what for each event; an event that concerns nobody yet gives no notice. */
public final class Announcements {

    public List<Notice> about(RulingEvent event) {
        return event.accept(new RulingEvent.Handler<>() {
            @Override
            public List<Notice> caseChosen(RulingEvent.CaseChosen chosen) {
                return List.of();
            }

            @Override
            public List<Notice> deadlineScheduled(RulingEvent.DeadlineScheduled scheduled) {
                return opensSellerWindow(scheduled) ? List.of(disputeOpened(scheduled)) : List.of();
            }

            @Override
            public List<Notice> deadlineCancelled(RulingEvent.DeadlineCancelled cancelled) {
                return List.of();
            }

            @Override
            public List<Notice> deadlineExpired(RulingEvent.DeadlineExpired expired) {
                return List.of();
            }

            /** The parties learn of a ruling once it took effect, from dispute-service's resolution. */
            @Override
            public List<Notice> rulingIssued(RulingEvent.RulingIssued issued) {
                return List.of();
            }
        });
    }

    public List<Notice> about(DisputeEvent event) {
        return event.accept(new DisputeEvent.Handler<>() {
            /** The seller learns of the dispute with its deadline, when ruling-service schedules it. */
            @Override
            public List<Notice> disputeOpened(DisputeEvent.DisputeOpened opened) {
                return List.of();
            }

            @Override
            public List<Notice> caseChanged(DisputeEvent.CaseChanged changed) {
                return List.of();
            }

            @Override
            public List<Notice> rulingApplied(DisputeEvent.RulingApplied applied) {
                return List.of();
            }

            @Override
            public List<Notice> rulingSuperseded(DisputeEvent.RulingSuperseded superseded) {
                return List.of();
            }

            @Override
            public List<Notice> disputeResolved(DisputeEvent.DisputeResolved resolved) {
                return Announcements.disputeResolved(resolved);
            }
        });
    }

    /** The first seller window of a dispute is the moment the seller learns of it. */
    private static boolean opensSellerWindow(RulingEvent.DeadlineScheduled scheduled) {
        return scheduled.type() == DeadlineType.SELLER_RESPONSE
                && DisputeEvent.DisputeOpened.TYPE.equals(scheduled.causeEventType());
    }

    private static Notice disputeOpened(RulingEvent.DeadlineScheduled scheduled) {
        String type = RulingEvent.DeadlineScheduled.TYPE;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("orderId", required(type, "orderId", scheduled.orderId()));
        values.put("disputeId", required(type, "disputeId", scheduled.disputeId()));
        values.put("dueAt", required(type, "dueAt", scheduled.dueAt()));
        return new Notice(MessageKind.DISPUTE_OPENED, required(type, "sellerId", scheduled.sellerId()),
                scheduled.orderId(), scheduled.disputeId(), values);
    }

    private static List<Notice> disputeResolved(DisputeEvent.DisputeResolved resolved) {
        String type = DisputeEvent.DisputeResolved.TYPE;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("orderId", required(type, "orderId", resolved.orderId()));
        values.put("disputeId", required(type, "disputeId", resolved.disputeId()));
        Outcome outcome = required(type, "outcome", resolved.outcome());
        boolean partialRefund = outcome == Outcome.REFUND_BUYER && resolved.amount() != null;
        values.put("outcome", partialRefund ? new Phrase("outcome", "PARTIAL_REFUND") : Phrase.of("outcome", outcome));
        if (resolved.amount() != null) {
            values.put("amount", resolved.amount());
        }
        values.put("responsibleParty",
                Phrase.of("responsibleParty", required(type, "responsibleParty", resolved.responsibleParty())));
        values.put("resolvedBy", Phrase.of("resolvedBy", required(type, "resolvedBy", resolved.resolvedBy())));
        String buyerId = required(type, "buyerId", resolved.buyerId());
        String sellerId = required(type, "sellerId", resolved.sellerId());
        return List.of(
                new Notice(MessageKind.DISPUTE_RESOLVED, buyerId, resolved.orderId(), resolved.disputeId(), values),
                new Notice(MessageKind.DISPUTE_RESOLVED, sellerId, resolved.orderId(), resolved.disputeId(), values));
    }

    private static <V> V required(String eventType, String field, V value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IncompleteEventException(eventType, field);
        }
        return value;
    }
}
