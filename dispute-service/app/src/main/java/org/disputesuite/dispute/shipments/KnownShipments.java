package org.disputesuite.dispute.shipments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table of shipments learned from logistics.tracking.v1, one row per order. */
@Repository
public class KnownShipments {

    private final JdbcTemplate jdbc;

    public KnownShipments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<KnownShipment> find(String orderId) {
        return jdbc.query("select * from known_shipments where order_id = ?", this::map, orderId).stream().findFirst();
    }

    /** A registration seen again (a redelivery or a correction) replaces the registered fields, never the status. */
    void register(ShipmentRegistered shipment) {
        int updated = jdbc.update("""
                update known_shipments set buyer_id = ?, seller_id = ?, amount_value = ?, amount_currency = ?,
                  promised_delivery_by = ?, tracking_number = ?, carrier = ? where order_id = ?""",
                shipment.buyerId(), shipment.sellerId(), shipment.amount().value(), shipment.amount().currency(),
                utc(shipment.promisedDeliveryBy()), shipment.trackingNumber(), shipment.carrier(), shipment.orderId());
        if (updated == 0) {
            jdbc.update("""
                    insert into known_shipments (order_id, buyer_id, seller_id, amount_value, amount_currency,
                      promised_delivery_by, tracking_number, carrier) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    shipment.orderId(), shipment.buyerId(), shipment.sellerId(), shipment.amount().value(),
                    shipment.amount().currency(), utc(shipment.promisedDeliveryBy()), shipment.trackingNumber(),
                    shipment.carrier());
        }
    }

    /** Returns false when the order's registration is not known (the tracker always publishes it first). */
    boolean track(TrackingUpdated update) {
        AddressCheckResult check = update.addressCheck();
        return jdbc.update("update known_shipments set status = ?, last_event_at = ?, address_check = ?"
                        + " where order_id = ?", update.shipmentStatus().name(), utc(update.lastEventAt()),
                check == null || check.result() == null ? null : check.result().name(), update.orderId()) == 1;
    }

    private KnownShipment map(ResultSet row, int index) throws SQLException {
        String status = row.getString("status");
        String addressCheck = row.getString("address_check");
        return new KnownShipment(row.getString("order_id"), row.getString("buyer_id"), row.getString("seller_id"),
                new Money(row.getString("amount_value"), row.getString("amount_currency")),
                instant(row, "promised_delivery_by"), row.getString("tracking_number"), row.getString("carrier"),
                status == null ? null : ShipmentStatus.valueOf(status), instant(row, "last_event_at"),
                addressCheck == null ? null : AddressCheck.valueOf(addressCheck));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
