package org.disputesuite.tracking.api;

/** Where a carrier scanned the parcel. */
public record TrackingLocation(String city, String postalCode, String countryCode) {
}
