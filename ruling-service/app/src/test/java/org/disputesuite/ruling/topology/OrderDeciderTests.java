package org.disputesuite.ruling.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent.DeadlineExpired;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.ruling.policy.PolicySettings;
import org.junit.jupiter.api.Test;

class OrderDeciderTests {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00.123Z");

    private final OrderDecider decider = new OrderDecider(PolicySettings.defaults("2026-11"));

    @Test
    void rulesOnDueDeadlineWhoseDueTimeLiesLaterInTheSameMillisecond() {
        Instant dueAt = NOW.plusNanos(999_999);
        OpenDeadline deadline = new OpenDeadline("deadline-1", DeadlineType.SELLER_RESPONSE,
                DeadlineType.SELLER_RESPONSE.party(), dueAt);
        DisputeFacts dispute = DisputeFacts.builder()
                .disputeId("D-1")
                .buyerId("buyer-1")
                .sellerId("seller-1")
                .requestedSolution(RequestedSolution.REFUND)
                .openedAt(NOW.minusSeconds(600))
                .openedEventId("opened-1")
                .status(DisputeStatus.AWAITING_SELLER_RESPONSE)
                .highestVersion(1)
                .disputeCase(DisputeCase.IN_TRANSIT)
                .openDeadlines(List.of(deadline))
                .sellerResponseDueAt(dueAt)
                .build();

        Decision decision = decider.onDeadlineDue(OrderState.empty().withDispute(dispute),
                DeadlineEntry.of("ORD-1", "D-1", deadline), NOW);

        assertThat(decision.events()).extracting(outgoing -> outgoing.event().getClass().getSimpleName())
                .containsExactly(DeadlineExpired.class.getSimpleName(), RulingIssued.class.getSimpleName());
        assertThat(decision.events().get(1).event().occurredAt()).isEqualTo(NOW);
        assertThat(decision.unindexed()).extracting(DeadlineEntry::deadlineId).containsExactly("deadline-1");
        assertThat(decision.state().dispute().pendingRulingId()).isNotNull();
    }
}
