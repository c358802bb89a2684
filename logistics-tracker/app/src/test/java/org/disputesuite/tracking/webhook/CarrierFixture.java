package org.disputesuite.tracking.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * What the ingestion contract needs to know of one carrier: how its pushes look (modelled on the
 * carrier's documented samples, docs/carriers/) and how its scheme signs them.
 */
interface CarrierFixture {

    /** The carrier's code, which is also its adapter's name. */
    String code();

    String secret();

    /** The secret being replaced, configured together with {@link #secret()}. */
    String retiringSecret();

    /** A push of these scans of the parcel; the delivery id goes where the format carries it in the body, if it does. */
    String push(String trackingNumber, String deliveryId, List<Scan> scans);

    /** The headers that sign these exact bytes; the delivery id and timestamp go where the scheme's headers carry them. */
    Map<String, String> signatureHeaders(String deliveryId, long timestamp, byte[] body, String secret);

    /** The headers without any of which the scheme refuses a push. */
    List<String> requiredHeaders();

    /** Whether the scheme has a delivery id, seen once only; otherwise only the derived event ids stop replays. */
    boolean remembersDeliveryIds();

    /** Whether the scheme signs a timestamp, refused when more than 5 minutes off. */
    boolean signsTimestamp();

    /** JSON that parses, in another shape than the format's. */
    String otherShape();

    /** The raw status an event of a code the adapter does not know is kept as. */
    String unknownCodeKeptAs();

    /** One event as a test means it, each carrier writing it in its own words. */
    record Scan(Instant at, Kind kind, String text) {

        static Scan at(String instant, Kind kind, String text) {
            return new Scan(Instant.parse(instant), kind, text);
        }
    }

    enum Kind {
        IN_TRANSIT(ShipmentStatus.IN_TRANSIT),
        DELIVERED(ShipmentStatus.DELIVERED),
        /** A code the carrier's adapter does not know. */
        UNKNOWN(ShipmentStatus.EXCEPTION);

        private final ShipmentStatus status;

        Kind(ShipmentStatus status) {
            this.status = status;
        }

        ShipmentStatus status() {
            return status;
        }
    }
}
