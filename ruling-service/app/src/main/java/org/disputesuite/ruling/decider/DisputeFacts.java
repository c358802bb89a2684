package org.disputesuite.ruling.decider;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.policy.Deadline;
import org.disputesuite.ruling.policy.Escalation;
import org.disputesuite.ruling.policy.FiledEvidence;

/**
 * What the platform knows about the dispute on an order. Changes go through {@link #toBuilder()},
 * so each one names only the facts it changes.
 *
 * @param status            the dispute's status after the latest event that carried one
 * @param highestVersion    the highest dispute version (aggregate sequence number) seen
 * @param deadlines         the open and expired deadlines, in the order they were scheduled
 * @param actedOn           the deadline types whose party did what was asked, remembered after the
 *                          deadline itself left (no fresh seller window for a seller who answered)
 * @param evidence          the evidence filed, in the order it was filed
 * @param escalation        who handed the dispute to platform review, null while nobody did
 * @param stillNotReceivedEventId the id of the buyer's "still not received" about the inconsistent
 *                          delivery of the current case, which the request for a delivery receipt and
 *                          its rulings rest on; null when the buyer said none
 * @param supersededEventId the id of the latest dispute.ruling-superseded.v1 record
 * @param pendingRulingId   a ruling issued and neither applied nor superseded yet
 * @param appliedRulingId   the ruling that took effect
 */
public record DisputeFacts(String disputeId, String buyerId, String sellerId, RequestedSolution requestedSolution,
                           Instant openedAt, String openedEventId, DisputeStatus status, long highestVersion,
                           DisputeCase disputeCase, List<Deadline> deadlines, List<DeadlineType> actedOn,
                           List<FiledEvidence> evidence, Escalation escalation, String stillNotReceivedEventId,
                           String supersededEventId, String pendingRulingId, String appliedRulingId) {

    public DisputeFacts {
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        actedOn = actedOn == null ? List.of() : List.copyOf(actedOn);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    static Builder builder() {
        return new Builder();
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    boolean isClosed() {
        return status != null && status.isClosed();
    }

    List<Deadline> openDeadlines() {
        return deadlines.stream().filter(Deadline::open).toList();
    }

    Optional<Deadline> openDeadline(String deadlineId) {
        return openDeadlines().stream().filter(deadline -> deadline.deadlineId().equals(deadlineId)).findFirst();
    }

    /** Whether a deadline of this type that {@code which} accepts is among the facts. */
    boolean hasDeadline(DeadlineType type, Predicate<Deadline> which) {
        return deadlines.stream().anyMatch(deadline -> deadline.type() == type && which.test(deadline));
    }

    boolean hasActed(DeadlineType type) {
        return actedOn.contains(type);
    }

    DisputeFacts seen(long version) {
        return toBuilder().highestVersion(Math.max(highestVersion, version)).build();
    }

    DisputeFacts withStatus(DisputeStatus newStatus) {
        return toBuilder().status(newStatus).build();
    }

    DisputeFacts withCase(DisputeCase newCase) {
        return toBuilder().disputeCase(newCase).build();
    }

    DisputeFacts withDeadline(Deadline deadline) {
        List<Deadline> changed = new ArrayList<>(deadlines);
        changed.add(deadline);
        return toBuilder().deadlines(changed).build();
    }

    DisputeFacts withoutDeadlines(Predicate<Deadline> which) {
        List<Deadline> changed = new ArrayList<>(deadlines);
        changed.removeIf(which);
        return toBuilder().deadlines(changed).build();
    }

    DisputeFacts withDeadlineExpired(String deadlineId, String expiredEventId) {
        return toBuilder().deadlines(deadlines.stream()
                .map(deadline -> deadline.deadlineId().equals(deadlineId) ? deadline.expiredBy(expiredEventId)
                        : deadline)
                .toList()).build();
    }

    /** The party of deadlines of this type did what was asked: those still here count as acted on. */
    DisputeFacts withActed(DeadlineType type) {
        List<DeadlineType> acted = new ArrayList<>(actedOn);
        if (!acted.contains(type)) {
            acted.add(type);
        }
        return toBuilder().actedOn(acted)
                .deadlines(deadlines.stream().map(deadline -> deadline.type() == type ? deadline.actedOn() : deadline)
                        .toList())
                .build();
    }

    DisputeFacts withEvidence(List<FiledEvidence> filed) {
        List<FiledEvidence> changed = new ArrayList<>(evidence);
        changed.addAll(filed);
        return toBuilder().evidence(changed).build();
    }

    DisputeFacts withEscalation(Escalation newEscalation) {
        return toBuilder().escalation(newEscalation).build();
    }

    DisputeFacts withStillNotReceived(String eventId) {
        return toBuilder().stillNotReceivedEventId(eventId).build();
    }

    /** A superseded ruling is no longer pending; a ruling issued since stays pending. */
    DisputeFacts withSuperseded(String eventId, String rulingId) {
        boolean pendingOneSuperseded = rulingId != null && rulingId.equals(pendingRulingId);
        return toBuilder().supersededEventId(eventId)
                .pendingRulingId(pendingOneSuperseded ? null : pendingRulingId)
                .build();
    }

    DisputeFacts withPendingRuling(String rulingId) {
        return toBuilder().pendingRulingId(rulingId).build();
    }

    DisputeFacts withAppliedRuling(String rulingId) {
        return toBuilder().appliedRulingId(rulingId).pendingRulingId(null).build();
    }

    static final class Builder {

        private String disputeId;
        private String buyerId;
        private String sellerId;
        private RequestedSolution requestedSolution;
        private Instant openedAt;
        private String openedEventId;
        private DisputeStatus status;
        private long highestVersion;
        private DisputeCase disputeCase;
        private List<Deadline> deadlines = List.of();
        private List<DeadlineType> actedOn = List.of();
        private List<FiledEvidence> evidence = List.of();
        private Escalation escalation;
        private String stillNotReceivedEventId;
        private String supersededEventId;
        private String pendingRulingId;
        private String appliedRulingId;

        private Builder() {
        }

        private Builder(DisputeFacts facts) {
            disputeId = facts.disputeId;
            buyerId = facts.buyerId;
            sellerId = facts.sellerId;
            requestedSolution = facts.requestedSolution;
            openedAt = facts.openedAt;
            openedEventId = facts.openedEventId;
            status = facts.status;
            highestVersion = facts.highestVersion;
            disputeCase = facts.disputeCase;
            deadlines = facts.deadlines;
            actedOn = facts.actedOn;
            evidence = facts.evidence;
            escalation = facts.escalation;
            stillNotReceivedEventId = facts.stillNotReceivedEventId;
            supersededEventId = facts.supersededEventId;
            pendingRulingId = facts.pendingRulingId;
            appliedRulingId = facts.appliedRulingId;
        }

        Builder disputeId(String value) {
            disputeId = value;
            return this;
        }

        Builder buyerId(String value) {
            buyerId = value;
            return this;
        }

        Builder sellerId(String value) {
            sellerId = value;
            return this;
        }

        Builder requestedSolution(RequestedSolution value) {
            requestedSolution = value;
            return this;
        }

        Builder openedAt(Instant value) {
            openedAt = value;
            return this;
        }

        Builder openedEventId(String value) {
            openedEventId = value;
            return this;
        }

        Builder status(DisputeStatus value) {
            status = value;
            return this;
        }

        Builder highestVersion(long value) {
            highestVersion = value;
            return this;
        }

        Builder disputeCase(DisputeCase value) {
            disputeCase = value;
            return this;
        }

        Builder deadlines(List<Deadline> value) {
            deadlines = value;
            return this;
        }

        Builder actedOn(List<DeadlineType> value) {
            actedOn = value;
            return this;
        }

        Builder evidence(List<FiledEvidence> value) {
            evidence = value;
            return this;
        }

        Builder escalation(Escalation value) {
            escalation = value;
            return this;
        }

        Builder stillNotReceivedEventId(String value) {
            stillNotReceivedEventId = value;
            return this;
        }

        Builder supersededEventId(String value) {
            supersededEventId = value;
            return this;
        }

        Builder pendingRulingId(String value) {
            pendingRulingId = value;
            return this;
        }

        Builder appliedRulingId(String value) {
            appliedRulingId = value;
            return this;
        }

        DisputeFacts build() {
            return new DisputeFacts(disputeId, buyerId, sellerId, requestedSolution, openedAt, openedEventId, status,
                    highestVersion, disputeCase, deadlines, actedOn, evidence, escalation, stillNotReceivedEventId,
                    supersededEventId, pendingRulingId, appliedRulingId);
        }
    }
}
