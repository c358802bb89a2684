package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.policy.Facts.OPENED;
import static org.disputesuite.ruling.policy.Facts.POLICY;
import static org.disputesuite.ruling.policy.Facts.customerDelay;
import static org.disputesuite.ruling.policy.Facts.expired;
import static org.disputesuite.ruling.policy.Facts.facts;
import static org.disputesuite.ruling.policy.Facts.open;

import java.time.Duration;
import java.time.Instant;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

class CustomerDelayRuleTests {

    private static final Instant DELAY_UNTIL = OPENED.plus(Duration.ofDays(10));
    private static final Instant DELIVERED_AT = OPENED.plus(Duration.ofDays(8));

    private final CustomerDelayRule rule = new CustomerDelayRule(POLICY);

    private static Facts waited(Instant dueAt) {
        return facts().status(DisputeStatus.WAITING_CUSTOMER_DELAY)
                .evidence(customerDelay("voucher-7", DELAY_UNTIL, "evidence-1"))
                .deadline(expired(DeadlineType.CUSTOMER_DELAY, dueAt, "expired-1"));
    }

    @Test
    void releasesToSellerWhenDeliveredByTheEndOfTheWait() {
        Ruling ruling = rule.decide(waited(DELAY_UNTIL).inCase(DisputeCase.DELIVERED)
                .tracking(ShipmentStatus.DELIVERED, DELIVERED_AT).build(), DELAY_UNTIL).orElseThrow();

        assertThat(ruling.rule()).isEqualTo(RuleId.R1_CUSTOMER_DELAY);
        assertThat(ruling.outcome()).isEqualTo(Outcome.RELEASE_TO_SELLER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.BUYER);
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "evidence-1", "expired-1");
        assertThat(ruling.reasons()).containsExactly(
                "The seller showed a delay caused by the buyer (document voucher-7) and asked to wait until "
                        + DELAY_UNTIL + "; that wait ended at " + DELAY_UNTIL + ".",
                "The latest tracking status is DELIVERED, reported by the carrier at " + DELIVERED_AT
                        + " (case DELIVERED). No delivery address check has been published, so the delivery counts"
                        + " as to the order's shipping address.",
                "The parcel was delivered by the end of the wait, so the buyer is responsible and the order's money"
                        + " goes to the seller (RELEASE_TO_SELLER).");
    }

    @Test
    void rulesAgainstSellerWhenStillInTransitAtTheEndOfTheWait() {
        Ruling ruling = rule.decide(waited(DELAY_UNTIL).requested(RequestedSolution.RESEND).build(), DELAY_UNTIL)
                .orElseThrow();

        assertThat(ruling.outcome()).isEqualTo(Outcome.RESEND);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(ruling.reasons().get(2)).isEqualTo("The parcel was still not delivered at the end of the wait, so"
                + " the seller is responsible; the buyer asked for RESEND, so the outcome is RESEND.");
    }

    @Test
    void saysTheWaitWasCutToTheLongestCustomerDelay() {
        Instant cut = OPENED.plus(Duration.ofDays(5));

        Ruling ruling = rule.decide(waited(cut).build(), cut).orElseThrow();

        assertThat(ruling.reasons().get(0)).endsWith("; the wait was cut to " + cut + ", 30 days after the dispute"
                + " was opened at " + OPENED + ".");
    }

    @Test
    void waitsWhileTheDelayRuns() {
        assertThat(rule.decide(facts().status(DisputeStatus.WAITING_CUSTOMER_DELAY)
                .deadline(open(DeadlineType.CUSTOMER_DELAY, DELAY_UNTIL)).build(), DELAY_UNTIL)).isEmpty();
    }

    @Test
    void leavesPickupAndInconsistentDeliveryToTheirOwnRules() {
        assertThat(rule.decide(waited(DELAY_UNTIL).inCase(DisputeCase.PICKUP).build(), DELAY_UNTIL)).isEmpty();
        assertThat(rule.decide(waited(DELAY_UNTIL).inCase(DisputeCase.INCONSISTENT_DELIVERY).build(), DELAY_UNTIL))
                .isEmpty();
    }
}
