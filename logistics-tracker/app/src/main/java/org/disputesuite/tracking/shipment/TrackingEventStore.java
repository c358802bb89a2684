package org.disputesuite.tracking.shipment;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingLocation;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.DeliverySummary;
import org.disputesuite.tracking.shipment.model.KnownTracking;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.disputesuite.tracking.shipment.model.ReceivedEvent;
import org.disputesuite.tracking.shipment.model.TrackingSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every carrier event once per parcel; those of parcels with no shipment yet are the pending ones. */
@Repository
public class TrackingEventStore {

    private static final List<String> ADDRESS_PARTS =
            List.of("name", "line1", "line2", "city", "region", "postal_code", "country_code");
    private static final String PICKUP_ADDRESS = "pickup_address_";
    private static final String DELIVERED_TO = "delivered_to_";

    /** The columns an event is stored in, in the order {@link #insertNew} gives their values. */
    private static final List<String> COLUMNS = columns();

    private final JdbcTemplate jdbc;

    TrackingEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the events not yet known for this parcel, in one JDBC batch, and returns them in the
     * given order: those the carrier already reported (by event id, also earlier in the same list)
     * are left out. Call it holding the parcel's lock.
     */
    List<CarrierEvent> insertNew(ParcelId parcel, List<CarrierEvent> events, Instant receivedAt) {
        Set<String> known = knownEventIds(parcel, events);
        Set<String> taken = new HashSet<>();
        List<CarrierEvent> candidates = new ArrayList<>();
        for (CarrierEvent event : events) {
            if (!known.contains(event.eventId()) && taken.add(event.eventId())) {
                candidates.add(event);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        OffsetDateTime received = SqlTime.of(receivedAt);
        List<Object[]> rows = new ArrayList<>(candidates.size());
        for (CarrierEvent event : candidates) {
            TrackingLocation location = event.location();
            PickupPoint pickupPoint = event.pickupPoint();
            List<Object> row = new ArrayList<>(COLUMNS.size());
            row.addAll(Arrays.asList(parcel.carrier(), parcel.trackingNumber(), event.eventId(), event.status().name(),
                    event.rawStatus(), event.subStatus(), SqlTime.of(event.occurredAt()), event.description(),
                    location == null ? null : location.city(), location == null ? null : location.postalCode(),
                    location == null ? null : location.countryCode(), received,
                    pickupPoint == null ? null : pickupPoint.id(), pickupPoint == null ? null : pickupPoint.name(),
                    pickupPoint == null ? null : SqlTime.of(pickupPoint.collectBy())));
            row.addAll(addressValues(pickupPoint == null ? null : pickupPoint.address()));
            row.addAll(addressValues(event.deliveredTo()));
            row.add(event.signedBy());
            rows.add(row.toArray());
        }
        // the lock keeps other writers of this parcel out, so a conflict here is only a safety net
        int[] inserted = jdbc.batchUpdate("insert into tracking_events (" + String.join(", ", COLUMNS) + ") values ("
                + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ") on conflict do nothing", rows);
        List<CarrierEvent> fresh = new ArrayList<>(candidates.size());
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] == 1) {
                fresh.add(candidates.get(i));
            } else if (inserted[i] != 0) {
                // a driver batching without row counts (PostgreSQL's reWriteBatchedInserts) cannot tell the new ones
                throw new IllegalStateException("The JDBC driver gave no row count for a batched insert");
            }
        }
        return fresh;
    }

    /**
     * Which of these event ids the parcel already has: cheaper than letting each insert conflict,
     * which H2 handles as a failed insert. Joined from an array so that both H2 and PostgreSQL look
     * each id up in the unique index; an {@code in (...)} list H2 checks against every event of the parcel.
     */
    private Set<String> knownEventIds(ParcelId parcel, List<CarrierEvent> events) {
        Object[] ids = events.stream().map(CarrierEvent::eventId).distinct().toArray();
        return new HashSet<>(jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("select e.carrier_event_id"
                    + " from unnest(cast(? as varchar array)) as wanted(id) join tracking_events e"
                    + " on e.carrier = ? and e.tracking_number = ? and e.carrier_event_id = wanted.id");
            statement.setArray(1, connection.createArrayOf("varchar", ids));
            statement.setString(2, parcel.carrier());
            statement.setString(3, parcel.trackingNumber());
            return statement;
        }, (row, number) -> row.getString(1)));
    }

    /**
     * What taking in {@code arriving} events of a registered parcel needs from the ones it already
     * has, read from at most one event per status (the latest of each, by occurrence and then by
     * arrival) instead of its whole history: their summaries, the summary of those before their
     * latest delivery, and for each arriving delivery that occurred before their latest event, the
     * summary of those that occurred at or before it. Call it before storing the arriving events.
     */
    KnownTracking known(ParcelId parcel, List<CarrierEvent> arriving) {
        List<Latest> latest = latestPerStatus(parcel, "", List.of());
        TrackingSummary summary = summaryOf(latest);
        Latest delivery = latestOf(latest, ShipmentStatus.DELIVERED);
        Latest arrival = latestOf(latest, ShipmentStatus.AVAILABLE_FOR_PICKUP);
        TrackingSummary beforeDelivery = delivery == null ? TrackingSummary.empty()
                : summaryOf(latestPerStatus(parcel, " and occurred_at <= ? and (occurred_at < ? or id < ?)",
                        List.of(SqlTime.of(delivery.event().occurredAt()), SqlTime.of(delivery.event().occurredAt()),
                                delivery.id())));
        Map<Instant, TrackingSummary> earlier = new HashMap<>();
        summary.state().ifPresent(state -> arriving.stream()
                .filter(event -> event.status() == ShipmentStatus.DELIVERED)
                .map(CarrierEvent::occurredAt)
                .filter(occurredAt -> occurredAt.isBefore(state.lastEventAt()))
                .filter(occurredAt -> delivery == null || !occurredAt.isBefore(delivery.event().occurredAt()))
                .distinct()
                .forEach(occurredAt -> earlier.put(occurredAt, summaryOf(latestPerStatus(parcel,
                        " and occurred_at <= ?", List.of(SqlTime.of(occurredAt)))))));
        return new KnownTracking(summary, DeliverySummary.of(arrival == null ? null : arrival.event(),
                delivery == null ? null : delivery.event(), beforeDelivery), instant -> {
                    TrackingSummary atOrBefore = earlier.get(instant);
                    if (atOrBefore == null) {
                        throw new IllegalStateException("The events known at " + instant + " were not read");
                    }
                    return atOrBefore;
                });
    }

    /** The latest event of each status among the parcel's events that meet the condition. */
    private List<Latest> latestPerStatus(ParcelId parcel, String condition, List<Object> conditionArguments) {
        StringBuilder sql = new StringBuilder();
        List<Object> arguments = new ArrayList<>();
        for (ShipmentStatus status : ShipmentStatus.values()) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            // the constant leading columns in the order let H2 read the index in its order (see V2's index)
            sql.append("(select * from tracking_events where carrier = ? and tracking_number = ? and status = ?")
                    .append(condition)
                    .append(" order by carrier, tracking_number, status, occurred_at desc, id desc limit 1)");
            arguments.addAll(List.of(parcel.carrier(), parcel.trackingNumber(), status.name()));
            arguments.addAll(conditionArguments);
        }
        return jdbc.query(sql.toString(),
                (result, number) -> new Latest(row(result, number).event(), result.getLong("id")), arguments.toArray());
    }

    private static TrackingSummary summaryOf(List<Latest> latest) {
        return TrackingSummary.of(latest.stream()
                .sorted(Comparator.comparing((Latest l) -> l.event().occurredAt()).thenComparingLong(Latest::id))
                .map(Latest::event)
                .toList());
    }

    private static Latest latestOf(List<Latest> latest, ShipmentStatus status) {
        return latest.stream().filter(l -> l.event().status() == status).findFirst().orElse(null);
    }

    private record Latest(CarrierEvent event, long id) {
    }

    /** In the order they were received. */
    List<ReceivedEvent> findAll(ParcelId parcel) {
        return jdbc.query("select * from tracking_events where carrier = ? and tracking_number = ? order by id",
                TrackingEventStore::row, parcel.carrier(), parcel.trackingNumber());
    }

    /**
     * Up to {@code limit} unregistered parcels with something to forget: an event received before
     * the cutoff, or no event at all and first seen before it.
     */
    List<ParcelId> findPendingParcels(Instant cutoff, int limit) {
        return jdbc.query("select carrier, tracking_number from tracking_events e where e.received_at < ?"
                        + " and not exists (select 1 from shipments s where s.carrier = e.carrier"
                        + " and s.tracking_number = e.tracking_number)"
                        + " union select carrier, tracking_number from tracked_parcels p where p.first_seen_at < ?"
                        + " and not exists (select 1 from shipments s where s.carrier = p.carrier"
                        + " and s.tracking_number = p.tracking_number) and not exists"
                        + " (select 1 from tracking_events e where e.carrier = p.carrier"
                        + " and e.tracking_number = p.tracking_number) limit ?",
                (row, number) -> new ParcelId(row.getString("carrier"), row.getString("tracking_number")),
                SqlTime.of(cutoff), SqlTime.of(cutoff), limit);
    }

    /** Deletes the parcel's events received before the cutoff unless it has a shipment; call it holding the lock. */
    int deletePendingReceivedBefore(ParcelId parcel, Instant cutoff) {
        return jdbc.update("delete from tracking_events where carrier = ? and tracking_number = ? and received_at < ?"
                + " and not exists (select 1 from shipments s where s.carrier = tracking_events.carrier"
                + " and s.tracking_number = tracking_events.tracking_number)",
                parcel.carrier(), parcel.trackingNumber(), SqlTime.of(cutoff));
    }

    private static ReceivedEvent row(ResultSet row, int number) throws SQLException {
        String city = row.getString("location_city");
        String postalCode = row.getString("location_postal_code");
        String countryCode = row.getString("location_country_code");
        TrackingLocation location = city == null && postalCode == null && countryCode == null ? null
                : new TrackingLocation(city, postalCode, countryCode);
        String pickupId = row.getString("pickup_point_id");
        String pickupName = row.getString("pickup_point_name");
        Address pickupAddress = address(row, PICKUP_ADDRESS);
        Instant collectBy = SqlTime.read(row, "pickup_collect_by");
        PickupPoint pickupPoint = pickupId == null && pickupName == null && pickupAddress == null && collectBy == null
                ? null : new PickupPoint(pickupId, pickupName, pickupAddress, collectBy);
        CarrierEvent event = new CarrierEvent(row.getString("carrier_event_id"),
                ShipmentStatus.valueOf(row.getString("status")), row.getString("raw_status"),
                row.getString("sub_status"), SqlTime.read(row, "occurred_at"), row.getString("description"),
                location, pickupPoint, address(row, DELIVERED_TO), row.getString("signed_by"));
        return new ReceivedEvent(event, SqlTime.read(row, "received_at"));
    }

    private static List<Object> addressValues(Address address) {
        return address == null ? Arrays.asList(new Object[ADDRESS_PARTS.size()])
                : Arrays.asList(address.name(), address.line1(), address.line2(), address.city(), address.region(),
                        address.postalCode(), address.countryCode());
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("carrier", "tracking_number", "carrier_event_id", "status",
                "raw_status", "sub_status", "occurred_at", "description", "location_city", "location_postal_code",
                "location_country_code", "received_at", "pickup_point_id", "pickup_point_name", "pickup_collect_by"));
        ADDRESS_PARTS.forEach(part -> columns.add(PICKUP_ADDRESS + part));
        ADDRESS_PARTS.forEach(part -> columns.add(DELIVERED_TO + part));
        columns.add("signed_by");
        return List.copyOf(columns);
    }

    /** Null when every part is. */
    private static Address address(ResultSet row, String prefix) throws SQLException {
        List<String> parts = new ArrayList<>(ADDRESS_PARTS.size());
        for (String part : ADDRESS_PARTS) {
            parts.add(row.getString(prefix + part));
        }
        if (parts.stream().allMatch(Objects::isNull)) {
            return null;
        }
        return new Address(parts.get(0), parts.get(1), parts.get(2), parts.get(3), parts.get(4), parts.get(5),
                parts.get(6));
    }
}
