package org.disputesuite.tracking.shipment.model;

import java.time.Instant;

import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.Money;

/** A shipment as its seller registered it. */
public record Shipment(String orderId, String trackingNumber, String carrier, String sellerId, String buyerId,
                       Address destination, Instant shippedAt, Instant promisedDeliveryBy, Money amount,
                       Instant registeredAt) {

    public ParcelId parcel() {
        return new ParcelId(carrier, trackingNumber);
    }

    /** True when a second registration says the same as this one (its registration time aside). */
    public boolean registersSameAs(Shipment other) {
        return orderId.equals(other.orderId)
                && trackingNumber.equals(other.trackingNumber)
                && carrier.equals(other.carrier)
                && sellerId.equals(other.sellerId)
                && buyerId.equals(other.buyerId)
                && destination.equals(other.destination)
                && shippedAt.equals(other.shippedAt)
                && promisedDeliveryBy.equals(other.promisedDeliveryBy)
                && amount.currency().equals(other.amount.currency())
                && amount.amount().compareTo(other.amount.amount()) == 0;
    }
}
