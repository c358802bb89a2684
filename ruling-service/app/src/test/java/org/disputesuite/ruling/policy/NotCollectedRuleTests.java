package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.policy.Facts.NOW;
import static org.disputesuite.ruling.policy.Facts.POINT;
import static org.disputesuite.ruling.policy.Facts.POLICY;
import static org.disputesuite.ruling.policy.Facts.expired;
import static org.disputesuite.ruling.policy.Facts.facts;
import static org.disputesuite.ruling.policy.Facts.open;
import static org.disputesuite.ruling.policy.Facts.pickupCertificate;

import java.time.Instant;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

class NotCollectedRuleTests {

    private static final Instant ARRIVED_AT = Instant.parse("2026-11-20T09:00:00Z");

    private final NotCollectedRule rule = new NotCollectedRule(POLICY);

    /** The collect-by time ({@link Facts#NOW}) passed with the parcel still at {@link Facts#POINT}. */
    private static Facts passed() {
        return facts().inCase(DisputeCase.PICKUP).pickupPoint(POINT)
                .tracking(ShipmentStatus.AVAILABLE_FOR_PICKUP, ARRIVED_AT)
                .deadline(expired(DeadlineType.BUYER_PICKUP, NOW, "expired-1"));
    }

    @Test
    void releasesToSellerWhenTheCollectByTimePassedWithoutACollection() {
        Ruling ruling = rule.decide(passed().requested(RequestedSolution.RESEND).build(), NOW).orElseThrow();

        assertThat(ruling.rule()).isEqualTo(RuleId.R2_NOT_COLLECTED);
        assertThat(ruling.rule().id()).isEqualTo("R2-NOT-COLLECTED");
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.policyVersion()).isEqualTo(POLICY.version());
        assertThat(ruling.basedOnVersion()).isEqualTo(7);
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "expired-1");
        assertThat(ruling.reasons()).containsExactly(
                "The parcel waits for the buyer at Relais Montorgueil (3 Rue Montorgueil, 75002 Paris, FR); the"
                        + " platform asked the buyer to collect it by 2026-11-26T10:00:00Z. That time passed without a"
                        + " collection.",
                "The latest tracking status is AVAILABLE_FOR_PICKUP, reported by the carrier at 2026-11-20T09:00:00Z"
                        + " (case PICKUP).",
                "The buyer did not collect the parcel by the collect-by time and filed no pickup certificate in time,"
                        + " so the buyer is responsible and the order's money goes to the seller (RELEASE_TO_SELLER).");
    }

    @Test
    void saysWhyEachCertificateDidNotCount() {
        Ruling ruling = rule.decide(passed()
                .evidence(pickupCertificate(null, NOW.minusSeconds(3_600), "evidence-1"))
                .evidence(pickupCertificate("cert-9", NOW.plusSeconds(10), "evidence-2")).build(), NOW.plusSeconds(10))
                .orElseThrow();

        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "evidence-1", "evidence-2",
                "expired-1");
        assertThat(ruling.reasons()).contains(
                "The buyer's pickup certificate has no document reference, so it does not count.",
                "The buyer's pickup certificate (document cert-9) was filed at 2026-11-26T10:00:10Z, not before the"
                        + " collect-by time, so it does not count.");
    }

    @Test
    void namesAPickupPointTheCarrierDidNotName() {
        Ruling ruling = rule.decide(passed().pickupPoint(null).build(), NOW).orElseThrow();

        assertThat(ruling.reasons().get(0))
                .startsWith("The parcel waits for the buyer at a pickup point the carrier did not name;");
    }

    @Test
    void waitsWhileTheCollectByTimeIsAhead() {
        assertThat(rule.decide(facts().inCase(DisputeCase.PICKUP).deadline(open(DeadlineType.BUYER_PICKUP, NOW))
                .build(), NOW.minusSeconds(1))).isEmpty();
    }

    @Test
    void doesNotRuleWhenACertificateCameInTime() {
        assertThat(rule.decide(passed().evidence(pickupCertificate("cert-9", NOW.minusSeconds(1), "evidence-1"))
                .build(), NOW)).isEmpty();
    }

    @Test
    void doesNotRuleWhenTheParcelWasCollected() {
        assertThat(rule.decide(passed().tracking(ShipmentStatus.DELIVERED, NOW.minusSeconds(1)).build(), NOW))
                .isEmpty();
    }

    @Test
    void doesNotRuleOutsideThePickupCase() {
        assertThat(rule.decide(passed().inCase(DisputeCase.IN_TRANSIT).build(), NOW)).isEmpty();
    }
}
