package org.disputesuite.tracking.delay;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.tracking.api.DelayReason;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.DelayDetected;
import org.disputesuite.tracking.delay.model.DelayCheck;
import org.disputesuite.tracking.delay.model.DelayWatch;
import org.disputesuite.tracking.publishing.TrackingPublisher;
import org.disputesuite.tracking.shipment.ParcelLocks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks one due shipment under its parcel's lock, so no tracking update changes it meanwhile, and
 * publishes what the check raised before its alerts are stored: a crash in between leaves the
 * shipment due, and the next scan publishes the same event id again, which consumers drop.
 */
@Component
class DelayAlerter {

    private final ParcelLocks locks;
    private final DelayStore store;
    private final DelayWatch watch;
    private final TrackingPublisher publisher;
    private final DelayMetrics metrics;
    private final Clock clock;

    DelayAlerter(ParcelLocks locks, DelayStore store, DelayWatch watch, TrackingPublisher publisher,
                 DelayMetrics metrics, Clock clock) {
        this.locks = locks;
        this.store = store;
        this.watch = watch;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** What it raised; nothing when the shipment is no longer due (a tracking update or another scan came first). */
    @Transactional
    public Optional<DelayReason> check(DueShipment due, Instant now) {
        locks.lock(due.parcel(), clock.instant());
        Optional<ShipmentUnderWatch> found = store.find(due.orderId());
        if (found.isEmpty() || !isDue(found.get(), now)) {
            return Optional.empty();
        }
        ShipmentUnderWatch shipment = found.get();
        DelayCheck check = watch.check(shipment.facts(), shipment.alerts(), now);
        check.raised().ifPresent(reason -> publisher.publish(List.<TrackingEvent>of(detected(shipment, reason, now))));
        store.save(shipment.orderId(), check.alerts());
        check.raised().ifPresent(metrics::alertRaised);
        return check.raised();
    }

    private static boolean isDue(ShipmentUnderWatch shipment, Instant now) {
        Instant checkAt = shipment.alerts().nextCheckAt();
        return checkAt != null && !checkAt.isAfter(now);
    }

    private static DelayDetected detected(ShipmentUnderWatch shipment, DelayReason reason, Instant now) {
        var facts = shipment.facts();
        return new DelayDetected(shipment.orderId(), shipment.trackingNumber(), shipment.carrier(),
                shipment.sellerId(), shipment.buyerId(), reason, facts.promisedDeliveryBy(), facts.status(),
                facts.lastEventAt(), now);
    }
}
