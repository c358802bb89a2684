package org.disputesuite.ruling.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.decider.Events.OPENED;
import static org.disputesuite.ruling.decider.Events.ORDER;
import static org.disputesuite.ruling.decider.Events.atPickupPoint;
import static org.disputesuite.ruling.decider.Events.opened;
import static org.disputesuite.ruling.decider.Events.proposed;
import static org.disputesuite.ruling.decider.Events.registered;
import static org.disputesuite.ruling.decider.Events.resolved;
import static org.disputesuite.ruling.decider.Events.tracked;
import static org.disputesuite.ruling.decider.Scenario.event;
import static org.disputesuite.ruling.decider.Scenario.timeReaches;

import java.time.Duration;
import java.time.Instant;

import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.api.RulingEvent.ReminderDue;
import org.disputesuite.ruling.decider.Scenario.Published;
import org.disputesuite.ruling.policy.Deadline;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

/** docs/policy.md "Platform rulings": a reminder goes reminder-before a deadline to whoever must act. */
class OrderDeciderReminderTests {

    private static final PolicySettings POLICY = PolicySettings.defaults();
    private static final Instant SELLER_DUE = OPENED.plus(Duration.ofDays(5));
    private static final Instant REMIND_SELLER_AT = SELLER_DUE.minus(Duration.ofDays(1));

    private final Scenario scenario = new Scenario(POLICY);

    private Scenario inTransitDispute() {
        return scenario.given(event("registered", registered()),
                event("in-transit", tracked(ShipmentStatus.IN_TRANSIT, OPENED.minus(Duration.ofDays(3)))),
                event("opened", opened(RequestedSolution.REFUND)));
    }

    @Test
    void remindsTheSellerOneDayBeforeTheirWindowCloses() {
        inTransitDispute();
        Deadline sellerWindow = scenario.state(ORDER).dispute().deadlines().get(0);
        assertThat(sellerWindow.remindAt()).isEqualTo(REMIND_SELLER_AT);
        assertThat(scenario.when(timeReaches(REMIND_SELLER_AT.minusMillis(1))).events()).isEmpty();

        Published published = scenario.when(timeReaches(REMIND_SELLER_AT));

        assertThat(published.types()).containsExactly("ReminderDue");
        ReminderDue reminder = published.only(ReminderDue.class);
        assertThat(reminder.deadlineId()).isEqualTo(sellerWindow.deadlineId());
        assertThat(reminder.type()).isEqualTo(DeadlineType.SELLER_RESPONSE);
        assertThat(reminder.party()).isEqualTo(Party.SELLER);
        assertThat(reminder.dueAt()).isEqualTo(SELLER_DUE);
        assertThat(reminder.occurredAt()).isEqualTo(REMIND_SELLER_AT);
        assertThat(reminder.disputeId()).isEqualTo(Events.DISPUTE);
        assertThat(reminder.buyerId()).isEqualTo(Events.BUYER);
        assertThat(reminder.sellerId()).isEqualTo(Events.SELLER);
        assertThat(scenario.reminders()).isEmpty();
        assertThat(scenario.when(timeReaches(SELLER_DUE.minusMillis(1))).events()).as("once").isEmpty();
    }

    @Test
    void remindsNoSellerWhoAnswered() {
        inTransitDispute();

        scenario.when(event("proposed", proposed(2, OPENED.plus(Duration.ofDays(1)))));

        assertThat(scenario.reminders()).isEmpty();
        assertThat(scenario.when(timeReaches(SELLER_DUE)).events()).isEmpty();
    }

    @Test
    void remindsNobodyWhenTheWindowIsShorterThanReminderBefore() {
        Scenario shortWindow = new Scenario(POLICY.withSellerResponseWindow(Duration.ofHours(20)));
        shortWindow.given(event("registered", registered()), event("opened", opened(RequestedSolution.REFUND)));

        assertThat(shortWindow.state(ORDER).dispute().deadlines().get(0).remindAt()).isNull();
        assertThat(shortWindow.reminders()).isEmpty();
        assertThat(shortWindow.when(timeReaches(OPENED.plus(Duration.ofHours(20)))).types())
                .containsExactly("DeadlineExpired", "RulingIssued");
    }

    @Test
    void remindsNobodyWhenTheWindowIsExactlyReminderBefore() {
        Scenario oneDay = new Scenario(POLICY.withSellerResponseWindow(Duration.ofDays(1)));
        oneDay.given(event("registered", registered()), event("opened", opened(RequestedSolution.REFUND)));

        assertThat(oneDay.reminders()).as("the reminder would fall when the deadline was scheduled").isEmpty();
    }

    @Test
    void remindsTheBuyerOfNoCollectByTimeLessThanADayAway() {
        scenario.given(event("registered", registered()),
                event("at-pickup-point", atPickupPoint(OPENED.minus(Duration.ofDays(6)),
                        OPENED.plus(Duration.ofHours(12)))),
                event("opened", opened(RequestedSolution.REFUND)));

        assertThat(scenario.indexed()).extracting(DeadlineEntry::type).containsExactly(DeadlineType.BUYER_PICKUP);
        assertThat(scenario.reminders()).isEmpty();
    }

    @Test
    void cancelsTheReminderWithItsDeadline() {
        inTransitDispute();
        assertThat(scenario.reminders()).extracting(DeadlineEntry::type).containsExactly(DeadlineType.SELLER_RESPONSE);

        scenario.when(event("at-pickup-point", atPickupPoint(OPENED.plus(Duration.ofDays(1)),
                OPENED.plus(Duration.ofDays(8)))));

        assertThat(scenario.reminders()).extracting(DeadlineEntry::type).containsExactly(DeadlineType.BUYER_PICKUP);
        assertThat(scenario.when(timeReaches(REMIND_SELLER_AT)).events()).isEmpty();
        assertThat(scenario.when(timeReaches(OPENED.plus(Duration.ofDays(7)))).only(ReminderDue.class).party())
                .isEqualTo(Party.BUYER);
    }

    @Test
    void cancelsTheRemindersWhenTheDisputeIsResolved() {
        inTransitDispute();

        scenario.when(event("resolved", resolved(2, OPENED.plus(Duration.ofDays(1)))));

        assertThat(scenario.reminders()).isEmpty();
        assertThat(scenario.when(timeReaches(SELLER_DUE)).events()).isEmpty();
    }

    @Test
    void remindsNobodyOfThePlatformsOwnDeadlines() {
        inTransitDispute();

        scenario.when(event("proposed", proposed(2, OPENED.plus(Duration.ofDays(1)))));

        assertThat(scenario.indexed()).extracting(DeadlineEntry::type)
                .containsExactly(DeadlineType.AUTO_ESCALATION);
        assertThat(scenario.reminders()).isEmpty();
    }

    @Test
    void remindsNobodyWhenTheReminderComesOnlyOnceTheDeadlineIsDue() {
        inTransitDispute();

        Published published = scenario.when(timeReaches(SELLER_DUE));

        assertThat(published.types()).as("a reminder fired late, with its deadline, is pointless")
                .containsExactly("DeadlineExpired", "RulingIssued");
    }
}
