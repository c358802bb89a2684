package org.disputesuite.tracking.api;

import java.util.List;

/**
 * The check of a reported address against the expected one: the result and the fields that differ
 * ({@code countryCode}, {@code postalCode}, {@code houseNumber}, {@code street}), none for a match.
 */
public record AddressCheckResult(AddressCheck result, List<String> differences) {

    public AddressCheckResult {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    public boolean matches() {
        return result == AddressCheck.MATCH;
    }
}
