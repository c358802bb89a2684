package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.policy.Facts.NOW;
import static org.disputesuite.ruling.policy.Facts.POLICY;
import static org.disputesuite.ruling.policy.Facts.SHIPPING;
import static org.disputesuite.ruling.policy.Facts.facts;
import static org.disputesuite.ruling.policy.Facts.proofOfDelivery;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.tracking.api.Address;
import org.junit.jupiter.api.Test;

class ProofOfDeliveryRuleTests {

    /** The shipping address as a carrier's receipt might write it. */
    private static final Address SAME_PLACE = new Address("A. NUNEZ", "  12 rue de la  paix ", null, "PARIS", null,
            "75002", "fr");
    private static final Address ELSEWHERE = new Address("Ana Núñez", "14 Rue de la Paix", "Apt 4", "Paris", null,
            "75002", "FR");

    private final ProofOfDeliveryRule rule = new ProofOfDeliveryRule(POLICY);

    private static Facts underReview() {
        return facts().escalatedBy(Party.BUYER, NOW, "escalated-1");
    }

    @Test
    void releasesToSellerOnAProofOfDeliveryToTheShippingAddress() {
        Ruling ruling = rule.decide(underReview().evidence(proofOfDelivery("pod-42", SAME_PLACE, "evidence-1")).build(),
                NOW).orElseThrow();

        assertThat(ruling.rule()).isEqualTo(RuleId.R1_PROOF_OF_DELIVERY);
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "evidence-1", "escalated-1");
        assertThat(ruling.reasons()).containsExactly(
                "The buyer escalated the dispute to platform review at " + NOW + ".",
                "The latest tracking status is IN_TRANSIT, reported by the carrier at 2026-11-18T15:20:00Z"
                        + " (case IN_TRANSIT).",
                "The seller filed a proof of delivery (document pod-42) to 12 rue de la  paix, 75002 PARIS, fr, which"
                        + " matches the order's shipping address.",
                "A proof of delivery to the shipping address shows the parcel arrived, so the buyer is responsible and"
                        + " the order's money goes to the seller (RELEASE_TO_SELLER).");
    }

    @Test
    void usesTheFirstProofThatHolds() {
        Ruling ruling = rule.decide(underReview()
                .evidence(proofOfDelivery("pod-1", ELSEWHERE, "evidence-1"))
                .evidence(proofOfDelivery("pod-2", SHIPPING, "evidence-2"))
                .evidence(proofOfDelivery("pod-3", SHIPPING, "evidence-3")).build(), NOW).orElseThrow();

        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "evidence-2", "escalated-1");
        assertThat(String.join(" ", ruling.reasons())).contains("pod-2").doesNotContain("pod-1", "pod-3");
    }

    @Test
    void needsADocument() {
        assertThat(rule.decide(underReview().evidence(proofOfDelivery(" ", SHIPPING, "evidence-1")).build(), NOW))
                .isEmpty();
        assertThat(rule.decide(underReview().evidence(proofOfDelivery(null, SHIPPING, "evidence-1")).build(), NOW))
                .isEmpty();
    }

    @Test
    void needsTheShippingAddress() {
        assertThat(rule.decide(underReview().evidence(proofOfDelivery("pod-1", ELSEWHERE, "evidence-1")).build(),
                NOW)).isEmpty();
        assertThat(rule.decide(underReview().evidence(proofOfDelivery("pod-1", null, "evidence-1")).build(), NOW))
                .isEmpty();
    }

    @Test
    void countsOnlyTheSellersProofOfDelivery() {
        FiledEvidence fromBuyer = new FiledEvidence(EvidenceType.PROOF_OF_DELIVERY, Party.BUYER, "pod-1", SHIPPING,
                null, "evidence-1", Facts.OPENED);
        FiledEvidence receipt = new FiledEvidence(EvidenceType.DELIVERY_RECEIPT, Party.SELLER, "receipt-1", SHIPPING,
                null, "evidence-2", Facts.OPENED);

        assertThat(rule.decide(underReview().evidence(fromBuyer).evidence(receipt).build(), NOW)).isEmpty();
    }

    @Test
    void waitsForPlatformReviewInTransit() {
        FiledEvidence proof = proofOfDelivery("pod-1", SHIPPING, "evidence-1");

        assertThat(rule.decide(facts().status(DisputeStatus.NEGOTIATING).evidence(proof).build(), NOW)).isEmpty();
        assertThat(rule.decide(underReview().inCase(DisputeCase.PICKUP).evidence(proof).build(), NOW)).isEmpty();
    }
}
