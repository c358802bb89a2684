package org.disputesuite.local.bench;

import java.util.List;
import java.util.Map;

/**
 * How one carrier posts a tracking event to {@code POST /webhooks/carriers/<code>}: its own body
 * format and its own signature scheme (docs/carriers.md, docs/carriers/*.md). The load driver
 * sends every webhook through one, so each carrier adapter's path can be measured.
 */
interface CarrierFormat {

    List<String> CODES = List.of(GenericFormat.CODE, AfterShipFormat.CODE, SeventeenTrackFormat.CODE,
            CainiaoFormat.CODE, UpuFormat.CODE);

    /** The carrier code: the path segment, and {@code <CODE>} in {@code SUITE_CARRIERS_<CODE>_SECRET}. */
    String code();

    /** The body of a webhook carrying this one event, whose text is {@code description}. */
    String body(BenchEvent event, String description);

    /** The headers that sign {@code body} as the carrier does. */
    Map<String, String> signatureHeaders(String secret, BenchEvent event, byte[] body);

    static CarrierFormat named(String code) {
        return switch (code) {
            case GenericFormat.CODE -> new GenericFormat();
            case AfterShipFormat.CODE -> new AfterShipFormat();
            case SeventeenTrackFormat.CODE -> new SeventeenTrackFormat();
            case CainiaoFormat.CODE -> new CainiaoFormat();
            case UpuFormat.CODE -> new UpuFormat();
            default -> throw new IllegalArgumentException("bench.carrier must be one of " + CODES + ", not " + code);
        };
    }
}
