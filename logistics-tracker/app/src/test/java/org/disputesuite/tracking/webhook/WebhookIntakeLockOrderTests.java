package org.disputesuite.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.junit.jupiter.api.Test;

class WebhookIntakeLockOrderTests {

    @Test
    void takesEachParcelOnceInCarrierAndTrackingNumberOrderWhateverTheOrderSent() {
        CarrierEvent first = event("e-1");
        CarrierEvent second = event("e-2");
        CarrierEvent third = event("e-3");

        List<CarrierReport> ordered = WebhookIntake.inLockOrder(List.of(
                new CarrierReport(new ParcelId("upu", "RR9"), List.of(first)),
                new CarrierReport(new ParcelId("upu", "RR10"), List.of(second)),
                new CarrierReport(new ParcelId("upu", "RR9"), List.of(third, first))));

        assertThat(ordered).containsExactly(
                new CarrierReport(new ParcelId("upu", "RR10"), List.of(second)),
                new CarrierReport(new ParcelId("upu", "RR9"), List.of(first, third, first)));
    }

    private static CarrierEvent event(String id) {
        return new CarrierEvent(id, ShipmentStatus.IN_TRANSIT, "EMD", null, Instant.parse("2025-10-11T04:30:00Z"),
                "Arrival", null);
    }
}
