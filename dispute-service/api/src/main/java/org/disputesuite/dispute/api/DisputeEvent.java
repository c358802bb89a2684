package org.disputesuite.dispute.api;

import java.time.Instant;
import java.util.List;

import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.PickupPoint;

/**
 * The integration events dispute-service publishes on {@link DisputeTopics#EVENTS}, keyed by order
 * id. {@code version} is the aggregate sequence number of the stored event behind each one: a
 * ruling names the version it was based on.
 */
public sealed interface DisputeEvent {

    String disputeId();

    String orderId();

    String buyerId();

    String sellerId();

    long version();

    Instant occurredAt();

    /** Calls the handler's method for this event's type. */
    <R> R accept(Handler<R> handler);

    /**
     * One method per type of the family. A consumer implements every one of them, so a new type
     * does not compile until each consumer says what it does with it (doing nothing included).
     */
    interface Handler<R> {
        R disputeOpened(DisputeOpened event);

        R caseChanged(CaseChanged event);

        R rulingApplied(RulingApplied event);

        R rulingSuperseded(RulingSuperseded event);

        R sellerResponded(SellerResponded event);

        R proposalAnswered(ProposalAnswered event);

        R evidenceAdded(EvidenceAdded event);

        R messagePosted(MessagePosted event);

        R disputeEscalated(DisputeEscalated event);

        R receiptAnswered(ReceiptAnswered event);

        R platformRequestRecorded(PlatformRequestRecorded event);

        R disputeResolved(DisputeResolved event);
    }

    /**
     * {@code disputeCase} and {@code status} are what dispute-service saw at opening; both are null on
     * records of disputes opened before they were published.
     */
    record DisputeOpened(String disputeId, String orderId, String buyerId, String sellerId, long version,
                         Instant occurredAt, DisputeReason reason, RequestedSolution requestedSolution,
                         String description, Money amount, Instant promisedDeliveryBy, DisputeCase disputeCase,
                         DisputeStatus status) implements DisputeEvent {
        public static final String TYPE = "dispute.opened.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.disputeOpened(this);
        }
    }

    record CaseChanged(String disputeId, String orderId, String buyerId, String sellerId, long version,
                       Instant occurredAt, DisputeCase disputeCase, DisputeCase previousCase,
                       DisputeStatus status) implements DisputeEvent {
        public static final String TYPE = "dispute.case-changed.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.caseChanged(this);
        }
    }

    record RulingApplied(String disputeId, String orderId, String buyerId, String sellerId, long version,
                         Instant occurredAt, String rulingId, String ruleId, Outcome outcome,
                         ResponsibleParty responsibleParty, List<String> reasons, List<String> factEventIds,
                         String policyVersion, long basedOnVersion, Instant issuedAt) implements DisputeEvent {
        public static final String TYPE = "dispute.ruling-applied.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.rulingApplied(this);
        }
    }

    record RulingSuperseded(String disputeId, String orderId, String buyerId, String sellerId, long version,
                            Instant occurredAt, String rulingId, String ruleId, long basedOnVersion,
                            String reason) implements DisputeEvent {
        public static final String TYPE = "dispute.ruling-superseded.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.rulingSuperseded(this);
        }
    }

    /**
     * The seller answered: accepted the buyer's request, rejected it, or made a proposal (which
     * replaces any open one). Evidence filed with the answer follows as {@link EvidenceAdded}.
     */
    record SellerResponded(String disputeId, String orderId, String buyerId, String sellerId, long version,
                           Instant occurredAt, SellerAction action, Proposal proposal, DisputeStatus status)
            implements DisputeEvent {
        public static final String TYPE = "dispute.seller-responded.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.sellerResponded(this);
        }
    }

    /** The buyer accepted or rejected the seller's open proposal. */
    record ProposalAnswered(String disputeId, String orderId, String buyerId, String sellerId, long version,
                            Instant occurredAt, boolean accepted, Proposal proposal, DisputeStatus status)
            implements DisputeEvent {
        public static final String TYPE = "dispute.proposal-answered.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.proposalAnswered(this);
        }
    }

    /** A party filed evidence, alone or with an answer. */
    record EvidenceAdded(String disputeId, String orderId, String buyerId, String sellerId, long version,
                         Instant occurredAt, Party party, List<Evidence> evidence) implements DisputeEvent {
        public static final String TYPE = "dispute.evidence-added.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.evidenceAdded(this);
        }
    }

    /** A party wrote to the other; both see the whole conversation. */
    record MessagePosted(String disputeId, String orderId, String buyerId, String sellerId, long version,
                         Instant occurredAt, Party from, String text) implements DisputeEvent {
        public static final String TYPE = "dispute.message-posted.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.messagePosted(this);
        }
    }

    /** A party (or the platform, when negotiation ran too long) handed the dispute to platform review. */
    record DisputeEscalated(String disputeId, String orderId, String buyerId, String sellerId, long version,
                            Instant occurredAt, Party by, DisputeStatus status) implements DisputeEvent {
        public static final String TYPE = "dispute.escalated.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.disputeEscalated(this);
        }
    }

    /**
     * The buyer said whether the parcel was received: a confirmation ({@code received}, the dispute
     * resolves next) or "still not received" after a delivery the platform asked about.
     */
    record ReceiptAnswered(String disputeId, String orderId, String buyerId, String sellerId, long version,
                           Instant occurredAt, boolean received, DisputeStatus status) implements DisputeEvent {
        public static final String TYPE = "dispute.receipt-answered.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.receiptAnswered(this);
        }
    }

    /**
     * The dispute recorded a request of the platform to one party, due at {@code dueAt}; {@code status}
     * is the waiting status it leads to. {@code pickupPoint} is set for a request to collect.
     */
    record PlatformRequestRecorded(String disputeId, String orderId, String buyerId, String sellerId, long version,
                                   Instant occurredAt, String requestId, RequestedAction action, Party party,
                                   Instant dueAt, PickupPoint pickupPoint, DisputeStatus status)
            implements DisputeEvent {
        public static final String TYPE = "dispute.platform-request-recorded.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.platformRequestRecorded(this);
        }
    }

    /** {@code ruleId} and {@code reasons} are the ruling's when a ruling resolved the dispute. */
    record DisputeResolved(String disputeId, String orderId, String buyerId, String sellerId, long version,
                           Instant occurredAt, DisputeStatus status, Outcome outcome, Money amount,
                           ResponsibleParty responsibleParty, ResolvedBy resolvedBy, String ruleId,
                           List<String> reasons)
            implements DisputeEvent {
        public static final String TYPE = "dispute.resolved.v1";

        public DisputeResolved {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.disputeResolved(this);
        }
    }
}
