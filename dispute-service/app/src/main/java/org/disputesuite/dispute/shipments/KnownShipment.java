package org.disputesuite.dispute.shipments;

import java.time.Instant;

import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * What dispute-service knows of an order's shipment; {@code status} is null until a carrier reported,
 * {@code addressCheck} until a delivery was reported.
 */
public record KnownShipment(String orderId, String buyerId, String sellerId, Money amount,
                            Instant promisedDeliveryBy, String trackingNumber, String carrier,
                            ShipmentStatus status, Instant lastEventAt, AddressCheck addressCheck) {
}
