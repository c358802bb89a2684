package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.tracking.api.PickupPoint;
import org.junit.jupiter.api.Test;

class DeadlineWindowsTests {

    private static final Instant OPENED = Instant.parse("2026-11-21T10:00:00Z");

    private final DeadlineWindows defaults = new DeadlineWindows(PolicySettings.defaults());

    @Test
    void givesSellerFiveDaysByDefault() {
        assertThat(defaults.sellerResponseDue(OPENED)).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void takesTheConfiguredSellerWindow() {
        PolicySettings seconds = PolicySettings.defaults().withSellerResponseWindow(Duration.ofSeconds(10));

        assertThat(new DeadlineWindows(seconds).sellerResponseDue(OPENED)).isEqualTo(OPENED.plusSeconds(10));
    }

    @Test
    void escalatesANegotiationFifteenDaysAfterOpening() {
        assertThat(defaults.autoEscalationDue(OPENED)).isEqualTo(Instant.parse("2026-12-06T10:00:00Z"));
    }

    @Test
    void keepsTheCarriersCollectByTimeAndOtherwiseGivesThePickupWindowFromTheArrival() {
        Instant arrivedAt = OPENED.minus(Duration.ofDays(1));
        PickupPoint carriers = new PickupPoint("PP-1", "Relais", null, OPENED.plus(Duration.ofDays(3)));

        assertThat(defaults.collectBy(carriers, arrivedAt)).isEqualTo(carriers);
        assertThat(defaults.collectBy(new PickupPoint("PP-1", "Relais", null, null), arrivedAt))
                .isEqualTo(new PickupPoint("PP-1", "Relais", null, arrivedAt.plus(Duration.ofDays(7))));
        assertThat(defaults.collectBy(null, arrivedAt).collectBy()).isEqualTo(arrivedAt.plus(Duration.ofDays(7)));
    }

    @Test
    void givesTheBuyerAndThenTheSellerFiveDaysAfterAnInconsistentDelivery() {
        assertThat(defaults.buyerConfirmationDue(OPENED)).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(defaults.deliveryReceiptDue(OPENED)).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void remindsOneDayAheadUnlessThatIsNotAfterTheDeadlineWasScheduled() {
        Instant due = OPENED.plus(Duration.ofDays(5));

        assertThat(defaults.reminderAt(due, OPENED)).isEqualTo(due.minus(Duration.ofDays(1)));
        assertThat(defaults.reminderAt(due, due.minus(Duration.ofDays(1)))).isNull();
        assertThat(defaults.reminderAt(OPENED.plus(Duration.ofHours(23)), OPENED)).isNull();
    }

    @Test
    void waitsForACustomerDelayAtMostThirtyDaysAfterOpening() {
        Instant longest = OPENED.plus(Duration.ofDays(30));

        assertThat(defaults.customerDelayDue(OPENED, OPENED.plus(Duration.ofDays(10))))
                .isEqualTo(OPENED.plus(Duration.ofDays(10)));
        assertThat(defaults.customerDelayDue(OPENED, longest)).isEqualTo(longest);
        assertThat(defaults.customerDelayDue(OPENED, longest.plusSeconds(1))).isEqualTo(longest);
        assertThat(defaults.customerDelayDue(OPENED, null)).isEqualTo(longest);
    }
}
