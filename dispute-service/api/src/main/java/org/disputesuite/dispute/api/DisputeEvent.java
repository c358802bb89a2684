package org.disputesuite.dispute.api;

import java.time.Instant;
import java.util.List;

import org.disputesuite.tracking.api.Money;

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

        R disputeResolved(DisputeResolved event);
    }

    record DisputeOpened(String disputeId, String orderId, String buyerId, String sellerId, long version,
                         Instant occurredAt, DisputeReason reason, RequestedSolution requestedSolution,
                         String description, Money amount, Instant promisedDeliveryBy) implements DisputeEvent {
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

    record DisputeResolved(String disputeId, String orderId, String buyerId, String sellerId, long version,
                           Instant occurredAt, DisputeStatus status, Outcome outcome, Money amount,
                           ResponsibleParty responsibleParty, ResolvedBy resolvedBy, String ruleId)
            implements DisputeEvent {
        public static final String TYPE = "dispute.resolved.v1";

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.disputeResolved(this);
        }
    }
}
