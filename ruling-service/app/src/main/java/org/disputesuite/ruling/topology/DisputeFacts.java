package org.disputesuite.ruling.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.RequestedSolution;

/**
 * What the platform knows about the dispute on an order. Changes go through {@link #toBuilder()},
 * so each one names only the facts it changes.
 *
 * @param highestVersion               the highest dispute version (aggregate sequence number) seen
 * @param sellerResponseDueAt          the end of the seller's current response window, null when none runs
 * @param sellerDeadlineExpiredEventId the id of the deadline-expired event of the seller's current window
 * @param supersededEventId            the id of the latest dispute.ruling-superseded.v1 record
 * @param pendingRulingId              a ruling issued and neither applied nor superseded yet
 * @param appliedRulingId              the ruling that took effect
 */
public record DisputeFacts(String disputeId, String buyerId, String sellerId, RequestedSolution requestedSolution,
                           Instant openedAt, String openedEventId, DisputeStatus status, long highestVersion,
                           DisputeCase disputeCase, boolean sellerAnswered, List<OpenDeadline> openDeadlines,
                           Instant sellerResponseDueAt, String sellerDeadlineExpiredEventId,
                           String supersededEventId, String pendingRulingId, String appliedRulingId) {

    public DisputeFacts {
        openDeadlines = openDeadlines == null ? List.of() : List.copyOf(openDeadlines);
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

    DisputeFacts seen(long version) {
        return toBuilder().highestVersion(Math.max(highestVersion, version)).build();
    }

    DisputeFacts withStatus(DisputeStatus newStatus) {
        return toBuilder().status(newStatus).build();
    }

    DisputeFacts withCase(DisputeCase newCase) {
        return toBuilder().disputeCase(newCase).build();
    }

    DisputeFacts withDeadline(OpenDeadline deadline) {
        List<OpenDeadline> deadlines = new ArrayList<>(openDeadlines);
        deadlines.add(deadline);
        return toBuilder().openDeadlines(deadlines).build();
    }

    DisputeFacts withoutDeadlines(Predicate<OpenDeadline> which) {
        List<OpenDeadline> deadlines = new ArrayList<>(openDeadlines);
        deadlines.removeIf(which);
        return toBuilder().openDeadlines(deadlines).build();
    }

    /**
     * The seller's response window now ends at {@code dueAt} (null: no window runs). The expiry of
     * an earlier window is forgotten with it: a ruling must rest on the expiry of the current one.
     */
    DisputeFacts withSellerWindow(Instant dueAt) {
        return toBuilder().sellerResponseDueAt(dueAt).sellerDeadlineExpiredEventId(null).build();
    }

    DisputeFacts withSellerDeadlineExpired(String expiredEventId) {
        return toBuilder().sellerDeadlineExpiredEventId(expiredEventId).build();
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
        private boolean sellerAnswered;
        private List<OpenDeadline> openDeadlines = List.of();
        private Instant sellerResponseDueAt;
        private String sellerDeadlineExpiredEventId;
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
            sellerAnswered = facts.sellerAnswered;
            openDeadlines = facts.openDeadlines;
            sellerResponseDueAt = facts.sellerResponseDueAt;
            sellerDeadlineExpiredEventId = facts.sellerDeadlineExpiredEventId;
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

        Builder sellerAnswered(boolean value) {
            sellerAnswered = value;
            return this;
        }

        Builder openDeadlines(List<OpenDeadline> value) {
            openDeadlines = value;
            return this;
        }

        Builder sellerResponseDueAt(Instant value) {
            sellerResponseDueAt = value;
            return this;
        }

        Builder sellerDeadlineExpiredEventId(String value) {
            sellerDeadlineExpiredEventId = value;
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
                    highestVersion, disputeCase, sellerAnswered, openDeadlines, sellerResponseDueAt,
                    sellerDeadlineExpiredEventId, supersededEventId, pendingRulingId, appliedRulingId);
        }
    }
}
