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

    record DisputeOpened(String disputeId, String orderId, String buyerId, String sellerId, long version,
                         Instant occurredAt, DisputeReason reason, RequestedSolution requestedSolution,
                         String description, Money amount, Instant promisedDeliveryBy) implements DisputeEvent {
        public static final String TYPE = "dispute.opened.v1";
    }

    record CaseChanged(String disputeId, String orderId, String buyerId, String sellerId, long version,
                       Instant occurredAt, DisputeCase disputeCase, DisputeCase previousCase,
                       DisputeStatus status) implements DisputeEvent {
        public static final String TYPE = "dispute.case-changed.v1";
    }

    record RulingApplied(String disputeId, String orderId, String buyerId, String sellerId, long version,
                         Instant occurredAt, String rulingId, String ruleId, Outcome outcome,
                         ResponsibleParty responsibleParty, List<String> reasons, List<String> factEventIds,
                         String policyVersion, long basedOnVersion, Instant issuedAt) implements DisputeEvent {
        public static final String TYPE = "dispute.ruling-applied.v1";
    }

    record RulingSuperseded(String disputeId, String orderId, String buyerId, String sellerId, long version,
                            Instant occurredAt, String rulingId, String ruleId, long basedOnVersion,
                            String reason) implements DisputeEvent {
        public static final String TYPE = "dispute.ruling-superseded.v1";
    }

    record DisputeResolved(String disputeId, String orderId, String buyerId, String sellerId, long version,
                           Instant occurredAt, DisputeStatus status, Outcome outcome, Money amount,
                           ResponsibleParty responsibleParty, ResolvedBy resolvedBy, String ruleId)
            implements DisputeEvent {
        public static final String TYPE = "dispute.resolved.v1";
    }
}
