package org.disputesuite.tracking.shipment.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * What a parcel's state depends on, taken in as its events arrive: its latest event by occurrence
 * (the later received wins a tie), its latest event of a kind that is not in transit, and whether
 * any event was a delivery. The state is that of the latest event, or once a delivery was
 * reported that of the latest event not in transit: late scans never put a delivered parcel back
 * on the road. Each event costs the same, however long the history.
 */
public final class TrackingSummary {

    private static final TrackingSummary EMPTY = new TrackingSummary(null, null, false);

    private final CarrierEvent latest;
    private final CarrierEvent latestNotInTransit;
    private final boolean delivered;

    private TrackingSummary(CarrierEvent latest, CarrierEvent latestNotInTransit, boolean delivered) {
        this.latest = latest;
        this.latestNotInTransit = latestNotInTransit;
        this.delivered = delivered;
    }

    public static TrackingSummary empty() {
        return EMPTY;
    }

    public static TrackingSummary of(List<CarrierEvent> inReceivedOrder) {
        TrackingSummary summary = EMPTY;
        for (CarrierEvent event : inReceivedOrder) {
            summary = summary.with(event);
        }
        return summary;
    }

    /** The summary once {@code event}, received after every event already in it, is known too. */
    public TrackingSummary with(CarrierEvent event) {
        return new TrackingSummary(later(latest, event),
                event.status().isInTransitKind() ? latestNotInTransit : later(latestNotInTransit, event),
                delivered || event.status() == ShipmentStatus.DELIVERED);
    }

    /**
     * The summary of this one's events and then {@code arriving}'s, all received after them: the
     * same as taking in {@code arriving}'s events one by one.
     */
    public TrackingSummary followedBy(TrackingSummary arriving) {
        return new TrackingSummary(laterOrKnown(latest, arriving.latest),
                laterOrKnown(latestNotInTransit, arriving.latestNotInTransit), delivered || arriving.delivered);
    }

    /** Empty while the carrier has reported nothing. */
    public Optional<ShipmentState> state() {
        return decidingEvent().map(deciding ->
                new ShipmentState(deciding.status(), deciding.subStatus(), latest.occurredAt()));
    }

    /** The event whose status is the parcel's; empty while the carrier has reported nothing. */
    Optional<CarrierEvent> decidingEvent() {
        if (latest == null) {
            return Optional.empty();
        }
        return Optional.of(delivered ? latestNotInTransit : latest);
    }

    /** True when none of its events occurred after {@code instant}. */
    boolean nothingAfter(Instant instant) {
        return latest == null || !latest.occurredAt().isAfter(instant);
    }

    /** The later by occurrence; at the same instant, {@code arriving}, received after. */
    static CarrierEvent later(CarrierEvent known, CarrierEvent arriving) {
        return known == null || !arriving.occurredAt().isBefore(known.occurredAt()) ? arriving : known;
    }

    private static CarrierEvent laterOrKnown(CarrierEvent known, CarrierEvent arriving) {
        return arriving == null ? known : later(known, arriving);
    }
}
