package org.disputesuite.tracking.shipment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.tracking.api.ShipmentStatus.AVAILABLE_FOR_PICKUP;
import static org.disputesuite.tracking.api.ShipmentStatus.DELIVERED;
import static org.disputesuite.tracking.api.ShipmentStatus.EXCEPTION;
import static org.disputesuite.tracking.api.ShipmentStatus.IN_TRANSIT;
import static org.disputesuite.tracking.api.ShipmentStatus.OUT_FOR_DELIVERY;
import static org.disputesuite.tracking.shipment.model.TrackingHistoryTests.at;
import static org.disputesuite.tracking.shipment.model.TrackingHistoryTests.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

class TrackingSummaryTests {

    @Test
    void anEventThatOccurredBeforeTheLatestLeavesTheStateAsItWas() {
        TrackingSummary known = TrackingSummary.of(List.of(event("e2", OUT_FOR_DELIVERY, "VAN", 2)));

        TrackingSummary after = known.with(event("e1", IN_TRANSIT, null, 1));

        assertThat(after.state()).contains(new ShipmentState(OUT_FOR_DELIVERY, "VAN", at(2)));
    }

    @Test
    void anEventAtTheSameInstantAsTheLatestReplacesIt() {
        TrackingSummary known = TrackingSummary.of(List.of(event("e1", IN_TRANSIT, null, 1)));

        TrackingSummary after = known.with(event("e2", EXCEPTION, "DAMAGED", 1));

        assertThat(after.state()).contains(new ShipmentState(EXCEPTION, "DAMAGED", at(1)));
    }

    @Test
    void aDeliveryReportedLateStillOutranksTheScansThatOccurredAfterIt() {
        TrackingSummary known = TrackingSummary.of(List.of(event("e1", IN_TRANSIT, null, 1),
                event("e3", OUT_FOR_DELIVERY, null, 3)));

        TrackingSummary after = known.with(event("e2", DELIVERED, "FRONT_DOOR", 2));

        assertThat(after.state()).contains(new ShipmentState(DELIVERED, "FRONT_DOOR", at(3)));
    }

    @Test
    void onceDeliveredTheLatestEventNotInTransitDecidesEvenOneThatOccurredBeforeTheDelivery() {
        TrackingSummary known = TrackingSummary.of(List.of(event("e3", AVAILABLE_FOR_PICKUP, "LOCKER", 3),
                event("e4", IN_TRANSIT, null, 4)));

        TrackingSummary after = known.with(event("e2", DELIVERED, null, 2));

        assertThat(after.state()).contains(new ShipmentState(AVAILABLE_FOR_PICKUP, "LOCKER", at(4)));
    }

    @Test
    void saysTheSameAsReadingTheWholeHistoryInOccurrenceOrder() {
        Random random = new Random(20261126);
        ShipmentStatus[] statuses = ShipmentStatus.values();
        for (int history = 0; history < 2_000; history++) {
            List<CarrierEvent> received = new ArrayList<>();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                ShipmentStatus status = statuses[random.nextInt(statuses.length)];
                received.add(event("e" + i, status, "sub-" + i, random.nextInt(6)));
            }

            Optional<ShipmentState> summarized = TrackingSummary.of(received).state();

            assertThat(summarized).as("%s", received).isEqualTo(byReadingEverything(received));
        }
    }

    /** The rule as the public contract states it, read from the whole history: what the summary must match. */
    private static Optional<ShipmentState> byReadingEverything(List<CarrierEvent> inReceivedOrder) {
        List<CarrierEvent> sorted = new ArrayList<>(inReceivedOrder);
        sorted.sort(Comparator.comparing(CarrierEvent::occurredAt));
        CarrierEvent deciding = null;
        boolean delivered = false;
        Instant last = null;
        for (CarrierEvent event : sorted) {
            last = event.occurredAt();
            if (delivered && event.status().isInTransitKind()) {
                continue;
            }
            delivered |= event.status() == DELIVERED;
            deciding = event;
        }
        return deciding == null ? Optional.empty()
                : Optional.of(new ShipmentState(deciding.status(), deciding.subStatus(), last));
    }
}
