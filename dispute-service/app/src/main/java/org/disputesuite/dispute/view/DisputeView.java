package org.disputesuite.dispute.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.tracking.api.Money;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A dispute as docs/api.md shows it. {@code version} is the sequence number of its latest event, the
 * same number its integration events carry. Evidence, proposals and messages are left out until
 * the dispute can hold them.
 */
public record DisputeView(String disputeId, String orderId, String buyerId, String sellerId, DisputeStatus status,
                          Instant openedAt, RequestedSolution requestedSolution, DisputeReason reason,
                          String description, Money amount, @JsonProperty("case") DisputeCase disputeCase,
                          List<Deadline> deadlines, Ruling ruling, Resolution resolution,
                          List<TimelineEntry> timeline, long version) {

    public record Deadline(DeadlineType type, Instant dueAt, Party party) {
    }

    public record Ruling(String rulingId, String ruleId, Outcome outcome, ResponsibleParty responsibleParty,
                         List<String> reasons, List<String> factEventIds, String policyVersion,
                         long basedOnVersion, Instant issuedAt) {
    }

    public record Resolution(Outcome outcome, @JsonInclude(JsonInclude.Include.NON_NULL) Money amount,
                             ResponsibleParty responsibleParty, ResolvedBy resolvedBy, Instant resolvedAt) {
    }

    /** One event of the dispute; {@code partyId} names the buyer or seller who acted, never the platform. */
    public record TimelineEntry(String type, Instant at, Party actor,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String partyId,
                                Map<String, Object> details) {
    }
}
