package org.disputesuite.dispute.domain;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResponsibleParty;

/** {@code issuedAt} is when ruling-service issued the ruling, {@code occurredAt} when it took effect here. */
@Revision("2")
public record RulingApplied(String disputeId, String orderId, String buyerId, String sellerId, String decisionId,
                            String rulingId, String ruleId, Outcome outcome, ResponsibleParty responsibleParty,
                            List<String> reasons, List<String> factEventIds, String policyVersion,
                            long basedOnVersion, Instant issuedAt, Instant occurredAt)
        implements DisputeDomainEvent, PlatformDecisionEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.rulingApplied(this);
    }

    public RulingApplied {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        factEventIds = factEventIds == null ? List.of() : List.copyOf(factEventIds);
    }
}
