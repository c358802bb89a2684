package org.disputesuite.tracking.performance.model;

/**
 * One carrier's figures for one destination country, as {@code GET /api/v1/carriers/performance}
 * answers them (docs/api.md, Carrier performance). Shares run from 0 to 1 with four decimals,
 * transit times are days with one decimal; the transit times and {@code onTimeShare} are null while
 * none of the carrier's shipments was delivered.
 */
public record CarrierFigures(String carrier, String destinationCountry, int shipments, int delivered,
                             Double deliveredShare, Double medianTransitDays, Double p90TransitDays,
                             Double onTimeShare, Double disputeShare, Double sellerResponsibleShare, int rank) {

    CarrierFigures ranked(int place) {
        return new CarrierFigures(carrier, destinationCountry, shipments, delivered, deliveredShare,
                medianTransitDays, p90TransitDays, onTimeShare, disputeShare, sellerResponsibleShare, place);
    }
}
