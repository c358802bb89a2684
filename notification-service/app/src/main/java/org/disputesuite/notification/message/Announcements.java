package org.disputesuite.notification.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent;

/**
 * Who is told what for each event (docs/policy.md, "Between the parties"). Every event type is
 * answered on purpose: an event that concerns nobody yet gives no notice.
 */
public final class Announcements {

    /** The longest part of a party's message a notice quotes; the whole conversation is on the dispute. */
    static final int MAX_QUOTED_TEXT = 3000;

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
        return event.accept(new DisputeNotices());
    }

    private static final class DisputeNotices implements DisputeEvent.Handler<List<Notice>> {

        /** The seller learns of the dispute with its deadline, when ruling-service schedules it. */
        @Override
        public List<Notice> disputeOpened(DisputeEvent.DisputeOpened opened) {
            return List.of();
        }

        /** What a new case asks of a party reaches them as the platform's request, not as the case. */
        @Override
        public List<Notice> caseChanged(DisputeEvent.CaseChanged changed) {
            return List.of();
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

    private static Notice disputeOpened(RulingEvent.DeadlineScheduled scheduled) {
        String type = RulingEvent.DeadlineScheduled.TYPE;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("orderId", required(type, "orderId", scheduled.orderId()));
        values.put("disputeId", required(type, "disputeId", scheduled.disputeId()));
        values.put("dueAt", required(type, "dueAt", scheduled.dueAt()));
        return new Notice(MessageKind.DISPUTE_OPENED, required(type, "sellerId", scheduled.sellerId()),
                scheduled.orderId(), scheduled.disputeId(), values);
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

    /** Cut at a whole character, so that the notice fits the inbox whatever the party wrote. */
    private static String quoted(String text) {
        if (text.length() <= MAX_QUOTED_TEXT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_QUOTED_TEXT - 1)) ? MAX_QUOTED_TEXT - 1 : MAX_QUOTED_TEXT;
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
