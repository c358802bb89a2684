package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.RequestedSolution;
import org.junit.jupiter.api.Test;

class DeadlineWindowsTests {

    private static final Instant OPENED = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void givesSellerFiveDaysByDefault() {
        assertThat(new DeadlineWindows(PolicySettings.defaults("v")).sellerResponseDue(OPENED))
                .isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    }

    @Test
    void takesTheConfiguredSellerWindow() {
        PolicySettings seconds = PolicySettings.defaults("v").withSellerResponseWindow(Duration.ofSeconds(10));

        assertThat(new DeadlineWindows(seconds).sellerResponseDue(OPENED)).isEqualTo(OPENED.plusSeconds(10));
    }

    @Test
    void isDueFromItsTimeOn() {
        assertThat(DeadlineWindows.isDue(OPENED, OPENED.minusMillis(1))).isFalse();
        assertThat(DeadlineWindows.isDue(OPENED, OPENED)).isTrue();
        assertThat(DeadlineWindows.isDue(OPENED, OPENED.plusSeconds(1))).isTrue();
    }

    @Test
    void refusesAnEmptySellerWindow() {
        assertThatThrownBy(() -> PolicySettings.defaults("v").withSellerResponseWindow(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesBuyerWhatTheyAskedForWhenSellerIsResponsible() {
        assertThat(Outcomes.whenSellerResponsible(RequestedSolution.REFUND)).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(Outcomes.whenSellerResponsible(RequestedSolution.RESEND)).isEqualTo(Outcome.RESEND);
    }
}
