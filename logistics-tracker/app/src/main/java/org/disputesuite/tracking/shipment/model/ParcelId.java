package org.disputesuite.tracking.shipment.model;

/** A parcel as carriers know it: their code and their tracking number. */
public record ParcelId(String carrier, String trackingNumber) {
}
