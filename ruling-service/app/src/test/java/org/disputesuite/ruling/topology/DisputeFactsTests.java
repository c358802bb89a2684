package org.disputesuite.ruling.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.serialization.Serde;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.ruling.api.DeadlineType;
import org.junit.jupiter.api.Test;

class DisputeFactsTests {

    private static final Instant OPENED = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-26T10:00:00Z");

    private final DisputeFacts facts = DisputeFacts.builder()
            .disputeId("D-1")
            .buyerId("buyer-1")
            .sellerId("seller-1")
            .requestedSolution(RequestedSolution.REFUND)
            .openedAt(OPENED)
            .openedEventId("opened-1")
            .status(DisputeStatus.AWAITING_SELLER_RESPONSE)
            .highestVersion(3)
            .disputeCase(DisputeCase.IN_TRANSIT)
            .sellerAnswered(true)
            .openDeadlines(List.of(new OpenDeadline("deadline-1", DeadlineType.SELLER_RESPONSE, Party.SELLER, DUE)))
            .sellerResponseDueAt(DUE)
            .sellerDeadlineExpiredEventId("expired-1")
            .supersededEventId("superseded-1")
            .pendingRulingId("ruling-2")
            .appliedRulingId("ruling-1")
            .build();

    @Test
    void keepsEveryFactThroughTheStateStore() {
        Serde<OrderState> serde = JsonSerde.of(OrderState.class);
        OrderState state = OrderState.empty().withDispute(facts);

        byte[] stored = serde.serializer().serialize("orders", state);

        assertThat(serde.deserializer().deserialize("orders", stored)).isEqualTo(state);
        assertThat(new String(stored, StandardCharsets.UTF_8)).contains("\"sellerDeadlineExpiredEventId\":\"expired-1\"",
                "\"openDeadlines\":[{\"deadlineId\":\"deadline-1\"");
        assertThat(facts.toBuilder().build()).isEqualTo(facts);
    }

    @Test
    void changesOnlyTheFactsItIsAskedTo() {
        assertThat(facts.withStatus(DisputeStatus.RESOLVED)).usingRecursiveComparison().ignoringFields("status")
                .isEqualTo(facts);
        assertThat(facts.withCase(DisputeCase.DELIVERED)).usingRecursiveComparison().ignoringFields("disputeCase")
                .isEqualTo(facts);
        assertThat(facts.seen(9).highestVersion()).isEqualTo(9);
        assertThat(facts.seen(2).highestVersion()).isEqualTo(3);
        assertThat(facts.withPendingRuling("ruling-3")).usingRecursiveComparison()
                .ignoringFields("pendingRulingId").isEqualTo(facts);
        assertThat(facts.withSellerDeadlineExpired("expired-2")).usingRecursiveComparison()
                .ignoringFields("sellerDeadlineExpiredEventId").isEqualTo(facts);
        assertThat(facts.withoutDeadlines(deadline -> true)).usingRecursiveComparison()
                .ignoringFields("openDeadlines").isEqualTo(facts);
    }

    @Test
    void forgetsTheExpiryOfTheEarlierWindowWhenANewSellerWindowStarts() {
        DisputeFacts reopened = facts.withSellerWindow(DUE.plusSeconds(60));

        assertThat(reopened.sellerResponseDueAt()).isEqualTo(DUE.plusSeconds(60));
        assertThat(reopened.sellerDeadlineExpiredEventId()).isNull();
        assertThat(reopened).usingRecursiveComparison()
                .ignoringFields("sellerResponseDueAt", "sellerDeadlineExpiredEventId").isEqualTo(facts);
    }

    @Test
    void appliedRulingIsNoLongerPending() {
        DisputeFacts applied = facts.withAppliedRuling("ruling-2");

        assertThat(applied.appliedRulingId()).isEqualTo("ruling-2");
        assertThat(applied.pendingRulingId()).isNull();
    }

    @Test
    void supersededRulingIsNoLongerPendingButALaterOneStays() {
        assertThat(facts.withSuperseded("superseded-2", "ruling-2").pendingRulingId()).isNull();
        assertThat(facts.withSuperseded("superseded-2", "ruling-1").pendingRulingId()).isEqualTo("ruling-2");
        assertThat(facts.withSuperseded("superseded-2", "ruling-1").supersededEventId()).isEqualTo("superseded-2");
    }
}
