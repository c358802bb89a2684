package org.disputesuite.tracking.api;

import java.time.Instant;

/**
 * Where a parcel waits for its buyer, as the carrier named it; each part null where the carrier did
 * not say. {@code collectBy} is the carrier's, or the policy's pickup window after the parcel's
 * arrival at the point when the carrier gave none.
 */
public record PickupPoint(String id, String name, Address address, Instant collectBy) {
}
