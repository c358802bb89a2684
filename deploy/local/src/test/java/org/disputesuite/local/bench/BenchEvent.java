package org.disputesuite.local.bench;

import java.time.Instant;

/**
 * One new tracking event of one registered parcel, as the driver sends it in one webhook.
 *
 * @param trackingNumber the parcel's tracking number
 * @param eventId        unique over the run, for the formats that carry event ids
 * @param deliveryId     unique over the run, for the signature schemes that name a delivery
 * @param step           how many events the parcel had before this one: picks the carrier's status code
 * @param occurredAt     later than every earlier event of the parcel, so the event is new in every format
 * @param sentAt         when it is signed, in Unix seconds
 */
record BenchEvent(String trackingNumber, String eventId, String deliveryId, int step, Instant occurredAt,
                  long sentAt) {

    /** The step's entry of a carrier's cycle of codes. */
    <T> T pick(T[] cycle) {
        return cycle[step % cycle.length];
    }
}
