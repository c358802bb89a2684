package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.policy.Facts.NOW;
import static org.disputesuite.ruling.policy.Facts.POLICY;
import static org.disputesuite.ruling.policy.Facts.expired;
import static org.disputesuite.ruling.policy.Facts.facts;
import static org.disputesuite.ruling.policy.Facts.open;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.junit.jupiter.api.Test;

class SellerSilentRuleTests {

    private final SellerSilentRule rule = new SellerSilentRule(POLICY);

    private static Facts silent() {
        return facts().deadline(expired(DeadlineType.SELLER_RESPONSE, NOW, "expired-1"));
    }

    @Test
    void rulesForBuyerWhenSellerWindowPassesWithoutAnswer() {
        Ruling ruling = rule.decide(silent().build(), NOW).orElseThrow();

        assertThat(ruling.rule()).isEqualTo(RuleId.R1_SELLER_SILENT);
        assertThat(ruling.rule().id()).isEqualTo("R1-SELLER-SILENT");
        assertThat(ruling.outcome()).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(ruling.policyVersion()).isEqualTo(POLICY.version());
        assertThat(ruling.basedOnVersion()).isEqualTo(7);
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "expired-1");
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
        assertThat(rule.decide(silent().requested(RequestedSolution.RESEND).inCase(DisputeCase.DELIVERED).build(),
                NOW)).hasValueSatisfying(ruling -> assertThat(ruling.outcome()).isEqualTo(Outcome.RESEND));
    }

    @Test
    void waitsWhileTheSellerWindowIsOpen() {
        assertThat(rule.decide(facts().deadline(open(DeadlineType.SELLER_RESPONSE, NOW)).build(), NOW.plusSeconds(1)))
                .isEmpty();
    }

    @Test
    void doesNotRuleWhenTheSellerAnsweredAsTheWindowClosed() {
        Deadline answeredLate = expired(DeadlineType.SELLER_RESPONSE, NOW, "expired-1").actedOn();

        assertThat(rule.decide(facts().deadline(answeredLate).build(), NOW)).isEmpty();
    }

    @Test
    void doesNotRuleOutsideInTransitAndDeliveredCases() {
        assertThat(rule.decide(silent().inCase(DisputeCase.PICKUP).build(), NOW)).isEmpty();
        assertThat(rule.decide(silent().inCase(DisputeCase.INCONSISTENT_DELIVERY).build(), NOW)).isEmpty();
    }

    @Test
    void saysSoWhenCarrierNeverReported() {
        Ruling ruling = rule.decide(silent().tracking(null, null).build(), NOW).orElseThrow();

        assertThat(ruling.reasons().get(1))
                .isEqualTo("The carrier has reported no tracking for this order (case IN_TRANSIT).");
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "expired-1");
    }
}
