package org.disputesuite.tracking.webhook;

import java.time.Instant;
import java.util.Optional;

import org.disputesuite.tracking.shipment.TrackingIntake;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Remembers the webhook id and records its events in one transaction: both happen, or neither. */
@Service
class WebhookIntake {

    enum Outcome { ACCEPTED, DUPLICATE }

    private final WebhookReceipts receipts;
    private final TrackingIntake tracking;

    WebhookIntake(WebhookReceipts receipts, TrackingIntake tracking) {
        this.receipts = receipts;
        this.tracking = tracking;
    }

    @Transactional
    public Outcome accept(Optional<String> webhookId, CarrierReport report, Instant receivedAt) {
        String carrier = report.parcel().carrier();
        if (webhookId.isPresent() && !receipts.remember(carrier, webhookId.get(), receivedAt)) {
            return Outcome.DUPLICATE;
        }
        tracking.record(report, receivedAt);
        return Outcome.ACCEPTED;
    }
}
