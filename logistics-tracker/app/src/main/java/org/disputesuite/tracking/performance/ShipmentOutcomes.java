package org.disputesuite.tracking.performance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.performance.model.ShipmentOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the shipments to one country with what became of them. The delivery is the earliest
 * DELIVERED event of the parcel (a collection at a pickup point is reported as one), found through
 * the index {@code tracking_events_latest_per_status} (V2 migration) without reading the parcel's
 * history; the disputes come from {@code dispute_outcomes}.
 */
@Repository
class ShipmentOutcomes {

    private static final String TO_COUNTRY = """
            select s.carrier, s.shipped_at, s.promised_delivery_by,
                   (select min(e.occurred_at) from tracking_events e
                     where e.carrier = s.carrier and e.tracking_number = s.tracking_number
                       and e.status = ?) as delivered_at,
                   exists (select 1 from dispute_outcomes d where d.order_id = s.order_id) as disputed,
                   exists (select 1 from dispute_outcomes d
                            where d.order_id = s.order_id
                              and d.seller_responsible_ruling_id is not null) as seller_responsible
              from shipments s
             where s.destination_country_code = ?
            """;

    private final JdbcTemplate jdbc;

    ShipmentOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ShipmentOutcome> toCountry(String countryCode) {
        return jdbc.query(TO_COUNTRY, (row, index) -> new ShipmentOutcome(row.getString("carrier"),
                        instant(row, "shipped_at"), instant(row, "promised_delivery_by"), instant(row, "delivered_at"),
                        row.getBoolean("disputed"), row.getBoolean("seller_responsible")),
                ShipmentStatus.DELIVERED.name(), countryCode);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
