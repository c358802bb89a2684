package org.disputesuite.ruling.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.RequestedSolution;

/**
 * What the platform knows about the dispute on an order.
 *
 * @param highestVersion               the highest dispute version (aggregate sequence number) seen
 * @param sellerResponseDueAt          the end of the seller's current response window, null when none runs
 * @param sellerDeadlineExpiredEventId the id of the deadline-expired event of the seller's window
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

    boolean isClosed() {
        return status != null && status.isClosed();
    }

    DisputeFacts seen(long version) {
        return new DisputeFacts(disputeId, buyerId, sellerId, requestedSolution, openedAt, openedEventId, status,
                Math.max(highestVersion, version), disputeCase, sellerAnswered, openDeadlines, sellerResponseDueAt,
                sellerDeadlineExpiredEventId, supersededEventId, pendingRulingId, appliedRulingId);
    }

    DisputeFacts withStatus(DisputeStatus newStatus) {
        return new DisputeFacts(disputeId, buyerId, sellerId, requestedSolution, openedAt, openedEventId, newStatus,
                highestVersion, disputeCase, sellerAnswered, openDeadlines, sellerResponseDueAt,
                sellerDeadlineExpiredEventId, supersededEventId, pendingRulingId, appliedRulingId);
    }

    DisputeFacts withCase(DisputeCase newCase) {
        return new DisputeFacts(disputeId, buyerId, sellerId, requestedSolution, openedAt, openedEventId, status,
                highestVersion, newCase, sellerAnswered, openDeadlines, sellerResponseDueAt,
                sellerDeadlineExpiredEventId, supersededEventId, pendingRulingId, appliedRulingId);
    }

    DisputeFacts withDeadline(OpenDeadline deadline) {
        List<OpenDeadline> deadlines = new ArrayList<>(openDeadlines);
        deadlines.add(deadline);
        return withDeadlines(deadlines);
    }

    DisputeFacts withoutDeadlines(Predicate<OpenDeadline> which) {
        List<OpenDeadline> deadlines = new ArrayList<>(openDeadlines);
        deadlines.removeIf(which);
        return withDeadlines(deadlines);
    }

    private DisputeFacts withDeadlines(List<OpenDeadline> deadlines) {
        return new DisputeFacts(disputeId, buyerId, sellerId, requestedSolution, openedAt, openedEventId, status,
                highestVersion, disputeCase, sellerAnswered, deadlines, sellerResponseDueAt,
                sellerDeadlineExpiredEventId, supersededEventId, pendingRulingId, appliedRulingId);
    }

    DisputeFacts withSellerWindow(Instant dueAt) {
        return new DisputeFacts(disputeId, buyerId, sellerId, requestedSolution, openedAt, openedEventId, status,
                highestVersion, disputeCase, sellerAnswered, openDeadlines, dueAt,
                null, supersededEventId, pendingRulingId, appliedRulingId);
    }

    DisputeFacts withSellerDeadlineExpired(String expiredEventId) {
        return new DisputeFacts(disputeId, buyerId, sellerId, requestedSolution, openedAt, openedEventId, status,
                highestVersion, disputeCase, sellerAnswered, openDeadlines, sellerResponseDueAt,
                expiredEventId, supersededEventId, pendingRulingId, appliedRulingId);
    }

    DisputeFacts withSuperseded(String eventId, String rulingId) {
        String stillPending = rulingId != null && rulingId.equals(pendingRulingId) ? null : pendingRulingId;
        return new DisputeFacts(disputeId, buyerId, sellerId, requestedSolution, openedAt, openedEventId, status,
                highestVersion, disputeCase, sellerAnswered, openDeadlines, sellerResponseDueAt,
                sellerDeadlineExpiredEventId, eventId, stillPending, appliedRulingId);
    }

    DisputeFacts withPendingRuling(String rulingId) {
        return new DisputeFacts(disputeId, buyerId, sellerId, requestedSolution, openedAt, openedEventId, status,
                highestVersion, disputeCase, sellerAnswered, openDeadlines, sellerResponseDueAt,
                sellerDeadlineExpiredEventId, supersededEventId, rulingId, appliedRulingId);
    }

    DisputeFacts withAppliedRuling(String rulingId) {
        return new DisputeFacts(disputeId, buyerId, sellerId, requestedSolution, openedAt, openedEventId, status,
                highestVersion, disputeCase, sellerAnswered, openDeadlines, sellerResponseDueAt,
                sellerDeadlineExpiredEventId, supersededEventId, null, rulingId);
    }
}
