package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.policy.Facts.NEIGHBOUR;
import static org.disputesuite.ruling.policy.Facts.NOW;
import static org.disputesuite.ruling.policy.Facts.POLICY;
import static org.disputesuite.ruling.policy.Facts.expired;
import static org.disputesuite.ruling.policy.Facts.facts;
import static org.disputesuite.ruling.policy.Facts.open;

import java.time.Instant;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

class NoAnswerRuleTests {

    private static final Instant DELIVERED_AT = Instant.parse("2026-11-20T11:30:00Z");

    private final NoAnswerRule rule = new NoAnswerRule(POLICY);

    /** Delivered next door; the buyer was asked to confirm receipt by {@link Facts#NOW}. */
    static Facts deliveredNextDoor() {
        return facts().inCase(DisputeCase.INCONSISTENT_DELIVERY).tracking(ShipmentStatus.DELIVERED, DELIVERED_AT)
                .addressCheck(AddressCheck.MISMATCH, "houseNumber").deliveredTo(NEIGHBOUR, null);
    }

    private static Facts silent() {
        return deliveredNextDoor().deadline(expired(DeadlineType.BUYER_CONFIRMATION, NOW, "expired-1"));
    }

    @Test
    void releasesToSellerWhenTheBuyerDidNotAnswerInTime() {
        Ruling ruling = rule.decide(silent().build(), NOW).orElseThrow();

        assertThat(ruling.rule()).isEqualTo(RuleId.R3_NO_ANSWER);
        assertThat(ruling.rule().id()).isEqualTo("R3-NO-ANSWER");
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.policyVersion()).isEqualTo(POLICY.version());
        assertThat(ruling.basedOnVersion()).isEqualTo(7);
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "expired-1");
        assertThat(ruling.reasons()).containsExactly(
                "The latest tracking status is DELIVERED, reported by the carrier at 2026-11-20T11:30:00Z (case"
                        + " INCONSISTENT_DELIVERY). The delivery address check is MISMATCH: the carrier reported"
                        + " delivery to 14 Rue de la Paix, 75002 Paris, FR, not to the order's shipping address"
                        + " (12 Rue de la Paix, 75002 Paris, FR); they differ in houseNumber.",
                "The platform asked the buyer to confirm receipt within the buyer confirmation window of 5 days; that"
                        + " deadline passed at 2026-11-26T10:00:00Z without an answer.",
                "A buyer who does not say in time that the parcel is missing is taken to have received it, so the"
                        + " buyer is responsible and the order's money goes to the seller (RELEASE_TO_SELLER).");
    }

    @Test
    void saysSoWhenTheCarrierReportedNoDeliveryAddress() {
        Ruling ruling = rule.decide(silent().addressCheck(AddressCheck.UNKNOWN).deliveredTo(null, null).build(), NOW)
                .orElseThrow();

        assertThat(ruling.reasons().get(0)).endsWith("The delivery address check is UNKNOWN: the carrier reported no"
                + " delivery address, which does not show whether the parcel reached the order's shipping address"
                + " (12 Rue de la Paix, 75002 Paris, FR).");
    }

    @Test
    void doesNotRuleWhenTheBuyerAnsweredAsTheWindowClosed() {
        Deadline answeredLate = expired(DeadlineType.BUYER_CONFIRMATION, NOW, "expired-1").actedOn();

        assertThat(rule.decide(deliveredNextDoor().deadline(answeredLate).build(), NOW)).isEmpty();
    }

    @Test
    void waitsWhileTheWindowIsOpen() {
        assertThat(rule.decide(deliveredNextDoor().deadline(open(DeadlineType.BUYER_CONFIRMATION, NOW)).build(),
                NOW.minusSeconds(1))).isEmpty();
    }

    @Test
    void doesNotRuleOutsideTheInconsistentDeliveryCase() {
        assertThat(rule.decide(silent().inCase(DisputeCase.DELIVERED).build(), NOW)).isEmpty();
        assertThat(rule.decide(silent().inCase(DisputeCase.PICKUP).build(), NOW)).isEmpty();
    }
}
