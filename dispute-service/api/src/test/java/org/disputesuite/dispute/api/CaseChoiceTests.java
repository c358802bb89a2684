package org.disputesuite.dispute.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseChoiceTests {

    @Test
    void choosesInTransitWhenCarrierNeverReported() {
        assertThat(CaseChoice.choose(null, null, null)).isEqualTo(DisputeCase.IN_TRANSIT);
    }

    @ParameterizedTest
    @EnumSource(value = ShipmentStatus.class, names = {"AVAILABLE_FOR_PICKUP", "DELIVERED"}, mode = EnumSource.Mode.EXCLUDE)
    void choosesInTransitForEveryOtherStatus(ShipmentStatus status) {
        assertThat(CaseChoice.choose(status, null, null)).isEqualTo(DisputeCase.IN_TRANSIT);
    }

    @Test
    void choosesPickupWhenParcelWaitsAtPickupPoint() {
        assertThat(CaseChoice.choose(ShipmentStatus.AVAILABLE_FOR_PICKUP, null, DisputeCase.IN_TRANSIT))
                .isEqualTo(DisputeCase.PICKUP);
    }

    @Test
    void choosesDeliveredForDeliveryToMatchingAddress() {
        assertThat(CaseChoice.choose(ShipmentStatus.DELIVERED, AddressCheck.MATCH, null))
                .isEqualTo(DisputeCase.DELIVERED);
    }

    @Test
    void choosesDeliveredWhenNoAddressCheckReachedThisService() {
        assertThat(CaseChoice.choose(ShipmentStatus.DELIVERED, null, DisputeCase.IN_TRANSIT))
                .isEqualTo(DisputeCase.DELIVERED);
    }

    @ParameterizedTest
    @EnumSource(value = AddressCheck.class, names = {"MISMATCH", "UNKNOWN"})
    void choosesInconsistentDeliveryWhenAddressDoesNotMatch(AddressCheck check) {
        assertThat(CaseChoice.choose(ShipmentStatus.DELIVERED, check, null))
                .isEqualTo(DisputeCase.INCONSISTENT_DELIVERY);
    }

    @Test
    void keepsPickupWhenParcelIsCollected() {
        assertThat(CaseChoice.choose(ShipmentStatus.DELIVERED, AddressCheck.MISMATCH, DisputeCase.PICKUP))
                .isEqualTo(DisputeCase.PICKUP);
    }

    @Test
    void runsSellerWindowOnlyInTransitAndDelivered() {
        assertThat(CaseChoice.sellerWindowRuns(DisputeCase.IN_TRANSIT)).isTrue();
        assertThat(CaseChoice.sellerWindowRuns(DisputeCase.DELIVERED)).isTrue();
        assertThat(CaseChoice.sellerWindowRuns(DisputeCase.PICKUP)).isFalse();
        assertThat(CaseChoice.sellerWindowRuns(DisputeCase.INCONSISTENT_DELIVERY)).isFalse();
    }

    @Test
    void countsInTransitAndDeliveredAsOneGroup() {
        assertThat(CaseChoice.leavesSellerWindow(DisputeCase.IN_TRANSIT, DisputeCase.DELIVERED)).isFalse();
        assertThat(CaseChoice.entersSellerWindow(DisputeCase.IN_TRANSIT, DisputeCase.DELIVERED)).isFalse();
        assertThat(CaseChoice.leavesSellerWindow(DisputeCase.DELIVERED, DisputeCase.PICKUP)).isTrue();
        assertThat(CaseChoice.entersSellerWindow(DisputeCase.PICKUP, DisputeCase.IN_TRANSIT)).isTrue();
    }
}
