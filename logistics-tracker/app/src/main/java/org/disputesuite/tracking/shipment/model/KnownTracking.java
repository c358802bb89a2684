package org.disputesuite.tracking.shipment.model;

import org.disputesuite.tracking.shipment.model.DeliverySummary.EarlierTracking;

/**
 * What the events a parcel already has say, as taking in new ones needs it: their tracking and
 * delivery summaries, and the summaries of those that occurred at or before an earlier instant.
 */
public record KnownTracking(TrackingSummary summary, DeliverySummary deliveries, EarlierTracking earlier) {

    private static final KnownTracking NONE =
            new KnownTracking(TrackingSummary.empty(), DeliverySummary.none(), EarlierTracking.NONE);

    /** A parcel with no events yet. */
    public static KnownTracking none() {
        return NONE;
    }
}
