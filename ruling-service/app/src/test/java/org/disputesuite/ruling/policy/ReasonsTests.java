package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.PickupPoint;
import org.junit.jupiter.api.Test;

class ReasonsTests {

    @Test
    void namesWindowsInWords() {
        assertThat(Reasons.inWords(Duration.ofDays(5))).isEqualTo("5 days");
        assertThat(Reasons.inWords(Duration.ofSeconds(10))).isEqualTo("10 seconds");
        assertThat(Reasons.inWords(Duration.ofHours(36))).isEqualTo("1 day 12 hours");
        assertThat(Reasons.inWords(Duration.ofMillis(500))).isEqualTo("PT0.5S");
    }

    @Test
    void namesAPickupPointByWhatIsKnownOfIt() {
        Address address = new Address(null, "3 Rue Montorgueil", null, "Paris", null, "75002", "FR");

        assertThat(Reasons.pickupPoint(new PickupPoint("PP-881", "Relais Montorgueil", address, null)))
                .isEqualTo("Relais Montorgueil (3 Rue Montorgueil, 75002 Paris, FR)");
        assertThat(Reasons.pickupPoint(new PickupPoint("PP-881", null, null, null))).isEqualTo("pickup point PP-881");
        assertThat(Reasons.pickupPoint(new PickupPoint(null, " ", null, null))).isEqualTo("a pickup point");
        assertThat(Reasons.pickupPoint(null)).isEqualTo("a pickup point the carrier did not name");
    }

    @Test
    void writesAnAddressLeavingOutWhatIsMissing() {
        assertThat(Reasons.address(new Address("Ana", "12 Rue de la Paix", "Apt 4", "Paris", null, "75002", "FR")))
                .isEqualTo("12 Rue de la Paix, 75002 Paris, FR");
        assertThat(Reasons.address(new Address(null, null, null, "Paris", null, null, "FR"))).isEqualTo("Paris, FR");
        assertThat(Reasons.address(null)).isEqualTo("no address");
    }
}
