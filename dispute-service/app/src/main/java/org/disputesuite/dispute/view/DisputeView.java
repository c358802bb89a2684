package org.disputesuite.dispute.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.Money;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A dispute as docs/api.md shows it. {@code version} is the sequence number of its latest event, the
 * same number its integration events carry. Evidence, proposals and messages are oldest first.
 */
public record DisputeView(String disputeId, String orderId, String buyerId, String sellerId, DisputeStatus status,
                          Instant openedAt, RequestedSolution requestedSolution, DisputeReason reason,
                          String description, Money amount, @JsonProperty("case") DisputeCase disputeCase,
                          List<Deadline> deadlines, List<EvidenceEntry> evidence, List<ProposalEntry> proposals,
                          List<MessageEntry> messages, Ruling ruling, Resolution resolution,
                          List<TimelineEntry> timeline, long version) {

    /** One piece of evidence, with who filed it and when. */
    public record EvidenceEntry(Party from, String partyId, EvidenceType type, String description,
                                String documentRef, Instant occurredAt, Instant delayUntil, Address address,
                                Instant addedAt) {
    }

    /** A seller's proposal; {@code status} says whether it is still open and how it ended. */
    public record ProposalEntry(ProposedSolution solution, @JsonInclude(JsonInclude.Include.NON_NULL) Money amount,
                                ProposalStatus status, Instant proposedAt, Instant answeredAt) {
    }

    public enum ProposalStatus {
        OPEN, ACCEPTED, REJECTED, REPLACED, LAPSED
    }

    public record MessageEntry(Party from, String partyId, String text, Instant at) {
    }

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
