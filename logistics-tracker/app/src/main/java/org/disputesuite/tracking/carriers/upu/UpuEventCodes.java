package org.disputesuite.tracking.carriers.upu;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * The UPU EMSEVT event codes the {@code upu} adapter knows, with what each means in the suite's
 * statuses. A code not listed here is kept raw and read as {@code EXCEPTION}.
 */
final class UpuEventCodes {

    /** The sub-status of an item held by customs, on its way still. */
    static final String CUSTOMS = "CUSTOMS";

    /** What one code means: its status and, where it says more, a sub-status. */
    record Meaning(ShipmentStatus status, String subStatus) {
    }

    private static final Meaning IN_TRANSIT = new Meaning(ShipmentStatus.IN_TRANSIT, null);
    private static final Meaning AT_CUSTOMS = new Meaning(ShipmentStatus.IN_TRANSIT, CUSTOMS);

    private static final Map<String, Meaning> CODES = Map.ofEntries(
            Map.entry("EMA", IN_TRANSIT),   // posting / collection
            Map.entry("EMB", IN_TRANSIT),   // arrival at outward office of exchange
            Map.entry("EMC", IN_TRANSIT),   // departure from outward office of exchange
            Map.entry("EMD", IN_TRANSIT),   // arrival at inward office of exchange
            Map.entry("EME", AT_CUSTOMS),   // handed over to customs
            Map.entry("EMF", IN_TRANSIT),   // departure from inward office of exchange
            Map.entry("EMG", IN_TRANSIT),   // arrival at delivery office
            Map.entry("EMJ", IN_TRANSIT),   // arrival at transit office of exchange
            Map.entry("EMK", IN_TRANSIT),   // departure from transit office of exchange
            Map.entry("EDA", IN_TRANSIT),   // held at inward office of exchange
            Map.entry("EDB", AT_CUSTOMS),   // presented to import customs
            Map.entry("EDC", IN_TRANSIT),   // returned from customs
            Map.entry("EDD", IN_TRANSIT),   // into sorting centre
            Map.entry("EDE", IN_TRANSIT),   // out of sorting centre
            Map.entry("EXA", AT_CUSTOMS),   // presented to export customs
            Map.entry("EXB", AT_CUSTOMS),   // held by export customs
            Map.entry("EXC", IN_TRANSIT),   // returned from export customs
            Map.entry("EXD", IN_TRANSIT),   // held at outward office of exchange
            Map.entry("EDG", new Meaning(ShipmentStatus.OUT_FOR_DELIVERY, null)),
            Map.entry("EDF", new Meaning(ShipmentStatus.AVAILABLE_FOR_PICKUP, null)),   // held at delivery office
            Map.entry("EDH", new Meaning(ShipmentStatus.AVAILABLE_FOR_PICKUP, null)),   // at collection point
            Map.entry("EMH", new Meaning(ShipmentStatus.ATTEMPT_FAILED, null)),
            Map.entry("EMI", new Meaning(ShipmentStatus.DELIVERED, null)),
            Map.entry("EDX", new Meaning(ShipmentStatus.EXCEPTION, null)),
            Map.entry("EXX", new Meaning(ShipmentStatus.EXCEPTION, null)));

    private UpuEventCodes() {
    }

    /** Codes are matched whatever their case and surrounding blanks. */
    static Optional<Meaning> meaningOf(String code) {
        return Optional.ofNullable(CODES.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** Every code listed, for the tests and the docs. */
    static Map<String, Meaning> all() {
        return CODES;
    }
}
