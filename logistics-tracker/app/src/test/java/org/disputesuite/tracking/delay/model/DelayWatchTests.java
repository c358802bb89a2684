package org.disputesuite.tracking.delay.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.disputesuite.tracking.api.DelayReason.LATE;
import static org.disputesuite.tracking.api.DelayReason.STALLED;
import static org.disputesuite.tracking.api.ShipmentStatus.AVAILABLE_FOR_PICKUP;
import static org.disputesuite.tracking.api.ShipmentStatus.DELIVERED;
import static org.disputesuite.tracking.api.ShipmentStatus.EXCEPTION;
import static org.disputesuite.tracking.api.ShipmentStatus.EXPIRED;
import static org.disputesuite.tracking.api.ShipmentStatus.IN_TRANSIT;
import static org.disputesuite.tracking.api.ShipmentStatus.RETURNED_TO_SENDER;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.disputesuite.tracking.api.DelayReason;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

class DelayWatchTests {

    private static final Duration STALL_AFTER = Duration.ofDays(5);
    private static final Instant REGISTERED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant PROMISED = Instant.parse("2026-12-20T00:00:00Z");
    private static final DelayWatch WATCH = new DelayWatch(STALL_AFTER);

    @Test
    void aShipmentWithNoEventsStallsFromItsRegistration() {
        Shipment shipment = Shipment.registered();

        assertThat(shipment.alerts.nextCheckAt()).isEqualTo(REGISTERED.plus(STALL_AFTER));
        assertThat(shipment.checkAt(REGISTERED.plus(STALL_AFTER).minusSeconds(1))).isEmpty();
        assertThat(shipment.checkAt(REGISTERED.plus(STALL_AFTER))).contains(STALLED);
        assertThat(shipment.alerts.stalledSince()).isEqualTo(REGISTERED);
        assertThat(shipment.alerts.delayed()).isTrue();
    }

    @Test
    void aStallIsRaisedOnceHoweverOftenItIsChecked() {
        Shipment shipment = Shipment.registered().updated(IN_TRANSIT, day(2));
        assertThat(shipment.checkAt(day(7))).contains(STALLED);

        assertThat(shipment.checkAt(day(8))).isEmpty();
        assertThat(shipment.checkAt(day(9))).isEmpty();

        assertThat(shipment.alerts.standing()).isEqualTo(STALLED);
        assertThat(shipment.alerts.nextCheckAt()).isEqualTo(PROMISED);
    }

    @Test
    void aLaterEventEndsTheStallAndANewStallRaisesItAgain() {
        Shipment shipment = Shipment.registered().updated(IN_TRANSIT, day(2));
        assertThat(shipment.checkAt(day(7))).contains(STALLED);

        shipment.updated(IN_TRANSIT, day(8));

        assertThat(shipment.alerts.delayed()).isFalse();
        assertThat(shipment.alerts.nextCheckAt()).isEqualTo(day(13));
        assertThat(shipment.checkAt(day(12))).isEmpty();
        assertThat(shipment.checkAt(day(13))).contains(STALLED);
        assertThat(shipment.alerts.stalledSince()).isEqualTo(day(8));
    }

    @Test
    void anEventReportedLateThatOccurredBeforeTheStallStartedLeavesTheStallStanding() {
        Shipment shipment = Shipment.registered();
        assertThat(shipment.checkAt(REGISTERED.plus(STALL_AFTER))).contains(STALLED);

        shipment.updated(IN_TRANSIT, REGISTERED.minus(Duration.ofDays(1)));

        assertThat(shipment.alerts.standing()).isEqualTo(STALLED);
        assertThat(shipment.checkAt(day(15))).isEmpty();
    }

    @Test
    void anEventThatOccurredBeforeTheRegistrationCanStallTheShipmentAtOnce() {
        Shipment shipment = Shipment.registered().updated(IN_TRANSIT, REGISTERED.minus(Duration.ofDays(6)));

        assertThat(shipment.alerts.nextCheckAt()).isEqualTo(REGISTERED.minus(Duration.ofDays(1)));
        assertThat(shipment.checkAt(REGISTERED)).contains(STALLED);
    }

    @Test
    void aShipmentIsLateOnceItsPromisedDatePassesAndOnlyOnce() {
        Shipment shipment = Shipment.registered().updated(IN_TRANSIT, PROMISED.minus(Duration.ofDays(1)));

        assertThat(shipment.checkAt(PROMISED.minusSeconds(1))).isEmpty();
        assertThat(shipment.checkAt(PROMISED)).contains(LATE);
        assertThat(shipment.checkAt(PROMISED.plus(Duration.ofDays(1)))).isEmpty();

        assertThat(shipment.alerts).isEqualTo(new DelayAlerts(LATE, true, null, null));
    }

    @Test
    void lateStandsThroughUpdatesUntilTheDelivery() {
        Shipment shipment = Shipment.registered().updated(IN_TRANSIT, day(17));
        assertThat(shipment.checkAt(PROMISED)).contains(LATE);

        shipment.updated(IN_TRANSIT, day(20)).updated(EXCEPTION, day(21));
        assertThat(shipment.alerts.standing()).isEqualTo(LATE);

        shipment.updated(DELIVERED, day(22));
        assertThat(shipment.alerts.delayed()).isFalse();
        assertThat(shipment.alerts.nextCheckAt()).isNull();
    }

    @Test
    void anArrivalAtAPickupPointEndsLateForGood() {
        Shipment shipment = Shipment.registered().updated(IN_TRANSIT, day(17));
        assertThat(shipment.checkAt(PROMISED)).contains(LATE);

        shipment.updated(AVAILABLE_FOR_PICKUP, day(21));
        assertThat(shipment.alerts.delayed()).isFalse();

        shipment.updated(EXPIRED, day(30)).updated(RETURNED_TO_SENDER, day(31));
        assertThat(shipment.alerts.delayed()).isFalse();
        assertThat(shipment.alerts.nextCheckAt()).isNull();
        assertThat(shipment.checkAt(day(60))).isEmpty();
    }

    @Test
    void aLateShipmentRaisesNoStallAlert() {
        Shipment shipment = Shipment.registered().updated(IN_TRANSIT, day(17));
        assertThat(shipment.checkAt(PROMISED)).contains(LATE);

        assertThat(shipment.checkAt(day(17).plus(STALL_AFTER))).isEmpty();
        assertThat(shipment.checkAt(day(40))).isEmpty();
        assertThat(shipment.alerts.standing()).isEqualTo(LATE);
    }

    @Test
    void whenBothAreDueAtOneCheckOnlyLateIsRaised() {
        Shipment shipment = Shipment.registered().updated(IN_TRANSIT, day(2));

        assertThat(shipment.checkAt(day(25))).contains(LATE);
        assertThat(shipment.checkAt(day(26))).isEmpty();
        assertThat(shipment.alerts.stalledSince()).isNull();
    }

    @Test
    void aStandingStallGivesWayToLateWhichALaterEventDoesNotEnd() {
        Shipment shipment = Shipment.registered().updated(IN_TRANSIT, day(10));
        assertThat(shipment.checkAt(day(15))).contains(STALLED);

        assertThat(shipment.checkAt(PROMISED)).contains(LATE);
        shipment.updated(IN_TRANSIT, day(21));

        assertThat(shipment.alerts.standing()).isEqualTo(LATE);
    }

    @Test
    void aDeliveredShipmentIsNeverDelayed() {
        Shipment shipment = Shipment.registered().updated(DELIVERED, day(3));

        assertThat(shipment.alerts.nextCheckAt()).isNull();
        assertThat(shipment.checkAt(day(10))).isEmpty();
        assertThat(shipment.checkAt(PROMISED.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(shipment.alerts.delayed()).isFalse();
    }

    @Test
    void aDeliveryEndsAStandingStall() {
        Shipment shipment = Shipment.registered().updated(IN_TRANSIT, day(2));
        assertThat(shipment.checkAt(day(7))).contains(STALLED);

        shipment.updated(DELIVERED, day(7));

        assertThat(shipment.alerts.delayed()).isFalse();
        assertThat(shipment.alerts.nextCheckAt()).isNull();
    }

    @Test
    void aParcelWaitingAtAPickupPointIsNotDelayedButOneReturnedToTheSenderIs() {
        Shipment shipment = Shipment.registered().updated(AVAILABLE_FOR_PICKUP, day(18));
        assertThat(shipment.checkAt(day(30))).isEmpty();

        shipment.updated(RETURNED_TO_SENDER, day(31));

        assertThat(shipment.alerts.nextCheckAt()).isEqualTo(PROMISED);
        assertThat(shipment.checkAt(day(31))).contains(LATE);
    }

    @Test
    void anExceptionStallsLikeAParcelOnItsWay() {
        Shipment shipment = Shipment.registered().updated(EXCEPTION, day(3));

        assertThat(shipment.checkAt(day(8))).contains(STALLED);
    }

    @Test
    void checkingOnlyWhenTheNextCheckIsDueRaisesWhatCheckingEveryHourRaises() {
        Random random = new Random(20261203);
        ShipmentStatus[] statuses = ShipmentStatus.values();
        for (int life = 0; life < 300; life++) {
            Instant promised = REGISTERED.plus(Duration.ofHours(random.nextInt(40 * 24)));
            Shipment everyHour = new Shipment(promised);
            Shipment whenDue = new Shipment(promised);
            List<String> raisedEveryHour = new ArrayList<>();
            List<String> raisedWhenDue = new ArrayList<>();
            Instant lastEvent = null;
            for (int hour = 1; hour <= 60 * 24; hour++) {
                Instant now = REGISTERED.plus(Duration.ofHours(hour));
                if (random.nextInt(60) == 0) {
                    ShipmentStatus status = statuses[random.nextInt(statuses.length)];
                    Instant occurred = now.minus(Duration.ofHours(random.nextInt(24 * 8)));
                    lastEvent = lastEvent == null || occurred.isAfter(lastEvent) ? occurred : lastEvent;
                    everyHour.updated(status, lastEvent);
                    whenDue.updated(status, lastEvent);
                }
                Instant at = now;
                everyHour.checkAt(now).ifPresent(reason -> raisedEveryHour.add(reason + "@" + at));
                Instant due = whenDue.alerts.nextCheckAt();
                if (due != null && !due.isAfter(now)) {
                    whenDue.checkAt(now).ifPresent(reason -> raisedWhenDue.add(reason + "@" + at));
                    Instant next = whenDue.alerts.nextCheckAt();
                    if (next != null && !next.isAfter(now)) {
                        fail("life %d: checked at %s, next check at %s", life, now, next);
                    }
                }
                if (!whenDue.alerts.equals(everyHour.alerts)) {
                    fail("life %d at %s: %s, checked every hour %s", life, now, whenDue.alerts, everyHour.alerts);
                }
            }
            assertThat(raisedWhenDue).as("life %d", life).isEqualTo(raisedEveryHour);
        }
    }

    @Test
    void refusesAStallAfterThatIsNotPositive() {
        assertThatThrownBy(() -> new DelayWatch(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DelayWatch(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant day(int days) {
        return REGISTERED.plus(Duration.ofDays(days));
    }

    /** One shipment's life: its facts and its alerts as the tracker keeps them at every write. */
    private static final class Shipment {

        private WatchedShipment facts;
        private DelayAlerts alerts;

        private Shipment(Instant promised) {
            facts = WatchedShipment.registered(promised, REGISTERED);
            alerts = WATCH.afterChange(facts, DelayAlerts.NONE);
        }

        static Shipment registered() {
            return new Shipment(PROMISED);
        }

        Shipment updated(ShipmentStatus status, Instant lastEventAt) {
            facts = new WatchedShipment(facts.promisedDeliveryBy(), REGISTERED, status, lastEventAt);
            alerts = WATCH.afterChange(facts, alerts);
            return this;
        }

        Optional<DelayReason> checkAt(Instant now) {
            DelayCheck check = WATCH.check(facts, alerts, now);
            alerts = check.alerts();
            return check.raised();
        }
    }
}
