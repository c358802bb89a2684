package org.disputesuite.tracking.api;

/** A postal address as the seller registered it or the carrier reported it. */
public record Address(String name, String line1, String line2, String city, String region,
                      String postalCode, String countryCode) {
}
