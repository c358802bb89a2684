package org.disputesuite.tracking.shipment.model;

import java.util.List;

/** What one carrier webhook said about one parcel, already normalized by the carrier's adapter. */
public record CarrierReport(ParcelId parcel, List<CarrierEvent> events) {

    public CarrierReport {
        events = List.copyOf(events);
    }
}
