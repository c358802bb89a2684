package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.policy.Facts.NEIGHBOUR;
import static org.disputesuite.ruling.policy.Facts.NOW;
import static org.disputesuite.ruling.policy.Facts.POLICY;
import static org.disputesuite.ruling.policy.Facts.SHIPPING;
import static org.disputesuite.ruling.policy.Facts.deliveryReceipt;
import static org.disputesuite.ruling.policy.Facts.expired;
import static org.disputesuite.ruling.policy.Facts.open;

import java.time.Instant;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.tracking.api.Address;
import org.junit.jupiter.api.Test;

class ReceiptRuleTests {

    private static final Instant FILED_AT = Instant.parse("2026-11-24T12:00:00Z");
    /** The shipping address as a carrier's receipt writes it. */
    private static final Address ON_THE_RECEIPT = new Address("A. NUNEZ", "12 rue de la paix", null, "PARIS", null,
            "75002", "fr");

    private final ReceiptRule rule = new ReceiptRule(POLICY);

    /** Delivered next door, the buyer said it was still not received, the seller asked for a receipt by NOW. */
    static Facts askedForAReceipt() {
        return NoAnswerRuleTests.deliveredNextDoor().restingOn("not-received-1")
                .deadline(open(DeadlineType.DELIVERY_RECEIPT, NOW));
    }

    @Test
    void releasesToSellerOnAReceiptForTheShippingAddress() {
        Ruling ruling = rule.decide(askedForAReceipt()
                .evidence(deliveryReceipt("rcpt-5", ON_THE_RECEIPT, FILED_AT, "evidence-1")).build(), FILED_AT)
                .orElseThrow();

        assertThat(ruling.rule()).isEqualTo(RuleId.R3_RECEIPT);
        assertThat(ruling.rule().id()).isEqualTo("R3-RECEIPT");
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.policyVersion()).isEqualTo(POLICY.version());
        assertThat(ruling.basedOnVersion()).isEqualTo(7);
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "not-received-1", "evidence-1");
        assertThat(ruling.reasons()).containsExactly(
                "The latest tracking status is DELIVERED, reported by the carrier at 2026-11-20T11:30:00Z (case"
                        + " INCONSISTENT_DELIVERY). The delivery address check is MISMATCH: the carrier reported"
                        + " delivery to 14 Rue de la Paix, 75002 Paris, FR, not to the order's shipping address"
                        + " (12 Rue de la Paix, 75002 Paris, FR); they differ in houseNumber.",
                "The buyer said the parcel was still not received, so the platform asked the seller for a delivery"
                        + " receipt by 2026-11-26T10:00:00Z.",
                "The seller filed a delivery receipt (document rcpt-5) at 2026-11-24T12:00:00Z for 12 rue de la paix,"
                        + " 75002 PARIS, fr, which matches the order's shipping address.",
                "A delivery receipt for the shipping address shows the parcel was delivered there, so the buyer is"
                        + " responsible and the order's money goes to the seller (RELEASE_TO_SELLER).");
    }

    @Test
    void countsAReceiptFiledBeforeTheSellerWasAskedAndOneWithoutADocument() {
        Ruling ruling = rule.decide(askedForAReceipt()
                .evidence(deliveryReceipt(null, SHIPPING, Facts.OPENED, "evidence-1")).build(), NOW.minusSeconds(1))
                .orElseThrow();

        assertThat(ruling.factEventIds()).contains("evidence-1");
        assertThat(ruling.reasons().get(2)).startsWith("The seller filed a delivery receipt at ");
    }

    @Test
    void usesTheFirstReceiptThatCounts() {
        Ruling ruling = rule.decide(askedForAReceipt()
                .evidence(deliveryReceipt("rcpt-6", NEIGHBOUR, FILED_AT, "evidence-1"))
                .evidence(deliveryReceipt("rcpt-7", SHIPPING, FILED_AT.plusSeconds(60), "evidence-2"))
                .evidence(deliveryReceipt("rcpt-8", SHIPPING, FILED_AT.plusSeconds(120), "evidence-3")).build(), NOW)
                .orElseThrow();

        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "not-received-1", "evidence-2");
    }

    @Test
    void doesNotCountAReceiptForAnotherAddress() {
        assertThat(rule.decide(askedForAReceipt().evidence(deliveryReceipt("rcpt-6", NEIGHBOUR, FILED_AT,
                "evidence-1")).build(), FILED_AT)).isEmpty();
    }

    @Test
    void doesNotCountAReceiptFiledAtOrAfterTheDeadline() {
        assertThat(rule.decide(askedForAReceipt().deadline(expired(DeadlineType.DELIVERY_RECEIPT, NOW, "expired-1"))
                .evidence(deliveryReceipt("rcpt-5", SHIPPING, NOW, "evidence-1")).build(), NOW)).isEmpty();
    }

    @Test
    void countsOnlyTheSellersReceipt() {
        FiledEvidence fromBuyer = new FiledEvidence(EvidenceType.DELIVERY_RECEIPT, Party.BUYER, "rcpt-5", SHIPPING,
                null, "evidence-1", FILED_AT);

        assertThat(rule.decide(askedForAReceipt().evidence(fromBuyer).build(), NOW)).isEmpty();
    }

    @Test
    void rulesOnlyOnceTheSellerWasAskedForAReceipt() {
        FiledEvidence receipt = deliveryReceipt("rcpt-5", SHIPPING, FILED_AT, "evidence-1");

        assertThat(rule.decide(NoAnswerRuleTests.deliveredNextDoor().evidence(receipt).build(), NOW)).isEmpty();
        assertThat(rule.decide(askedForAReceipt().inCase(DisputeCase.DELIVERED).evidence(receipt).build(), NOW))
                .isEmpty();
    }
}
