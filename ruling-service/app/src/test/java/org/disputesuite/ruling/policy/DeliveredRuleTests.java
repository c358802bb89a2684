package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.policy.Facts.NOW;
import static org.disputesuite.ruling.policy.Facts.OPENED;
import static org.disputesuite.ruling.policy.Facts.POLICY;
import static org.disputesuite.ruling.policy.Facts.facts;
import static org.disputesuite.ruling.policy.Facts.proofOfDelivery;

import java.time.Instant;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

class DeliveredRuleTests {

    private static final Instant DELIVERED_AT = Instant.parse("2026-11-19T09:30:00Z");

    private final DeliveredRule rule = new DeliveredRule(POLICY);

    private static Facts delivered() {
        return facts().inCase(DisputeCase.DELIVERED).tracking(ShipmentStatus.DELIVERED, DELIVERED_AT);
    }

    @Test
    void releasesToSellerUnderReviewWhenTrackingShowsDelivery() {
        Ruling ruling = rule.decide(delivered().escalatedBy(Party.BUYER, NOW, "escalated-1").build(), NOW)
                .orElseThrow();

        assertThat(ruling.rule()).isEqualTo(RuleId.R4_DELIVERED);
        assertThat(ruling.rule().id()).isEqualTo("R4-DELIVERED");
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "escalated-1");
        assertThat(ruling.reasons()).containsExactly(
                "The buyer escalated the dispute to platform review at " + NOW + ".",
                "The latest tracking status is DELIVERED, reported by the carrier at " + DELIVERED_AT
                        + " (case DELIVERED). No delivery address check has been published, so the delivery counts"
                        + " as to the order's shipping address.",
                "Tracking shows the parcel delivered to the order's shipping address, which decides whatever evidence"
                        + " was filed, so the buyer is responsible and the order's money goes to the seller"
                        + " (RELEASE_TO_SELLER).");
    }

    @Test
    void decidesWhateverEvidenceWasFiled() {
        Address elsewhere = new Address("X", "1 Other Street", null, "Lyon", null, "69001", "FR");

        assertThat(rule.decide(delivered().addressCheck(AddressCheck.MATCH)
                .evidence(proofOfDelivery("pod-1", elsewhere, "evidence-1"))
                .escalatedBy(Party.SELLER, NOW, "escalated-1").build(), NOW))
                .hasValueSatisfying(ruling -> {
                    assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
                    assertThat(ruling.reasons().get(1)).endsWith("The delivery address check is MATCH with the"
                            + " order's shipping address.");
                });
    }

    @Test
    void namesThePlatformWhenItTookTheDisputeIntoReview() {
        Ruling ruling = rule.decide(delivered().escalatedBy(Party.PLATFORM, NOW, "escalated-1").build(), NOW)
                .orElseThrow();

        assertThat(ruling.reasons().get(0)).isEqualTo("The platform took the dispute into review at " + NOW
                + ": it was still negotiating 15 days after it was opened at " + OPENED + ".");
    }

    @Test
    void waitsForPlatformReview() {
        assertThat(rule.decide(delivered().status(DisputeStatus.NEGOTIATING).build(), NOW)).isEmpty();
    }

    @Test
    void leavesOtherCasesToTheirRules() {
        assertThat(rule.decide(facts().escalatedBy(Party.BUYER, NOW, "escalated-1").build(), NOW)).isEmpty();
        assertThat(rule.decide(delivered().inCase(DisputeCase.INCONSISTENT_DELIVERY)
                .escalatedBy(Party.BUYER, NOW, "escalated-1").build(), NOW)).isEmpty();
    }
}
