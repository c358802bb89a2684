package org.disputesuite.tracking.shipment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.tracking.api.ShipmentStatus.AVAILABLE_FOR_PICKUP;
import static org.disputesuite.tracking.api.ShipmentStatus.DELIVERED;
import static org.disputesuite.tracking.api.ShipmentStatus.IN_TRANSIT;
import static org.disputesuite.tracking.shipment.model.TrackingHistoryTests.at;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.AddressMatcher;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

class DeliverySummaryTests {

    static final Address SHIPPING = new Address("Ana García", "Calle Mayor 5", "2º B", "Madrid", "Madrid", "28013", "ES");
    static final Address NEXT_DOOR = new Address("Ana García", "Calle Mayor 7", null, "Madrid", null, "28013", "ES");
    static final Address KIOSK = new Address(null, "Calle del Sol 3", null, "Madrid", null, "28013", "ES");
    static final PickupPoint AT_KIOSK = new PickupPoint("PP-77", "Kiosko Sol", KIOSK, at(100));
    static final Shipment SHIPMENT = new Shipment("ORD-1", "LP1", "generic", "seller-3", "buyer-17", SHIPPING,
            at(0), at(200), new Money("23.90", "USD"), at(0));

    @Test
    void hasNoAddressCheckUntilADeliveryIsReported() {
        ShipmentTracking.Result result = track(arrival("e1", 1, AT_KIOSK), event("e2", IN_TRANSIT, 2));

        assertThat(result.addressCheck()).isEmpty();
        assertThat(result.pickupPoint()).contains(AT_KIOSK);
    }

    @Test
    void checksADeliveryAgainstTheShippingAddress() {
        assertThat(checkOf(delivery("e1", 1, SHIPPING))).isEqualTo(AddressMatcher.check(SHIPPING, SHIPPING));
        assertThat(checkOf(delivery("e1", 1, SHIPPING)).result()).isEqualTo(AddressCheck.MATCH);
        assertThat(checkOf(delivery("e1", 1, NEXT_DOOR))).isEqualTo(
                new AddressCheckResult(AddressCheck.MISMATCH, List.of("houseNumber")));
    }

    @Test
    void readsADeliveryWithNoAddressOrOnlyALocalityAsUnknown() {
        Address onlyACity = new Address(null, null, null, "Madrid", null, null, null);

        assertThat(checkOf(delivery("e1", 1, null)))
                .isEqualTo(new AddressCheckResult(AddressCheck.UNKNOWN, List.of()));
        assertThat(checkOf(delivery("e1", 1, onlyACity)).result()).isEqualTo(AddressCheck.UNKNOWN);
    }

    @Test
    void checksACollectionAgainstThePickupPointsAddress() {
        ShipmentTracking.Result atThePoint = track(arrival("e1", 1, AT_KIOSK), delivery("e2", 2, KIOSK));
        ShipmentTracking.Result atHome = track(arrival("e1", 1, AT_KIOSK), delivery("e2", 2, SHIPPING));

        assertThat(atThePoint.addressCheck().orElseThrow().result()).isEqualTo(AddressCheck.MATCH);
        assertThat(atHome.addressCheck()).contains(AddressMatcher.check(SHIPPING, KIOSK));
        assertThat(atHome.addressCheck().orElseThrow().result()).isEqualTo(AddressCheck.MISMATCH);
    }

    @Test
    void checksACollectionFromAPointWithoutAnAddressAgainstTheShippingAddress() {
        PickupPoint unaddressed = new PickupPoint("PP-77", "Kiosko Sol", null, at(100));

        assertThat(track(arrival("e1", 1, unaddressed), delivery("e2", 2, SHIPPING)).addressCheck().orElseThrow()
                .result()).isEqualTo(AddressCheck.MATCH);
    }

    @Test
    void aDeliveryAfterTheParcelLeftThePointIsNoCollection() {
        ShipmentTracking.Result result = track(arrival("e1", 1, AT_KIOSK), event("e2", IN_TRANSIT, 2),
                delivery("e3", 3, SHIPPING));

        assertThat(result.addressCheck().orElseThrow().result()).isEqualTo(AddressCheck.MATCH);
        assertThat(result.pickupPoint()).contains(AT_KIOSK);
    }

    @Test
    void anArrivalReportedAfterTheDeliveryThatOccurredBeforeItMakesItACollection() {
        KnownTracking known = known(List.of(delivery("e3", 3, KIOSK), event("e4", IN_TRANSIT, 4)));

        ShipmentTracking.Result result = ShipmentTracking.apply(SHIPMENT, known,
                List.of(received(arrival("e2", 2, AT_KIOSK))));

        assertThat(result.addressCheck().orElseThrow().result()).isEqualTo(AddressCheck.MATCH);
        assertThat(result.updates().get(0).addressCheck().result()).isEqualTo(AddressCheck.MATCH);
    }

    @Test
    void aLateDeliveryIsCheckedOnWhereTheParcelStoodWhenItOccurred() {
        KnownTracking known = known(List.of(arrival("e1", 1, AT_KIOSK), event("e5", IN_TRANSIT, 5)));

        ShipmentTracking.Result collected = ShipmentTracking.apply(SHIPMENT, known,
                List.of(received(delivery("e3", 3, KIOSK))));

        assertThat(collected.addressCheck().orElseThrow().result()).isEqualTo(AddressCheck.MATCH);
    }

    @Test
    void showsThePickupPointOfTheLatestArrival() {
        PickupPoint locker = new PickupPoint("L-1", "Locker", null, at(120));

        assertThat(track(arrival("e2", 2, locker), arrival("e1", 1, AT_KIOSK)).pickupPoint()).contains(locker);
    }

    @Test
    void settlesTheCollectByTimeOfAnArrivalWithoutOne() {
        Duration week = Duration.ofDays(7);
        CarrierEvent named = arrival("e1", 1, new PickupPoint("PP-77", "Kiosko Sol", KIOSK, null));
        CarrierEvent unnamed = arrival("e2", 2, null);
        CarrierEvent withCarriersTime = arrival("e3", 3, AT_KIOSK);

        assertThat(named.collectableWithin(week).pickupPoint())
                .isEqualTo(new PickupPoint("PP-77", "Kiosko Sol", KIOSK, at(1).plus(week)));
        assertThat(unnamed.collectableWithin(week).pickupPoint())
                .isEqualTo(new PickupPoint(null, null, null, at(2).plus(week)));
        assertThat(withCarriersTime.collectableWithin(week)).isEqualTo(withCarriersTime);
        assertThat(delivery("e4", 4, SHIPPING).collectableWithin(week).pickupPoint()).isNull();
    }

    @Test
    void saysTheSameAsReadingTheWholeHistoryWhateverWasKnownBefore() {
        Random random = new Random(20261203);
        ShipmentStatus[] statuses = {IN_TRANSIT, AVAILABLE_FOR_PICKUP, DELIVERED, ShipmentStatus.OUT_FOR_DELIVERY,
                ShipmentStatus.EXCEPTION};
        Address[] addresses = {SHIPPING, NEXT_DOOR, KIOSK, null};
        for (int history = 0; history < 2_000; history++) {
            List<CarrierEvent> received = new ArrayList<>();
            int length = random.nextInt(10);
            for (int i = 0; i < length; i++) {
                ShipmentStatus status = statuses[random.nextInt(statuses.length)];
                int hours = random.nextInt(6);
                received.add(switch (status) {
                    case AVAILABLE_FOR_PICKUP -> arrival("e" + i, hours, random.nextBoolean() ? AT_KIOSK
                            : new PickupPoint("P" + i, null, random.nextBoolean() ? NEXT_DOOR : null, at(100)));
                    case DELIVERED -> delivery("e" + i, hours, addresses[random.nextInt(addresses.length)]);
                    default -> event("e" + i, status, hours);
                });
            }
            int knownCount = random.nextInt(length + 1);
            List<CarrierEvent> known = received.subList(0, knownCount);
            List<ReceivedEvent> fresh = received.subList(knownCount, length).stream().map(DeliverySummaryTests::received)
                    .toList();

            ShipmentTracking.Result result = ShipmentTracking.apply(SHIPMENT, known(known), fresh);

            assertThat(result.addressCheck()).as("%s then %s", known, fresh)
                    .isEqualTo(Optional.ofNullable(checkByReadingEverything(received)));
            assertThat(result.pickupPoint()).as("%s then %s", known, fresh)
                    .isEqualTo(Optional.ofNullable(pickupPointByReadingEverything(received)));
            List<CarrierEvent> soFar = new ArrayList<>(known);
            List<CarrierEvent> freshInOccurrenceOrder = fresh.stream().map(ReceivedEvent::event)
                    .sorted(Comparator.comparing(CarrierEvent::occurredAt)).toList();
            for (int i = 0; i < freshInOccurrenceOrder.size(); i++) {
                soFar.add(freshInOccurrenceOrder.get(i));
                assertThat(result.updates().get(i).addressCheck()).as("%s after %s", soFar, known)
                        .isEqualTo(checkByReadingEverything(soFar));
            }
        }
    }

    /**
     * What the tracker knows of events already stored, as {@code TrackingEventStore.known} reads it: the
     * summaries of all of them and of those before the latest delivery, and those at or before an instant.
     */
    static KnownTracking known(List<CarrierEvent> inReceivedOrder) {
        List<CarrierEvent> ordered = inOccurrenceOrder(inReceivedOrder);
        CarrierEvent arrival = lastOf(ordered, AVAILABLE_FOR_PICKUP);
        CarrierEvent delivery = lastOf(ordered, DELIVERED);
        TrackingSummary beforeDelivery = delivery == null ? TrackingSummary.empty()
                : TrackingSummary.of(ordered.subList(0, ordered.lastIndexOf(delivery)));
        return new KnownTracking(TrackingSummary.of(inReceivedOrder),
                DeliverySummary.of(arrival, delivery, beforeDelivery),
                instant -> TrackingSummary.of(inReceivedOrder.stream()
                        .filter(event -> !event.occurredAt().isAfter(instant)).toList()));
    }

    /** The rules as docs/policy.md states them, read from the whole history. */
    private static AddressCheckResult checkByReadingEverything(List<CarrierEvent> inReceivedOrder) {
        List<CarrierEvent> ordered = inOccurrenceOrder(inReceivedOrder);
        CarrierEvent delivery = lastOf(ordered, DELIVERED);
        if (delivery == null) {
            return null;
        }
        if (delivery.deliveredTo() == null) {
            return new AddressCheckResult(AddressCheck.UNKNOWN, List.of());
        }
        List<CarrierEvent> before = ordered.subList(0, ordered.lastIndexOf(delivery));
        CarrierEvent standing = null;
        boolean delivered = false;
        for (CarrierEvent event : before) {
            if (delivered && event.status().isInTransitKind()) {
                continue;
            }
            delivered |= event.status() == DELIVERED;
            standing = event;
        }
        Address expected = SHIPPING;
        if (standing != null && standing.status() == AVAILABLE_FOR_PICKUP && standing.pickupPoint().address() != null) {
            expected = standing.pickupPoint().address();
        }
        return AddressMatcher.check(delivery.deliveredTo(), expected);
    }

    private static PickupPoint pickupPointByReadingEverything(List<CarrierEvent> inReceivedOrder) {
        CarrierEvent arrival = lastOf(inOccurrenceOrder(inReceivedOrder), AVAILABLE_FOR_PICKUP);
        return arrival == null ? null : arrival.pickupPoint();
    }

    private static List<CarrierEvent> inOccurrenceOrder(List<CarrierEvent> inReceivedOrder) {
        List<CarrierEvent> sorted = new ArrayList<>(inReceivedOrder);
        sorted.sort(Comparator.comparing(CarrierEvent::occurredAt));
        return sorted;
    }

    private static CarrierEvent lastOf(List<CarrierEvent> ordered, ShipmentStatus status) {
        CarrierEvent last = null;
        for (CarrierEvent event : ordered) {
            if (event.status() == status) {
                last = event;
            }
        }
        return last;
    }

    private static ShipmentTracking.Result track(CarrierEvent... inReceivedOrder) {
        return ShipmentTracking.apply(SHIPMENT, KnownTracking.none(),
                List.of(inReceivedOrder).stream().map(DeliverySummaryTests::received).toList());
    }

    private static AddressCheckResult checkOf(CarrierEvent delivery) {
        return track(delivery).addressCheck().orElseThrow();
    }

    static CarrierEvent event(String id, ShipmentStatus status, int hours) {
        return TrackingHistoryTests.event(id, status, null, hours);
    }

    static CarrierEvent arrival(String id, int hours, PickupPoint pickupPoint) {
        return new CarrierEvent(id, AVAILABLE_FOR_PICKUP, AVAILABLE_FOR_PICKUP.name(), null, at(hours), null, null,
                pickupPoint, null, null);
    }

    static CarrierEvent delivery(String id, int hours, Address deliveredTo) {
        return new CarrierEvent(id, DELIVERED, DELIVERED.name(), null, at(hours), null, null, null, deliveredTo,
                deliveredTo == null ? null : "A. García");
    }

    private static ReceivedEvent received(CarrierEvent event) {
        return new ReceivedEvent(event, Instant.parse("2026-11-12T00:00:00Z"));
    }
}
