package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.policy.Facts.NOW;
import static org.disputesuite.ruling.policy.Facts.POINT;
import static org.disputesuite.ruling.policy.Facts.POINT_ADDRESS;
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

class CollectedRuleTests {

    private static final Instant COLLECTED_AT = Instant.parse("2026-11-24T16:45:00Z");

    private final CollectedRule rule = new CollectedRule(POLICY);

    private static Facts collected() {
        return facts().inCase(DisputeCase.PICKUP).pickupPoint(POINT)
                .deadline(open(DeadlineType.BUYER_PICKUP, NOW))
                .tracking(ShipmentStatus.DELIVERED, COLLECTED_AT)
                .addressCheck(AddressCheck.MATCH).deliveredTo(POINT_ADDRESS, "A. Nunez");
    }

    @Test
    void releasesToSellerWithNobodyResponsibleWhenTheWaitingParcelIsCollected() {
        Ruling ruling = rule.decide(collected().build(), COLLECTED_AT).orElseThrow();

        assertThat(ruling.rule()).isEqualTo(RuleId.R2_COLLECTED);
        assertThat(ruling.rule().id()).isEqualTo("R2-COLLECTED");
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.NONE);
        assertThat(ruling.policyVersion()).isEqualTo(POLICY.version());
        assertThat(ruling.basedOnVersion()).isEqualTo(7);
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1");
        assertThat(ruling.reasons()).containsExactly(
                "The parcel waited for the buyer at Relais Montorgueil (3 Rue Montorgueil, 75002 Paris, FR), to be"
                        + " collected by 2026-11-26T10:00:00Z; the carrier reported it collected at"
                        + " 2026-11-24T16:45:00Z.",
                "The latest tracking status is DELIVERED, reported by the carrier at 2026-11-24T16:45:00Z (case"
                        + " PICKUP). The parcel was collected from the pickup point; the address check against the"
                        + " pickup point is MATCH."
                        + " It was signed for by A. Nunez.",
                "The buyer has collected the parcel, so nobody is found responsible and the order's money goes to the"
                        + " seller (RELEASE_TO_SELLER).");
    }

    @Test
    void countsACollectionWhereverTheCarrierSaysItHappened() {
        assertThat(rule.decide(collected().addressCheck(AddressCheck.MISMATCH, "street").build(), COLLECTED_AT))
                .hasValueSatisfying(ruling -> assertThat(ruling.reasons().get(1))
                        .contains("address check against the pickup point is MISMATCH"));
    }

    @Test
    void namesThePickupPointsOwnCollectByTimeWhenTheRequestIsNoLongerAmongTheFacts() {
        Ruling ruling = rule.decide(facts().inCase(DisputeCase.PICKUP).pickupPoint(POINT)
                .tracking(ShipmentStatus.DELIVERED, COLLECTED_AT).build(), COLLECTED_AT).orElseThrow();

        assertThat(ruling.reasons().get(0)).contains("to be collected by " + NOW);
        assertThat(ruling.reasons().get(1)).endsWith("(case PICKUP). The parcel was collected from the pickup point.");
    }

    @Test
    void rulesAlsoWhenTheCollectByTimeHadPassed() {
        assertThat(rule.decide(facts().inCase(DisputeCase.PICKUP).pickupPoint(POINT)
                .deadline(expired(DeadlineType.BUYER_PICKUP, NOW, "expired-1"))
                .tracking(ShipmentStatus.DELIVERED, NOW.plusSeconds(60)).build(), NOW.plusSeconds(60))).isPresent();
    }

    @Test
    void waitsWhileTheParcelWaitsAtThePickupPoint() {
        assertThat(rule.decide(collected().tracking(ShipmentStatus.AVAILABLE_FOR_PICKUP, COLLECTED_AT).build(), NOW))
                .isEmpty();
    }

    @Test
    void leavesDeliveriesOutsideThePickupCaseToTheirRules() {
        assertThat(rule.decide(collected().inCase(DisputeCase.DELIVERED).build(), NOW)).isEmpty();
        assertThat(rule.decide(collected().inCase(DisputeCase.INCONSISTENT_DELIVERY).build(), NOW)).isEmpty();
    }
}
