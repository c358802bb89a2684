package org.disputesuite.tracking.shipment.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.AddressMatcher;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * What a shipment's pickup point and address check depend on (docs/policy.md, "Words" and "Arrived
 * for collection"), taken in as its events arrive: its latest arrival at a pickup point, its latest
 * delivery (by occurrence, the later received winning a tie), and the summary of the events that
 * came before that delivery. A delivery reported while the parcel waited at a pickup point (the
 * status just before it being {@code AVAILABLE_FOR_PICKUP}) is a collection, checked against that
 * point's address when the carrier gave one; any other delivery against the shipping address.
 */
public final class DeliverySummary {

    private static final DeliverySummary NONE = new DeliverySummary(null, null, TrackingSummary.empty());

    private final CarrierEvent latestArrival;
    private final CarrierEvent latestDelivery;
    private final TrackingSummary beforeDelivery;

    private DeliverySummary(CarrierEvent latestArrival, CarrierEvent latestDelivery, TrackingSummary beforeDelivery) {
        this.latestArrival = latestArrival;
        this.latestDelivery = latestDelivery;
        this.beforeDelivery = beforeDelivery;
    }

    public static DeliverySummary none() {
        return NONE;
    }

    /**
     * As read from storage: the latest arrival at a pickup point and the latest delivery (either
     * may be null), and the summary of the events before that delivery by occurrence and arrival.
     */
    public static DeliverySummary of(CarrierEvent latestArrival, CarrierEvent latestDelivery,
                                     TrackingSummary beforeDelivery) {
        return new DeliverySummary(latestArrival, latestDelivery,
                latestDelivery == null ? TrackingSummary.empty() : beforeDelivery);
    }

    /**
     * The summary once {@code event}, received after every event already in it, is known too.
     *
     * @param soFar   the tracking summary of every event already in it
     * @param earlier the summary of those of them that occurred at or before an instant; asked
     *                only when a delivery occurred before the latest of them
     */
    public DeliverySummary with(CarrierEvent event, TrackingSummary soFar, EarlierTracking earlier) {
        CarrierEvent arrival = event.isArrivalForCollection()
                ? TrackingSummary.later(latestArrival, event) : latestArrival;
        if (event.status() == ShipmentStatus.DELIVERED
                && (latestDelivery == null || !event.occurredAt().isBefore(latestDelivery.occurredAt()))) {
            TrackingSummary before = soFar.nothingAfter(event.occurredAt()) ? soFar
                    : earlier.atOrBefore(event.occurredAt());
            return new DeliverySummary(arrival, event, before);
        }
        if (latestDelivery != null && event.occurredAt().isBefore(latestDelivery.occurredAt())) {
            return new DeliverySummary(arrival, latestDelivery, beforeDelivery.with(event));
        }
        return new DeliverySummary(arrival, latestDelivery, beforeDelivery);
    }

    /** Where the parcel last arrived for collection; empty when it never did. */
    public Optional<PickupPoint> pickupPoint() {
        return Optional.ofNullable(latestArrival).map(CarrierEvent::pickupPoint);
    }

    /**
     * The address check of the latest delivery: its reported address against the pickup point's
     * for a collection from a point whose address is known, else against the shipping address;
     * {@code UNKNOWN} when the delivery names no address. Empty until a delivery is reported.
     */
    public Optional<AddressCheckResult> addressCheck(Address shippingAddress) {
        if (latestDelivery == null) {
            return Optional.empty();
        }
        Address reported = latestDelivery.deliveredTo();
        if (reported == null) {
            return Optional.of(new AddressCheckResult(AddressCheck.UNKNOWN, List.of()));
        }
        Address expected = collectedFrom().map(PickupPoint::address).orElse(shippingAddress);
        return Optional.of(AddressMatcher.check(reported, expected));
    }

    /** The pickup point the latest delivery collected the parcel from; empty when it was not a collection. */
    private Optional<PickupPoint> collectedFrom() {
        if (latestDelivery == null) {
            return Optional.empty();
        }
        return beforeDelivery.decidingEvent()
                .filter(CarrierEvent::isArrivalForCollection)
                .map(CarrierEvent::pickupPoint);
    }

    /** The summaries of the events already known that occurred at or before an instant. */
    @FunctionalInterface
    public interface EarlierTracking {

        EarlierTracking NONE = instant -> TrackingSummary.empty();

        TrackingSummary atOrBefore(Instant instant);
    }
}
