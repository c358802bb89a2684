package org.disputesuite.dispute.domain;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.tracking.api.Money;

/** The dispute ended; {@code amount} is set for a partial refund only, {@code ruleId} and {@code reasons} for a ruling only. */
@Revision("3")
public record DisputeResolved(String disputeId, String orderId, String buyerId, String sellerId,
                              DisputeStatus status, Outcome outcome, Money amount,
                              ResponsibleParty responsibleParty, ResolvedBy resolvedBy, String ruleId,
                              List<String> reasons, Instant occurredAt)
        implements DisputeDomainEvent {

    /** Revision 3 added the ruling's reasons; an older event reads with none. */
    public DisputeResolved {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public <R> R accept(Handler<R> handler) {
        return handler.disputeResolved(this);
    }
}
