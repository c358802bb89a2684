package org.disputesuite.tracking.shipment.model;

import java.util.List;

/** What one carrier webhook said about one parcel, already normalized by the carrier's adapter. */
public record CarrierReport(ParcelId parcel, List<CarrierEvent> events) {

    /**
     * The most events one webhook may carry; adapters refuse more before reading them. It bounds
     * how long one webhook holds its parcel's lock, so a huge batch cannot stall the parcel's
     * other webhooks or its registration.
     */
    public static final int MAX_EVENTS = 1000;

    public CarrierReport {
        events = List.copyOf(events);
    }

    /** A webhook of a kind that says nothing about any parcel (a carrier's other notifications): no effect. */
    public static CarrierReport nothing(String carrier) {
        return new CarrierReport(new ParcelId(carrier, null), List.of());
    }

    public boolean saysNothing() {
        return parcel.trackingNumber() == null;
    }
}
