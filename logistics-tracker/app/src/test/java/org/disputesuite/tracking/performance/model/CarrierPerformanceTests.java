package org.disputesuite.tracking.performance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Carrier figures and ranking on hand-computed shipments (docs/api.md, Carrier performance). */
class CarrierPerformanceTests {

    private static final Instant SHIPPED = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant PROMISED = SHIPPED.plus(Duration.ofDays(4));

    @Test
    void takesTheMiddleValueOfAnOddCountAndTheMeanOfTheTwoMiddleOnesOfAnEvenCount() {
        assertThat(TransitDays.median(days(3, 1, 2))).isEqualByComparingTo("2.0");
        assertThat(TransitDays.median(days(4, 1, 3, 2))).isEqualByComparingTo("2.5");
        assertThat(TransitDays.median(List.of(Duration.ofDays(1), Duration.ofHours(27)))).isEqualByComparingTo("1.1");
        assertThat(TransitDays.median(days(7))).isEqualByComparingTo("7.0");
        assertThat(TransitDays.median(List.of())).isNull();
    }

    @Test
    void takesThe90thPercentileByNearestRank() {
        assertThat(TransitDays.percentile90(days(IntStream.rangeClosed(1, 10).toArray())))
                .isEqualByComparingTo("9.0");
        assertThat(TransitDays.percentile90(days(IntStream.rangeClosed(1, 11).toArray())))
                .isEqualByComparingTo("10.0");
        assertThat(TransitDays.percentile90(days(IntStream.rangeClosed(1, 20).toArray())))
                .isEqualByComparingTo("18.0");
        assertThat(TransitDays.percentile90(days(5, 2))).isEqualByComparingTo("5.0");
        assertThat(TransitDays.percentile90(days(6))).isEqualByComparingTo("6.0");
        assertThat(TransitDays.percentile90(List.of())).isNull();
    }

    @Test
    void givesTransitDaysWithOneDecimalRoundedHalfUp() {
        assertThat(TransitDays.median(List.of(Duration.ofHours(36)))).isEqualByComparingTo("1.5");
        assertThat(TransitDays.median(List.of(Duration.ofHours(26)))).isEqualByComparingTo("1.1");
        assertThat(TransitDays.median(List.of(Duration.ofHours(25)))).isEqualByComparingTo("1.0");
        assertThat(TransitDays.median(List.of(Duration.ofMinutes(25 * 60 + 12)))).isEqualByComparingTo("1.1");
        assertThat(TransitDays.median(List.of(Duration.ofMinutes(25 * 60 + 11)))).isEqualByComparingTo("1.0");
        assertThat(TransitDays.median(List.of(Duration.ofHours(25)))).hasScaleOf(1);
    }

    @Test
    void givesSharesWithFourDecimalsRoundedHalfUp() {
        assertThat(Share.of(2, 3)).isEqualTo(new BigDecimal("0.6667"));
        assertThat(Share.of(1, 8)).isEqualTo(new BigDecimal("0.1250"));
        assertThat(Share.of(1, 16)).isEqualTo(new BigDecimal("0.0625"));
        assertThat(Share.of(1, 32)).isEqualTo(new BigDecimal("0.0313"));
        assertThat(Share.of(0, 0)).isNull();
    }

    @Test
    void countsOneCarriersShipmentsDeliveriesDisputesAndRulings() {
        List<ShipmentOutcome> shipments = new ArrayList<>();
        shipments.add(deliveredAfter("alpha", Duration.ofDays(1), true, false));
        shipments.add(deliveredAfter("alpha", Duration.ofDays(2), false, false));
        shipments.add(deliveredAfter("alpha", Duration.ofDays(3), false, false));
        shipments.add(deliveredAfter("alpha", Duration.ofDays(4), true, true));
        shipments.add(deliveredAfter("alpha", Duration.ofDays(10), true, true));
        shipments.add(notDelivered("alpha", true, false));

        CarrierFigures alpha = PerformanceRanking.rank("PT", shipments).get(0);

        assertThat(alpha).isEqualTo(new CarrierFigures("alpha", "PT", 6, 5, 0.8333, 3.0, 10.0, 0.8, 0.6667, 0.3333,
                1));
    }

    @Test
    void leavesTransitTimesAndOnTimeShareOutWhileNothingWasDelivered() {
        CarrierFigures waiting = PerformanceRanking.rank("PT", List.of(notDelivered("waiting", true, false),
                notDelivered("waiting", false, false))).get(0);

        assertThat(waiting).isEqualTo(new CarrierFigures("waiting", "PT", 2, 0, 0.0, null, null, null, 0.5, 0.0, 1));
    }

    @Test
    void countsADeliveryDatedBeforeTheShippingTimeAsNoTransitAtAll() {
        ShipmentOutcome early = new ShipmentOutcome("early", SHIPPED, PROMISED, SHIPPED.minus(Duration.ofHours(5)),
                false, false);

        assertThat(early.transit()).isZero();
        assertThat(PerformanceRanking.rank("PT", List.of(early)).get(0).medianTransitDays()).isEqualTo(0.0);
        assertThatThrownBy(() -> notDelivered("waiting", false, false).transit())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void countsADeliveryAtThePromisedInstantAsOnTimeAndOneAMillisecondLaterAsLate() {
        List<ShipmentOutcome> shipments = List.of(
                deliveredAfter("edge", Duration.ofDays(4), false, false),
                deliveredAfter("edge", Duration.ofDays(4).plusMillis(1), false, false));

        assertThat(shipments).extracting(ShipmentOutcome::deliveredOnTime).containsExactly(true, false);
        assertThat(PerformanceRanking.rank("PT", shipments).get(0).onTimeShare()).isEqualTo(0.5);
    }

    @Test
    void ranksByOnTimeShareThenMedianTransitThenShipmentsThenCode() {
        List<ShipmentOutcome> shipments = new ArrayList<>();
        // slow: always on time, median 3.0
        shipments.add(deliveredAfter("slow", Duration.ofDays(3), false, false));
        // fast: always on time, median 1.0
        shipments.add(deliveredAfter("fast", Duration.ofDays(1), false, false));
        // late: half on time, median 1.0 (1 day and 5 days), yet after every carrier always on time
        shipments.add(deliveredAfter("late", Duration.ofDays(1), false, false));
        shipments.add(deliveredAfter("late", Duration.ofDays(5), false, false));
        // busy and quiet: as on time and as fast as fast; busy shipped more, so it comes before quiet and fast
        shipments.add(deliveredAfter("busy", Duration.ofDays(1), false, false));
        shipments.add(deliveredAfter("busy", Duration.ofDays(1), false, false));
        shipments.add(notDelivered("busy", false, false));
        shipments.add(deliveredAfter("quiet", Duration.ofDays(1), false, false));
        // none: nothing delivered, three shipments; last however many it shipped
        shipments.add(notDelivered("none", false, false));
        shipments.add(notDelivered("none", false, false));
        shipments.add(notDelivered("none", false, false));

        List<CarrierFigures> ranking = PerformanceRanking.rank("PT", shipments);

        assertThat(ranking).extracting(CarrierFigures::carrier)
                .containsExactly("busy", "fast", "quiet", "slow", "late", "none");
        assertThat(ranking).extracting(CarrierFigures::rank).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ranking).extracting(CarrierFigures::destinationCountry).containsOnly("PT");
    }

    @Test
    void ranksOnThePublishedRoundedShares() {
        List<ShipmentOutcome> shipments = new ArrayList<>();
        // 2 of 3 on time (0.66667) and 6667 of 10000 (0.6667) publish the same share; the faster one wins
        for (int i = 0; i < 3; i++) {
            shipments.add(deliveredAfter("thirds", Duration.ofDays(i < 2 ? 2 : 5), false, false));
        }
        for (int i = 0; i < 10000; i++) {
            shipments.add(deliveredAfter("many", Duration.ofDays(i < 6667 ? 1 : 5), false, false));
        }

        List<CarrierFigures> ranking = PerformanceRanking.rank("PT", shipments);

        assertThat(ranking).extracting(CarrierFigures::onTimeShare).containsExactly(0.6667, 0.6667);
        assertThat(ranking).extracting(CarrierFigures::carrier).containsExactly("many", "thirds");
    }

    @Test
    void answersNoCarrierForNoShipment() {
        assertThat(PerformanceRanking.rank("PT", List.of())).isEmpty();
    }

    private static List<Duration> days(int... days) {
        return IntStream.of(days).mapToObj(Duration::ofDays).toList();
    }

    private static ShipmentOutcome deliveredAfter(String carrier, Duration transit, boolean disputed,
                                                  boolean sellerResponsible) {
        return new ShipmentOutcome(carrier, SHIPPED, PROMISED, SHIPPED.plus(transit), disputed, sellerResponsible);
    }

    private static ShipmentOutcome notDelivered(String carrier, boolean disputed, boolean sellerResponsible) {
        return new ShipmentOutcome(carrier, SHIPPED, PROMISED, null, disputed, sellerResponsible);
    }
}
