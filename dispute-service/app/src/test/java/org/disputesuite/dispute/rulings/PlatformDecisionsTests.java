package org.disputesuite.dispute.rulings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.dispute.domain.ApplyRuling;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.junit.jupiter.api.Test;

class PlatformDecisionsTests {

    private static final Instant ISSUED_AT = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant RECEIVED_AT = Instant.parse("2026-11-26T10:00:03.250Z");

    @Test
    void appliesARulingWhenItIsReceivedAndKeepsWhenItWasIssued() {
        ApplyRuling command = (ApplyRuling) PlatformDecisions.commandFor(ruling(ISSUED_AT), "ce-1", RECEIVED_AT)
                .orElseThrow();

        assertThat(command.decisionId()).isEqualTo("ce-1");
        assertThat(command.issuedAt()).isEqualTo(ISSUED_AT);
        assertThat(command.appliedAt()).isEqualTo(RECEIVED_AT);
    }

    @Test
    void takesTheTimeOfReceiptForARulingThatSaysNotWhenItWasIssued() {
        ApplyRuling command = (ApplyRuling) PlatformDecisions.commandFor(ruling(null), "ce-1", RECEIVED_AT)
                .orElseThrow();

        assertThat(command.issuedAt()).isEqualTo(RECEIVED_AT);
        assertThat(command.appliedAt()).isEqualTo(RECEIVED_AT);
    }

    private static RulingIssued ruling(Instant issuedAt) {
        return new RulingIssued("dispute-1", "ORD-1", "buyer-1", "seller-1", issuedAt, "ruling-1", "R1-SELLER-SILENT",
                Outcome.REFUND_BUYER, ResponsibleParty.SELLER, List.of("The seller did not answer"), List.of("e-1"),
                "2026-1", 1);
    }
}
