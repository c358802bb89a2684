package org.disputesuite.tracking.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.disputesuite.tracking.shipment.TrackingIntake;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers the webhook id and records the events of each parcel it tells about in one
 * transaction: all of it happens, or none.
 */
@Service
class WebhookIntake {

    enum Outcome { ACCEPTED, DUPLICATE }

    /** Every webhook takes its parcels' locks in this order, so two webhooks of the same parcels cannot deadlock. */
    private static final Comparator<ParcelId> LOCK_ORDER = Comparator.comparing(ParcelId::carrier)
            .thenComparing(ParcelId::trackingNumber);

    private final WebhookReceipts receipts;
    private final TrackingIntake tracking;

    WebhookIntake(WebhookReceipts receipts, TrackingIntake tracking) {
        this.receipts = receipts;
        this.tracking = tracking;
    }

    @Transactional
    public Outcome accept(String carrier, Optional<String> webhookId, List<CarrierReport> reports, Instant receivedAt) {
        if (webhookId.isPresent() && !receipts.remember(carrier, webhookId.get(), receivedAt)) {
            return Outcome.DUPLICATE;
        }
        for (CarrierReport report : inLockOrder(reports)) {
            tracking.record(report, receivedAt);
        }
        return Outcome.ACCEPTED;
    }

    /** One report per parcel, the events of reports naming the same parcel together, in lock order. */
    static List<CarrierReport> inLockOrder(List<CarrierReport> reports) {
        Map<ParcelId, List<CarrierEvent>> byParcel = new TreeMap<>(LOCK_ORDER);
        for (CarrierReport report : reports) {
            byParcel.computeIfAbsent(report.parcel(), parcel -> new ArrayList<>()).addAll(report.events());
        }
        return byParcel.entrySet().stream()
                .map(parcel -> new CarrierReport(parcel.getKey(), parcel.getValue()))
                .toList();
    }
}
