package org.disputesuite.tracking.delay;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.delay.model.DelayAlerts;
import org.disputesuite.tracking.delay.model.WatchedShipment;
import org.disputesuite.tracking.shipment.DelayAlertColumns;
import org.disputesuite.tracking.shipment.SqlTime;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The delay scan's reads and writes of {@code shipments}. */
@Repository
class DelayStore {

    static final String DUE = "select order_id, carrier, tracking_number from shipments where delay_check_at <= ?"
            + " order by delay_check_at limit ?";

    private final JdbcTemplate jdbc;

    DelayStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The shipments due for a check at {@code now}, the longest due first. It reads the index on
     * delay_check_at and stops after {@code limit}: its cost follows the shipments due, however many
     * are tracked.
     */
    List<DueShipment> findDue(Instant now, int limit) {
        return jdbc.query(DUE,
                (row, number) -> new DueShipment(row.getString("order_id"),
                        new ParcelId(row.getString("carrier"), row.getString("tracking_number"))),
                SqlTime.of(now), limit);
    }

    Optional<ShipmentUnderWatch> find(String orderId) {
        return jdbc.query("select order_id, carrier, tracking_number, seller_id, buyer_id, promised_delivery_by,"
                        + " registered_at, status, last_event_at, " + DelayAlertColumns.NAMES
                        + " from shipments where order_id = ?",
                (row, number) -> {
                    String status = row.getString("status");
                    WatchedShipment facts = new WatchedShipment(SqlTime.read(row, "promised_delivery_by"),
                            SqlTime.read(row, "registered_at"), status == null ? null : ShipmentStatus.valueOf(status),
                            SqlTime.read(row, "last_event_at"));
                    return new ShipmentUnderWatch(row.getString("order_id"), row.getString("tracking_number"),
                            row.getString("carrier"), row.getString("seller_id"), row.getString("buyer_id"), facts,
                            DelayAlertColumns.read(row));
                },
                orderId).stream().findFirst();
    }

    void save(String orderId, DelayAlerts alerts) {
        jdbc.update("update shipments set " + DelayAlertColumns.ASSIGNMENTS + " where order_id = ?",
                DelayAlertColumns.values(alerts, orderId));
    }
}
