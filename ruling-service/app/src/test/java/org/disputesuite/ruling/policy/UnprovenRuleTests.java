package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.policy.Facts.NOW;
import static org.disputesuite.ruling.policy.Facts.POLICY;
import static org.disputesuite.ruling.policy.Facts.SHIPPING;
import static org.disputesuite.ruling.policy.Facts.facts;
import static org.disputesuite.ruling.policy.Facts.proofOfDelivery;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.tracking.api.Address;
import org.junit.jupiter.api.Test;

class UnprovenRuleTests {

    private final UnprovenRule rule = new UnprovenRule(POLICY);

    private static Facts underReview() {
        return facts().escalatedBy(Party.SELLER, NOW, "escalated-1");
    }

    @Test
    void rulesAgainstSellerUnderReviewWithoutProofOfDelivery() {
        Ruling ruling = rule.decide(underReview().build(), NOW).orElseThrow();

        assertThat(ruling.rule()).isEqualTo(RuleId.R1_UNPROVEN);
        assertThat(ruling.rule().id()).isEqualTo("R1-UNPROVEN");
        assertThat(ruling.outcome()).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "escalated-1");
        assertThat(ruling.reasons()).containsExactly(
                "The seller escalated the dispute to platform review at " + NOW + ".",
                "The latest tracking status is IN_TRANSIT, reported by the carrier at 2026-11-18T15:20:00Z"
                        + " (case IN_TRANSIT).",
                "The seller filed no proof of delivery.",
                "Nothing proves the parcel was delivered to the shipping address, so the seller is responsible; the"
                        + " buyer asked for REFUND, so the outcome is REFUND_BUYER.");
    }

    @Test
    void ordersResendWhenBuyerAskedForIt() {
        assertThat(rule.decide(underReview().requested(RequestedSolution.RESEND).build(), NOW))
                .hasValueSatisfying(ruling -> assertThat(ruling.outcome()).isEqualTo(Outcome.RESEND));
    }

    @Test
    void namesTheProofsThatProveNothing() {
        Address elsewhere = new Address("Ana", "3 Avenue Foch", null, "Paris", null, "75016", "FR");

        Ruling ruling = rule.decide(underReview()
                .evidence(proofOfDelivery("pod-1", elsewhere, "evidence-1"))
                .evidence(proofOfDelivery(null, SHIPPING, "evidence-2")).build(), NOW).orElseThrow();

        assertThat(ruling.reasons()).contains(
                "The seller's proof of delivery (document pod-1) names 3 Avenue Foch, 75016 Paris, FR, which does not"
                        + " match the order's shipping address (12 Rue de la Paix, 75002 Paris, FR).",
                "The seller's proof of delivery has no document reference.");
        assertThat(ruling.factEventIds())
                .containsExactly("opened-1", "tracking-1", "evidence-1", "evidence-2", "escalated-1");
    }

    @Test
    void namesEverythingAProofLacked() {
        Address elsewhere = new Address("Ana", "3 Avenue Foch", null, "Paris", null, "75016", "FR");

        Ruling ruling = rule.decide(underReview().evidence(proofOfDelivery(" ", elsewhere, "evidence-1")).build(), NOW)
                .orElseThrow();

        assertThat(ruling.reasons()).contains("The seller's proof of delivery has no document reference and names"
                + " 3 Avenue Foch, 75016 Paris, FR, which does not match the order's shipping address (12 Rue de la"
                + " Paix, 75002 Paris, FR).");
    }

    @Test
    void leavesAProofThatHoldsToTheProofOfDeliveryRule() {
        assertThat(rule.decide(underReview().evidence(proofOfDelivery("pod-1", SHIPPING, "evidence-1")).build(), NOW))
                .isEmpty();
    }

    @Test
    void waitsForPlatformReviewInTransit() {
        assertThat(rule.decide(facts().status(DisputeStatus.NEGOTIATING).build(), NOW)).isEmpty();
        assertThat(rule.decide(underReview().inCase(DisputeCase.DELIVERED).build(), NOW)).isEmpty();
        assertThat(rule.decide(underReview().inCase(DisputeCase.PICKUP).build(), NOW)).isEmpty();
    }
}
