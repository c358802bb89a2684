package org.disputesuite.tracking.performance.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The carriers that shipped to one country, best first (docs/api.md, Carrier performance): higher
 * {@code onTimeShare} first, then lower {@code medianTransitDays}, then more shipments; a carrier
 * with nothing delivered yet comes after those with deliveries. Carriers equal on all three are
 * ordered by code, so every carrier has a rank of its own and the order never changes between two
 * reads of the same data. The figures compared are the published, rounded ones.
 */
public final class PerformanceRanking {

    private static final Comparator<CarrierFigures> BEST_FIRST = Comparator
            .comparing(CarrierFigures::onTimeShare, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(CarrierFigures::medianTransitDays, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CarrierFigures::shipments, Comparator.reverseOrder())
            .thenComparing(CarrierFigures::carrier);

    private PerformanceRanking() {
    }

    /** One entry per carrier among the shipments, all of which go to {@code destinationCountry}. */
    public static List<CarrierFigures> rank(String destinationCountry, List<ShipmentOutcome> shipments) {
        Map<String, List<ShipmentOutcome>> byCarrier = new TreeMap<>();
        for (ShipmentOutcome shipment : shipments) {
            byCarrier.computeIfAbsent(shipment.carrier(), carrier -> new ArrayList<>()).add(shipment);
        }
        List<CarrierFigures> unranked = byCarrier.entrySet().stream()
                .map(carrier -> figures(carrier.getKey(), destinationCountry, carrier.getValue()))
                .sorted(BEST_FIRST)
                .toList();
        List<CarrierFigures> ranked = new ArrayList<>(unranked.size());
        for (CarrierFigures figures : unranked) {
            ranked.add(figures.ranked(ranked.size() + 1));
        }
        return List.copyOf(ranked);
    }

    private static CarrierFigures figures(String carrier, String destinationCountry, List<ShipmentOutcome> shipments) {
        List<ShipmentOutcome> delivered = shipments.stream().filter(ShipmentOutcome::delivered).toList();
        List<Duration> transits = delivered.stream().map(ShipmentOutcome::transit).toList();
        long onTime = delivered.stream().filter(ShipmentOutcome::deliveredOnTime).count();
        long disputed = shipments.stream().filter(ShipmentOutcome::disputed).count();
        long sellerResponsible = shipments.stream().filter(ShipmentOutcome::sellerResponsible).count();
        return new CarrierFigures(carrier, destinationCountry, shipments.size(), delivered.size(),
                number(Share.of(delivered.size(), shipments.size())),
                number(TransitDays.median(transits)),
                number(TransitDays.percentile90(transits)),
                number(Share.of(onTime, delivered.size())),
                number(Share.of(disputed, shipments.size())),
                number(Share.of(sellerResponsible, shipments.size())),
                0);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
