package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

class SellerSilentRuleTests {

    private static final PolicySettings POLICY = PolicySettings.defaults("2026-11");
    private static final Instant DUE = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant TRACKED = Instant.parse("2026-11-18T15:20:00Z");

    private final SellerSilentRule rule = new SellerSilentRule(POLICY);

    @Test
    void rulesForBuyerWhenSellerWindowPassesWithoutAnswer() {
        Ruling ruling = rule.decide(facts(RequestedSolution.REFUND, DisputeCase.IN_TRANSIT, false, false), DUE)
                .orElseThrow();

        assertThat(ruling.rule()).isEqualTo(RuleId.R1_SELLER_SILENT);
        assertThat(ruling.rule().id()).isEqualTo("R1-SELLER-SILENT");
        assertThat(ruling.outcome()).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(ruling.policyVersion()).isEqualTo("2026-11");
        assertThat(ruling.basedOnVersion()).isEqualTo(7);
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1");
        assertThat(ruling.reasons()).containsExactly(
                "The seller did not answer the dispute within the seller response window of 5 days; that deadline"
                        + " passed at 2026-11-26T10:00:00Z.",
                "The latest tracking status is IN_TRANSIT, reported by the carrier at 2026-11-18T15:20:00Z"
                        + " (case IN_TRANSIT).",
                "A seller who does not answer in time is responsible; the buyer asked for REFUND, so the outcome is"
                        + " REFUND_BUYER.");
    }

    @Test
    void ordersResendWhenBuyerAskedForIt() {
        assertThat(rule.decide(facts(RequestedSolution.RESEND, DisputeCase.DELIVERED, false, false), DUE))
                .hasValueSatisfying(ruling -> assertThat(ruling.outcome()).isEqualTo(Outcome.RESEND));
    }

    @Test
    void waitsUntilTheWindowHasPassed() {
        assertThat(rule.decide(facts(RequestedSolution.REFUND, DisputeCase.IN_TRANSIT, false, false),
                DUE.minusMillis(1))).isEmpty();
    }

    @Test
    void doesNotRuleWhenSellerAnswered() {
        assertThat(rule.decide(facts(RequestedSolution.REFUND, DisputeCase.IN_TRANSIT, true, false), DUE)).isEmpty();
    }

    @Test
    void doesNotRuleOnClosedDispute() {
        assertThat(rule.decide(facts(RequestedSolution.REFUND, DisputeCase.IN_TRANSIT, false, true), DUE)).isEmpty();
    }

    @Test
    void doesNotRuleOutsideInTransitAndDeliveredCases() {
        assertThat(rule.decide(facts(RequestedSolution.REFUND, DisputeCase.PICKUP, false, false), DUE)).isEmpty();
        assertThat(rule.decide(facts(RequestedSolution.REFUND, DisputeCase.INCONSISTENT_DELIVERY, false, false), DUE))
                .isEmpty();
    }

    @Test
    void saysSoWhenCarrierNeverReported() {
        RulingFacts untracked = new RulingFacts("D-1", RequestedSolution.REFUND, DisputeCase.IN_TRANSIT, false, false,
                DUE, null, null, List.of("opened-1"), 1);

        assertThat(rule.decide(untracked, DUE).orElseThrow().reasons().get(1))
                .isEqualTo("The carrier has reported no tracking for this order (case IN_TRANSIT).");
    }

    @Test
    void namesShortWindowsInWords() {
        assertThat(SellerSilentRule.inWords(Duration.ofSeconds(10))).isEqualTo("10 seconds");
        assertThat(SellerSilentRule.inWords(Duration.ofHours(36))).isEqualTo("1 day 12 hours");
        assertThat(SellerSilentRule.inWords(Duration.ofMillis(500))).isEqualTo("PT0.5S");
    }

    private static RulingFacts facts(RequestedSolution solution, DisputeCase disputeCase, boolean answered,
            boolean closed) {
        return new RulingFacts("D-1", solution, disputeCase, closed, answered, DUE, ShipmentStatus.IN_TRANSIT, TRACKED,
                List.of("opened-1", "tracking-1"), 7);
    }
}
