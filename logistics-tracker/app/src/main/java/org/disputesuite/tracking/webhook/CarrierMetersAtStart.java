package org.disputesuite.tracking.webhook;

import org.disputesuite.tracking.shipment.TrackingMetrics;
import org.springframework.stereotype.Component;

/**
 * Registers every configured carrier's ingestion meters at zero as the tracker starts, each known
 * label value included, so that a rate or an alert sees each series before its first webhook
 * (docs/metrics.md).
 */
@Component
class CarrierMetersAtStart {

    CarrierMetersAtStart(Carriers carriers, WebhookMetrics webhooks, TrackingMetrics events) {
        webhooks.expectUnknownCarrier();
        for (ConfiguredCarrier carrier : carriers.all()) {
            webhooks.expectCarrier(carrier.code());
            webhooks.expectSkips(carrier.code(), carrier.adapter().skipReasons());
            events.expectCarrier(carrier.code());
        }
    }
}
