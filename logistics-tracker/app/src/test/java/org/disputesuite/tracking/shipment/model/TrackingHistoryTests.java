package org.disputesuite.tracking.shipment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.tracking.api.ShipmentStatus.AVAILABLE_FOR_PICKUP;
import static org.disputesuite.tracking.api.ShipmentStatus.DELIVERED;
import static org.disputesuite.tracking.api.ShipmentStatus.EXCEPTION;
import static org.disputesuite.tracking.api.ShipmentStatus.IN_TRANSIT;
import static org.disputesuite.tracking.api.ShipmentStatus.OUT_FOR_DELIVERY;
import static org.disputesuite.tracking.api.ShipmentStatus.RETURNED_TO_SENDER;

import java.time.Instant;
import java.util.List;

import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

class TrackingHistoryTests {

    private static final Instant T0 = Instant.parse("2026-11-10T08:00:00Z");

    @Test
    void hasNoStateBeforeTheCarrierReports() {
        assertThat(TrackingHistory.empty().state()).isEmpty();
    }

    @Test
    void takesTheStatusOfTheLatestEventByOccurrenceNotByArrival() {
        TrackingHistory history = TrackingHistory.of(List.of(
                event("e2", AVAILABLE_FOR_PICKUP, "LOCKER", 2),
                event("e1", IN_TRANSIT, null, 1)));

        assertThat(history.state()).contains(new ShipmentState(AVAILABLE_FOR_PICKUP, "LOCKER", at(2)));
    }

    @Test
    void neverLetsALaterInTransitKindReplaceDelivered() {
        TrackingHistory history = TrackingHistory.of(List.of(
                event("e1", IN_TRANSIT, null, 1),
                event("e2", DELIVERED, "FRONT_DOOR", 2),
                event("e3", OUT_FOR_DELIVERY, null, 3),
                event("e4", IN_TRANSIT, null, 4)));

        assertThat(history.state()).contains(new ShipmentState(DELIVERED, "FRONT_DOOR", at(4)));
    }

    @Test
    void letsALaterNonTransitStatusReplaceDelivered() {
        TrackingHistory history = TrackingHistory.of(List.of(
                event("e1", DELIVERED, null, 1),
                event("e2", RETURNED_TO_SENDER, null, 2),
                event("e3", IN_TRANSIT, null, 3)));

        assertThat(history.state().orElseThrow().status()).isEqualTo(RETURNED_TO_SENDER);
    }

    @Test
    void inTransitEventsThatOccurredBeforeTheDeliveryStillCountAsHistory() {
        TrackingHistory history = TrackingHistory.of(List.of(
                event("e2", DELIVERED, null, 2),
                event("e1", IN_TRANSIT, null, 1)));

        assertThat(history.state().orElseThrow().status()).isEqualTo(DELIVERED);
        assertThat(history.inOccurrenceOrder()).extracting(CarrierEvent::eventId).containsExactly("e1", "e2");
    }

    @Test
    void breaksATieOfOccurrenceByArrival() {
        TrackingHistory history = TrackingHistory.of(List.of(
                event("e1", IN_TRANSIT, null, 1),
                event("e2", EXCEPTION, null, 1)));

        assertThat(history.state().orElseThrow().status()).isEqualTo(EXCEPTION);
    }

    @Test
    void readsAnUnknownCarrierStatusAsExceptionAndKeepsTheRawWord() {
        CarrierEvent event = CarrierEvent.of("e1", "HELD_AT_CUSTOMS", null, at(1), null, null);

        assertThat(event.status()).isEqualTo(EXCEPTION);
        assertThat(event.rawStatus()).isEqualTo("HELD_AT_CUSTOMS");
    }

    static CarrierEvent event(String id, ShipmentStatus status, String subStatus, int hours) {
        return new CarrierEvent(id, status, status.name(), subStatus, at(hours), null, null);
    }

    static Instant at(int hours) {
        return T0.plusSeconds(3600L * hours);
    }
}
