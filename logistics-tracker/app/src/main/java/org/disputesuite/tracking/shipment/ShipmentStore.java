package org.disputesuite.tracking.shipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.delay.model.DelayAlerts;
import org.disputesuite.tracking.delay.model.DelayWatch;
import org.disputesuite.tracking.delay.model.WatchedShipment;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.disputesuite.tracking.shipment.model.Shipment;
import org.disputesuite.tracking.shipment.model.ShipmentState;
import org.disputesuite.tracking.shipment.model.TrackedShipment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ShipmentStore {

    private static final String COLUMNS = "order_id, carrier, tracking_number, seller_id, buyer_id, destination_name,"
            + " destination_line1, destination_line2, destination_city, destination_region, destination_postal_code,"
            + " destination_country_code, shipped_at, promised_delivery_by, amount_value, amount_currency,"
            + " registered_at, status, sub_status, last_event_at, " + DelayAlertColumns.NAMES;

    private final JdbcTemplate jdbc;
    private final DelayWatch delays;

    ShipmentStore(JdbcTemplate jdbc, DelayWatch delays) {
        this.jdbc = jdbc;
        this.delays = delays;
    }

    Optional<TrackedShipment> findByOrderId(String orderId) {
        return first(jdbc.query("select " + COLUMNS + " from shipments where order_id = ?",
                ShipmentStore::row, orderId));
    }

    Optional<TrackedShipment> findByParcel(ParcelId parcel) {
        return first(jdbc.query("select " + COLUMNS + " from shipments where carrier = ? and tracking_number = ?",
                ShipmentStore::row, parcel.carrier(), parcel.trackingNumber()));
    }

    /** With its delay alerts settled for a shipment the carrier has said nothing of yet. */
    TrackedShipment insert(Shipment shipment) {
        Address to = shipment.destination();
        DelayAlerts alerts = delays.afterChange(
                WatchedShipment.registered(shipment.promisedDeliveryBy(), shipment.registeredAt()), DelayAlerts.NONE);
        jdbc.update("insert into shipments (" + DelayAlertColumns.NAMES + ", order_id, carrier, tracking_number,"
                        + " seller_id, buyer_id, destination_name, destination_line1, destination_line2,"
                        + " destination_city, destination_region, destination_postal_code, destination_country_code,"
                        + " shipped_at, promised_delivery_by, amount_value, amount_currency, registered_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                DelayAlertColumns.values(alerts, shipment.orderId(), shipment.carrier(), shipment.trackingNumber(),
                        shipment.sellerId(), shipment.buyerId(), to.name(), to.line1(), to.line2(), to.city(),
                        to.region(), to.postalCode(), to.countryCode(), SqlTime.of(shipment.shippedAt()),
                        SqlTime.of(shipment.promisedDeliveryBy()), shipment.amount().value(),
                        shipment.amount().currency(), SqlTime.of(shipment.registeredAt())));
        return new TrackedShipment(shipment, null, alerts);
    }

    /** With its delay alerts carried forward to the new state; call it holding the parcel's lock. */
    void updateState(TrackedShipment tracked, ShipmentState state) {
        Shipment shipment = tracked.shipment();
        DelayAlerts alerts = delays.afterChange(new WatchedShipment(shipment.promisedDeliveryBy(),
                shipment.registeredAt(), state.status(), state.lastEventAt()), tracked.delayAlerts());
        jdbc.update("update shipments set " + DelayAlertColumns.ASSIGNMENTS
                        + ", status = ?, sub_status = ?, last_event_at = ? where order_id = ?",
                DelayAlertColumns.values(alerts, state.status().name(), state.subStatus(),
                        SqlTime.of(state.lastEventAt()), shipment.orderId()));
    }

    private static TrackedShipment row(ResultSet row, int number) throws SQLException {
        Shipment shipment = new Shipment(row.getString("order_id"), row.getString("tracking_number"),
                row.getString("carrier"), row.getString("seller_id"), row.getString("buyer_id"),
                new Address(row.getString("destination_name"), row.getString("destination_line1"),
                        row.getString("destination_line2"), row.getString("destination_city"),
                        row.getString("destination_region"), row.getString("destination_postal_code"),
                        row.getString("destination_country_code")),
                SqlTime.read(row, "shipped_at"), SqlTime.read(row, "promised_delivery_by"),
                new Money(row.getString("amount_value"), row.getString("amount_currency")),
                SqlTime.read(row, "registered_at"));
        String status = row.getString("status");
        ShipmentState state = status == null ? null
                : new ShipmentState(ShipmentStatus.valueOf(status), row.getString("sub_status"),
                        SqlTime.read(row, "last_event_at"));
        return new TrackedShipment(shipment, state, DelayAlertColumns.read(row));
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.stream().findFirst();
    }
}
