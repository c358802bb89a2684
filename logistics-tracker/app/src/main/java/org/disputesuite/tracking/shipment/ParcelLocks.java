package org.disputesuite.tracking.shipment;

import java.time.Instant;

import org.disputesuite.tracking.shipment.model.ParcelId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Serializes registration and webhooks of one parcel: without it, events stored as pending while
 * the shipment is being registered would never be published.
 */
@Repository
class ParcelLocks {

    private final JdbcTemplate jdbc;

    ParcelLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the parcel's lock until the current transaction ends. */
    void lock(ParcelId parcel, Instant now) {
        jdbc.update("insert into tracked_parcels (carrier, tracking_number, first_seen_at) values (?, ?, ?)"
                + " on conflict do nothing", parcel.carrier(), parcel.trackingNumber(), SqlTime.of(now));
        jdbc.queryForList("select carrier from tracked_parcels where carrier = ? and tracking_number = ? for update",
                String.class, parcel.carrier(), parcel.trackingNumber());
    }
}
