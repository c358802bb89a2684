package org.disputesuite.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AddressMatcherTests {

    private static final Address SHIPPING = new Address("Jürgen Groß", "Hauptstraße 5", "3. OG", "Köln", "NRW",
            "50667", "DE");

    @Test
    void matchesTheSameAddressWrittenDifferently() {
        Address written = new Address(null, "  HAUPTSTRASSE   5 ", null, "koln", null, " 50667", "de");

        assertThat(AddressMatcher.check(written, SHIPPING)).isEqualTo(match());
        assertThat(AddressMatcher.matches(written, SHIPPING)).isTrue();
    }

    @Test
    void neitherTheNameNorTheSecondLineNorTheRegionNorTheCityDecides() {
        Address otherRecipient = new Address("Someone Else", "Hauptstraße 5", "Hinterhaus", "Cologne", null, "50667",
                "DE");

        assertThat(AddressMatcher.check(otherRecipient, SHIPPING)).isEqualTo(match());
    }

    @Test
    void namesEachFieldThatDiffers() {
        assertThat(AddressMatcher.check(with("Hauptstraße 7", "50667", "DE"), SHIPPING))
                .isEqualTo(mismatch("houseNumber"));
        assertThat(AddressMatcher.check(with("Hauptstraße 5", "50668", "DE"), SHIPPING))
                .isEqualTo(mismatch("postalCode"));
        assertThat(AddressMatcher.check(with("Hauptstraße 5", "50667", "AT"), SHIPPING))
                .isEqualTo(mismatch("countryCode"));
        assertThat(AddressMatcher.check(with("Ringstraße 5", "50667", "DE"), SHIPPING)).isEqualTo(mismatch("street"));
        assertThat(AddressMatcher.check(with("Ringstraße 9", "1010", "AT"), SHIPPING))
                .isEqualTo(mismatch("countryCode", "postalCode", "houseNumber", "street"));
        assertThat(AddressMatcher.matches(with("Hauptstraße 7", "50667", "DE"), SHIPPING)).isFalse();
    }

    @Test
    void aReportedAddressWithoutPostalCodeOrCountryDiffersInIt() {
        assertThat(AddressMatcher.check(with("Hauptstraße 5", null, "DE"), SHIPPING)).isEqualTo(mismatch("postalCode"));
        assertThat(AddressMatcher.check(with("Hauptstraße 5", " ", null), SHIPPING))
                .isEqualTo(mismatch("countryCode", "postalCode"));
    }

    @Test
    void aHouseNumberOnOneSideOnlyDiffers() {
        assertThat(AddressMatcher.check(with("Hauptstraße", "50667", "DE"), SHIPPING))
                .isEqualTo(mismatch("houseNumber"));
        assertThat(AddressMatcher.check(SHIPPING, with("Hauptstraße", "50667", "DE")))
                .isEqualTo(mismatch("houseNumber"));
    }

    @Test
    void aLocalityAloneIsUnknown() {
        Address unknown = new Address(null, null, null, null, null, null, null);
        assertThat(AddressMatcher.check(with(null, "50667", "DE"), SHIPPING)).isEqualTo(unknown());
        assertThat(AddressMatcher.check(with(" ", "50667", "DE"), SHIPPING)).isEqualTo(unknown());
        assertThat(AddressMatcher.check(new Address(null, "KÖLN 50667", null, "Köln", null, "50667", "DE"), SHIPPING))
                .isEqualTo(unknown());
        assertThat(AddressMatcher.check(with("Paketzentrum Köln-Eifeltor", "50997", "DE"), SHIPPING))
                .isEqualTo(unknown());
        assertThat(AddressMatcher.check(unknown, SHIPPING)).isEqualTo(unknown());
        assertThat(AddressMatcher.matches(with(null, "50667", "DE"), SHIPPING)).isFalse();
    }

    @Test
    void aLocalityIsUnknownWhateverItsCountryOrPostalCode() {
        assertThat(AddressMatcher.check(new Address(null, "Wien", null, "Wien", null, "1010", "AT"), SHIPPING))
                .isEqualTo(unknown());
    }

    @Test
    void noAddressIsUnknown() {
        assertThat(AddressMatcher.check(null, SHIPPING)).isEqualTo(unknown());
        assertThat(AddressMatcher.check(SHIPPING, null)).isEqualTo(unknown());
        assertThat(AddressMatcher.matches(null, SHIPPING)).isFalse();
        assertThat(AddressMatcher.matches(SHIPPING, null)).isFalse();
    }

    @Test
    void anAddressMatchesItself() {
        assertThat(AddressMatcher.check(SHIPPING, SHIPPING)).isEqualTo(match());
    }

    private static Address with(String line1, String postalCode, String countryCode) {
        return new Address(null, line1, null, "Köln", null, postalCode, countryCode);
    }

    private static AddressCheckResult match() {
        return new AddressCheckResult(AddressCheck.MATCH, List.of());
    }

    private static AddressCheckResult mismatch(String... differences) {
        return new AddressCheckResult(AddressCheck.MISMATCH, List.of(differences));
    }

    private static AddressCheckResult unknown() {
        return new AddressCheckResult(AddressCheck.UNKNOWN, List.of());
    }
}
