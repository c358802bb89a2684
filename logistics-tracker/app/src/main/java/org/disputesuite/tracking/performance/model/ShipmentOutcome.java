package org.disputesuite.tracking.performance.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One shipment as carrier performance counts it.
 *
 * @param deliveredAt       the earliest delivery the carrier reported (a collection at a pickup point
 *                          is reported as one), null while there is none
 * @param disputed          whether a dispute was opened on the order
 * @param sellerResponsible whether a ruling that took effect on the order found the seller responsible
 */
public record ShipmentOutcome(String carrier, Instant shippedAt, Instant promisedDeliveryBy, Instant deliveredAt,
                              boolean disputed, boolean sellerResponsible) {

    public ShipmentOutcome {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(shippedAt, "shippedAt");
        Objects.requireNonNull(promisedDeliveryBy, "promisedDeliveryBy");
    }

    public boolean delivered() {
        return deliveredAt != null;
    }

    /** A delivery at the promised instant is on time. */
    public boolean deliveredOnTime() {
        return delivered() && !deliveredAt.isAfter(promisedDeliveryBy);
    }

    /**
     * From shipping to delivery; a delivery the carrier dated before the shipping time counts as
     * none, so one wrong clock cannot pull a carrier's figures below zero.
     */
    public Duration transit() {
        if (!delivered()) {
            throw new IllegalStateException("A shipment not delivered has no transit time");
        }
        Duration transit = Duration.between(shippedAt, deliveredAt);
        return transit.isNegative() ? Duration.ZERO : transit;
    }
}
