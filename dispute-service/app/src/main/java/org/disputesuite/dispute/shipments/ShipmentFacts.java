package org.disputesuite.dispute.shipments;

import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.events.InvalidEventException;
import org.disputesuite.platform.kafka.ProcessedEvents;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.disputesuite.tracking.api.TrackingTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies one tracking record to the known shipments, once per event id. */
@Service
public class ShipmentFacts {

    static final String CONSUMER = "tracking";

    private static final Logger log = LoggerFactory.getLogger(ShipmentFacts.class);
    private static final EventCodec<TrackingEvent> CODEC = new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);

    private final KnownShipments shipments;
    private final ProcessedEvents processed;

    public ShipmentFacts(KnownShipments shipments, ProcessedEvents processed) {
        this.shipments = shipments;
        this.processed = processed;
    }

    @Transactional
    public void apply(EventEnvelope envelope) {
        if (!CODEC.knows(envelope.type())) {
            log.debug("Ignoring {} record {}", envelope.type(), envelope.id());
            return;
        }
        TrackingEvent event = CODEC.decode(envelope);
        if (event instanceof TrackingUpdated update
                && (update.shipmentStatus() == null || update.lastEventAt() == null)) {
            throw new InvalidEventException("record " + envelope.id() + " has no shipmentStatus or lastEventAt");
        }
        if (!processed.markProcessed(CONSUMER, envelope.id())) {
            return;
        }
        event.accept(new TrackingEvent.Handler<Void>() {
            @Override
            public Void shipmentRegistered(ShipmentRegistered registered) {
                shipments.register(registered);
                return null;
            }

            @Override
            public Void trackingUpdated(TrackingUpdated update) {
                if (!shipments.track(update)) {
                    log.warn("Tracking update {} for order {} with no known registration", envelope.id(),
                            update.orderId());
                }
                return null;
            }

            /** A delay alert changes nothing a dispute reads. */
            @Override
            public Void delayDetected(TrackingEvent.DelayDetected delayed) {
                return null;
            }
        });
    }
}
