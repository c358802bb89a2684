package org.disputesuite.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Real addresses from several countries, each pair with the check's result, the fields it names and
 * why (address-check-examples.csv). An address is written {@code line1 ; postalCode ; city ;
 * countryCode [; line2 [; name]]}, an empty field being absent.
 */
class AddressCheckExamplesTests {

    @ParameterizedTest(name = "{4}: {0} against {1}")
    @CsvFileSource(resources = "/address-check-examples.csv", delimiter = '|', quoteCharacter = '"')
    void checksAddressesFromManyCountries(String reported, String expected, AddressCheck result, String differences,
                                          String why) {
        AddressCheckResult check = AddressMatcher.check(address(reported), address(expected));

        assertThat(check.result()).as(why).isEqualTo(result);
        assertThat(check.differences()).as(why).isEqualTo(differences == null ? List.of()
                : Arrays.asList(differences.trim().split("\\s+")));
    }

    /** {@code line1 ; postalCode ; city ; countryCode [; line2 [; name]]}. */
    static Address address(String written) {
        String[] fields = Arrays.stream(written.split(";", -1)).map(String::strip)
                .map(field -> field.isEmpty() ? null : field).toArray(String[]::new);
        return new Address(field(fields, 5), fields[0], field(fields, 4), fields[2], null, fields[1], fields[3]);
    }

    private static String field(String[] fields, int index) {
        return index < fields.length ? fields[index] : null;
    }
}
