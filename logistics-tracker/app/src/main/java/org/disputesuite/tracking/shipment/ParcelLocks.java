package org.disputesuite.tracking.shipment;

import java.time.Instant;
import java.util.List;

import org.disputesuite.tracking.shipment.model.ParcelId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Serializes registration, webhooks and delay checks of one parcel: without it, events stored as
 * pending while the shipment is being registered would never be published.
 */
@Repository
public class ParcelLocks {

    private static final int MAX_ATTEMPTS = 3;

    private final JdbcTemplate jdbc;

    ParcelLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the parcel's lock until the current transaction ends. The row is inserted again when
     * the retention job deleted it between our insert and our lock.
     */
    public void lock(ParcelId parcel, Instant now) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            jdbc.update("insert into tracked_parcels (carrier, tracking_number, first_seen_at) values (?, ?, ?)"
                    + " on conflict do nothing", parcel.carrier(), parcel.trackingNumber(), SqlTime.of(now));
            List<String> locked = jdbc.queryForList("select carrier from tracked_parcels"
                    + " where carrier = ? and tracking_number = ? for update",
                    String.class, parcel.carrier(), parcel.trackingNumber());
            if (!locked.isEmpty()) {
                return;
            }
        }
        throw new IllegalStateException("Could not lock parcel " + parcel);
    }

    /** Forgets a parcel seen before the cutoff that has neither a shipment nor events; call it holding the lock. */
    void forgetIfUnused(ParcelId parcel, Instant cutoff) {
        jdbc.update("delete from tracked_parcels where carrier = ? and tracking_number = ? and first_seen_at < ?"
                + " and not exists (select 1 from shipments s where s.carrier = tracked_parcels.carrier"
                + " and s.tracking_number = tracked_parcels.tracking_number) and not exists"
                + " (select 1 from tracking_events e where e.carrier = tracked_parcels.carrier"
                + " and e.tracking_number = tracked_parcels.tracking_number)",
                parcel.carrier(), parcel.trackingNumber(), SqlTime.of(cutoff));
    }
}
