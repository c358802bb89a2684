package org.disputesuite.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressMatcherTests {

    private static final Address SHIPPING = new Address("Jürgen Groß", "Hauptstraße 5", "3. OG", "Köln", "NRW",
            "50667", "DE");

    @Test
    void matchesTheSameAddressWrittenDifferently() {
        Address written = new Address(null, "  HAUPTSTRASSE   5 ", null, "koln", null, " 50667", "de");

        assertThat(AddressMatcher.matches(written, SHIPPING)).isTrue();
    }

    @Test
    void neitherTheNameNorTheSecondLineNorTheRegionDecides() {
        Address otherRecipient = new Address("Someone Else", "Hauptstraße 5", "Hinterhaus", "Köln", null, "50667",
                "DE");

        assertThat(AddressMatcher.matches(otherRecipient, SHIPPING)).isTrue();
    }

    @Test
    void aDifferentStreetPostalCodeCityOrCountryDoesNotMatch() {
        assertThat(AddressMatcher.matches(with("Hauptstraße 7", "Köln", "50667", "DE"), SHIPPING)).isFalse();
        assertThat(AddressMatcher.matches(with("Hauptstraße 5", "Köln", "50668", "DE"), SHIPPING)).isFalse();
        assertThat(AddressMatcher.matches(with("Hauptstraße 5", "Bonn", "50667", "DE"), SHIPPING)).isFalse();
        assertThat(AddressMatcher.matches(with("Hauptstraße 5", "Köln", "50667", "AT"), SHIPPING)).isFalse();
    }

    @Test
    void aLocalityAloneMatchesNothing() {
        assertThat(AddressMatcher.matches(with(null, "Köln", "50667", "DE"), SHIPPING)).isFalse();
        assertThat(AddressMatcher.matches(with(" ", "Köln", "50667", "DE"), with(" ", "Köln", "50667", "DE")))
                .isFalse();
    }

    @Test
    void noAddressMatchesNothing() {
        assertThat(AddressMatcher.matches(null, SHIPPING)).isFalse();
        assertThat(AddressMatcher.matches(SHIPPING, null)).isFalse();
    }

    @Test
    void normalisesCaseAccentsAndSpacing() {
        assertThat(AddressMatcher.normalise("  Île-de-France\tÇA  va ")).isEqualTo("ile-de-france ca va");
        assertThat(AddressMatcher.normalise("Straße")).isEqualTo(AddressMatcher.normalise("STRASSE"));
        assertThat(AddressMatcher.normalise(null)).isEmpty();
    }

    private static Address with(String line1, String city, String postalCode, String countryCode) {
        return new Address(null, line1, null, city, null, postalCode, countryCode);
    }
}
