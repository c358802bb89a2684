package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.policy.Facts.NEIGHBOUR;
import static org.disputesuite.ruling.policy.Facts.NOW;
import static org.disputesuite.ruling.policy.Facts.POLICY;
import static org.disputesuite.ruling.policy.Facts.SHIPPING;
import static org.disputesuite.ruling.policy.Facts.deliveryReceipt;
import static org.disputesuite.ruling.policy.Facts.expired;
import static org.disputesuite.ruling.policy.Facts.open;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.junit.jupiter.api.Test;

class NoReceiptRuleTests {

    private final NoReceiptRule rule = new NoReceiptRule(POLICY);

    /** The seller was asked for a delivery receipt by {@link Facts#NOW}, and that time passed. */
    private static Facts passed() {
        return NoAnswerRuleTests.deliveredNextDoor().restingOn("not-received-1")
                .deadline(expired(DeadlineType.DELIVERY_RECEIPT, NOW, "expired-1"));
    }

    @Test
    void rulesAgainstTheSellerWhenNoReceiptCameInTime() {
        Ruling ruling = rule.decide(passed().build(), NOW).orElseThrow();

        assertThat(ruling.rule()).isEqualTo(RuleId.R3_NO_RECEIPT);
        assertThat(ruling.rule().id()).isEqualTo("R3-NO-RECEIPT");
        assertThat(ruling.outcome()).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(ruling.policyVersion()).isEqualTo(POLICY.version());
        assertThat(ruling.basedOnVersion()).isEqualTo(7);
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "not-received-1", "expired-1");
        assertThat(ruling.reasons()).containsExactly(
                "The latest tracking status is DELIVERED, reported by the carrier at 2026-11-20T11:30:00Z (case"
                        + " INCONSISTENT_DELIVERY). The delivery address check is MISMATCH: the carrier reported"
                        + " delivery to 14 Rue de la Paix, 75002 Paris, FR, not to the order's shipping address"
                        + " (12 Rue de la Paix, 75002 Paris, FR); they differ in houseNumber.",
                "The buyer said the parcel was still not received, so the platform asked the seller for a delivery"
                        + " receipt within the delivery receipt window of 5 days; that deadline passed at"
                        + " 2026-11-26T10:00:00Z.",
                "The seller filed no delivery receipt.",
                "No delivery receipt for the shipping address came in time, so the seller is responsible; the buyer"
                        + " asked for REFUND, so the outcome is REFUND_BUYER.");
    }

    @Test
    void ordersResendWhenTheBuyerAskedForIt() {
        assertThat(rule.decide(passed().requested(RequestedSolution.RESEND).build(), NOW))
                .hasValueSatisfying(ruling -> assertThat(ruling.outcome()).isEqualTo(Outcome.RESEND));
    }

    @Test
    void saysWhyEachReceiptDidNotCount() {
        Ruling ruling = rule.decide(passed()
                .evidence(deliveryReceipt("rcpt-6", NEIGHBOUR, NOW.minusSeconds(3_600), "evidence-1"))
                .evidence(deliveryReceipt("rcpt-7", SHIPPING, NOW, "evidence-2")).build(), NOW).orElseThrow();

        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "not-received-1", "evidence-1",
                "evidence-2", "expired-1");
        assertThat(ruling.reasons()).contains(
                "The seller's delivery receipt (document rcpt-6) names 14 Rue de la Paix, 75002 Paris, FR, which does"
                        + " not match the order's shipping address (12 Rue de la Paix, 75002 Paris, FR), so it does"
                        + " not count.",
                "The seller's delivery receipt (document rcpt-7) was filed at 2026-11-26T10:00:00Z, not before the"
                        + " deadline, so it does not count.")
                .doesNotContain("The seller filed no delivery receipt.");
    }

    @Test
    void doesNotRuleWhenAReceiptForTheShippingAddressCameInTime() {
        assertThat(rule.decide(passed().evidence(deliveryReceipt("rcpt-5", SHIPPING, NOW.minusSeconds(1),
                "evidence-1")).build(), NOW)).isEmpty();
    }

    @Test
    void waitsWhileTheDeadlineIsOpen() {
        assertThat(rule.decide(NoAnswerRuleTests.deliveredNextDoor()
                .deadline(open(DeadlineType.DELIVERY_RECEIPT, NOW)).build(), NOW.minusSeconds(1))).isEmpty();
    }

    @Test
    void doesNotRuleOutsideTheInconsistentDeliveryCase() {
        assertThat(rule.decide(passed().inCase(DisputeCase.IN_TRANSIT).build(), NOW)).isEmpty();
    }
}
