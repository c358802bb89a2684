package org.disputesuite.tracking.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address check: whether a reported address (a delivery's, a proof of delivery's) is the
 * expected one (the shipping address, or the pickup point's). Same country, same postal code, same
 * house number and the same street once case, accents, punctuation, spacing and common
 * abbreviations are set aside is a {@code MATCH}; anything else is a {@code MISMATCH} naming the
 * fields that differ. An address that names no street is {@code UNKNOWN}. The recipient's name, the
 * flat/floor/door details, the city and the region never decide it. See docs/address-check.md.
 */
public final class AddressMatcher {

    static final String COUNTRY_CODE = "countryCode";
    static final String POSTAL_CODE = "postalCode";
    static final String HOUSE_NUMBER = "houseNumber";
    static final String STREET = "street";

    /** Codes carriers use beside the ISO 3166-1 ones. */
    private static final Map<String, String> COUNTRY_ALIASES = Map.of("UK", "GB", "EL", "GR");
    /** An old European postal prefix ("D-50667", "F-75002"), dropped before comparing. */
    private static final Pattern COUNTRY_PREFIX = Pattern.compile("^[a-z]{1,3}-(?=[\\d\\s-]+$)");
    private static final Pattern ZIP = Pattern.compile("\\d{5}");
    private static final Pattern ZIP_PLUS_FOUR = Pattern.compile("\\d{9}");

    private static final AddressCheckResult UNKNOWN = new AddressCheckResult(AddressCheck.UNKNOWN, List.of());

    private AddressMatcher() {
    }

    public static AddressCheckResult check(Address reported, Address expected) {
        Optional<StreetLine> reportedStreet = StreetLine.of(reported);
        Optional<StreetLine> expectedStreet = StreetLine.of(expected);
        if (reportedStreet.isEmpty() || expectedStreet.isEmpty()) {
            return UNKNOWN;
        }
        List<String> differences = new ArrayList<>();
        String country = country(expected.countryCode());
        if (country == null || !country.equals(country(reported.countryCode()))) {
            differences.add(COUNTRY_CODE);
        }
        if (!samePostalCode(reported.postalCode(), expected.postalCode(), country)) {
            differences.add(POSTAL_CODE);
        }
        if (!Objects.equals(reportedStreet.get().houseNumber(), expectedStreet.get().houseNumber())) {
            differences.add(HOUSE_NUMBER);
        }
        if (!reportedStreet.get().street().equals(expectedStreet.get().street())) {
            differences.add(STREET);
        }
        return new AddressCheckResult(differences.isEmpty() ? AddressCheck.MATCH : AddressCheck.MISMATCH,
                differences);
    }

    /** Whether the reported address is the expected one: {@link #check} gives {@code MATCH}. */
    public static boolean matches(Address reported, Address expected) {
        return check(reported, expected).matches();
    }

    private static String country(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return COUNTRY_ALIASES.getOrDefault(upper, upper);
    }

    /** A missing postal code differs from every other, a missing one included. */
    private static boolean samePostalCode(String reported, String expected, String country) {
        String reportedCode = postalCode(reported);
        String expectedCode = postalCode(expected);
        if (reportedCode == null || expectedCode == null) {
            return false;
        }
        // A US ZIP+4 names a part of its five-digit ZIP code.
        if ("US".equals(country) && (isZipOf(reportedCode, expectedCode) || isZipOf(expectedCode, reportedCode))) {
            return true;
        }
        return reportedCode.equals(expectedCode);
    }

    private static boolean isZipOf(String zip, String zipPlusFour) {
        return ZIP.matcher(zip).matches() && ZIP_PLUS_FOUR.matcher(zipPlusFour).matches()
                && zipPlusFour.startsWith(zip);
    }

    private static String postalCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return StreetLine.compact(COUNTRY_PREFIX.matcher(StreetLine.fold(code.strip())).replaceFirst(""));
    }
}
