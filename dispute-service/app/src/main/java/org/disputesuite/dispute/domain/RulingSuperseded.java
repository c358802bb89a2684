package org.disputesuite.dispute.domain;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A ruling that came too late: {@code newerFactVersion} is the material event it did not know. */
@Revision("2")
public record RulingSuperseded(String disputeId, String orderId, String buyerId, String sellerId,
                               String decisionId, String rulingId, String ruleId, long basedOnVersion,
                               long newerFactVersion, String reason, Instant occurredAt)
        implements DisputeDomainEvent, PlatformDecisionEvent {

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.rulingSuperseded(this);
    }
}
