package org.disputesuite.tracking.shipment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.disputesuite.tracking.shipment.model.ParcelId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgets events of parcels that were never registered. Each parcel is handled under its lock, in
 * its own transaction: a registration publishing those events at the same moment either commits
 * first (and the events are kept) or finds them already forgotten.
 */
@Service
public class PendingEventRetention {

    private static final int BATCH = 500;

    private final ParcelLocks locks;
    private final TrackingEventStore events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PendingEventRetention(ParcelLocks locks, TrackingEventStore events, PlatformTransactionManager transactions,
                          Clock clock) {
        this.locks = locks;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The number of events forgotten. */
    public int forgetReceivedBefore(Instant cutoff) {
        int forgotten = 0;
        List<ParcelId> parcels;
        do {
            parcels = events.findPendingParcels(cutoff, BATCH);
            for (ParcelId parcel : parcels) {
                forgotten += transaction.execute(status -> forget(parcel, cutoff));
            }
        } while (parcels.size() == BATCH);
        return forgotten;
    }

    private int forget(ParcelId parcel, Instant cutoff) {
        locks.lock(parcel, clock.instant());
        int deleted = events.deletePendingReceivedBefore(parcel, cutoff);
        locks.forgetIfUnused(parcel, cutoff);
        return deleted;
    }
}
