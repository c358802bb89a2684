package org.disputesuite.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StreetLineTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # line1                                | street           | house number
            Calle Mayor 5, 2º B                    | cmayor           | 5
            5 Calle Mayor                          | cmayor           | 5
            C/ Mayor nº 5 3ª planta                | cmayor           | 5
            Calle Mayor 5 2 B                      | cmayor           | 5
            Calle Mayor                            | cmayor           |
            Calle Mayor s/n                        | cmayor           |
            Calle Mayor, 28013 Madrid              | cmayor           |
            12, rue de la Paix, 3ème étage         | rpaix            | 12
            Appartement 4, 12 R. de la Paix        | rpaix            | 12
            3e étage, 12 rue de la Paix            | rpaix            | 12
            12 bis Rue de la Paix                  | rpaix            | 12bis
            Hauptstraße 12 a                       | hauptstr         | 12a
            Haupt-Str. 12-14                       | hauptstr         | 12-14
            Müllerstraße 3, 3. OG                  | mullerstr        | 3
            Straße des 17. Juni 135                | str17juni        | 135
            Via Roma 10/A                          | viaroma          | 10a
            Via 4 Novembre 010                     | via4novembre     | 10
            Via della Scala 5, scala B, interno 3  | viascala         | 5
            Rua 1º de Maio, nº 20                  | r1maio           | 20
            Av. Paulista, 1578 - apto 12           | avpaulista       | 1578
            Flat 3, 221B Baker Street              | bakerst          | 221b
            Apt 4 10 Downing St                    | downingst        | 10
            725 5th Ave 3rd Floor                  | 5thav            | 725
            10 N Main St #4                        | nmainst          | 10
            350-5th Ave                            | 5thav            | 350
            建国路88号                              | 建国路            | 88
            """)
    void readsTheStreetAndHouseNumber(String line1, String street, String houseNumber) {
        assertThat(StreetLine.of(new Address(null, line1, null, "Madrid", null, "28013", "ES")))
                .contains(new StreetLine(street, houseNumber));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "MADRID", "28013 Madrid", "Madrid, 28013", "MADRID HUB",
            "Centro de Tratamiento Automatizado", "Apt 4", "2º B", "de la"})
    void aLineWithoutAStreetNamesNone(String line1) {
        assertThat(StreetLine.of(new Address(null, line1, null, "Madrid", null, "28013", "ES"))).isEmpty();
    }

    @Test
    void foldsCaseAccentsAndTheSharpS() {
        assertThat(StreetLine.fold("Île-de-France ÇA")).isEqualTo("ile-de-france ca");
        assertThat(StreetLine.fold("Straße")).isEqualTo(StreetLine.fold("STRASSE"));
        assertThat(StreetLine.fold("Nº 5, 2.º B, Pº")).isEqualTo("no 5, 2° b, po");
        assertThat(StreetLine.fold("Łódź Ørsted Æble")).isEqualTo("lodz orsted aeble");
        assertThat(StreetLine.fold(null)).isEmpty();
    }

    @Test
    void cutsALineIntoWordsNumbersAndParts() {
        assertThat(StreetLine.tokens("C/Mayor, 5-7; 2º B"))
                .isEqualTo(List.of("c", "mayor", ",", "5-7", ",", "2°", "b"));
        assertThat(StreetLine.tokens("V.le Monza 5, R.Augusta")).isEqualTo(List.of("vle", "monza", "5", ",", "r",
                "augusta"));
    }
}
