package org.disputesuite.tracking.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.tracking.shipment.model.CarrierReport;

/**
 * Reads one carrier format. A new carrier plugs in as a bean implementing this (most simply
 * {@link OneParcelAdapter}), named by {@code suite.carriers.<code>.adapter}, and is documented in
 * docs/carriers.md.
 */
public interface CarrierAdapter {

    /** The name carriers' configuration refers to. */
    String name();

    /**
     * Why the adapter may skip an event it cannot read, the reason labels of
     * {@code tracking_events_skipped_total}; none for an adapter that refuses such a webhook instead.
     */
    default List<String> skipReasons() {
        return List.of();
    }

    /**
     * Checks that the carrier sent this delivery, with the carrier's secrets and the injected time.
     *
     * @return the delivery's id where the carrier's scheme has one (a second delivery with the same
     *         id has no effect); empty where replays are stopped by the carriers' event ids alone
     * @throws org.disputesuite.platform.web.ApiProblem 401 when it is not authentic or too old
     */
    Optional<String> authenticate(WebhookDelivery delivery, List<String> secrets, Instant now);

    /**
     * Reads the body into normalized events, one report per parcel it tells about: one for most
     * formats (see {@link OneParcelAdapter}), several where a carrier pushes several parcels at once.
     * The reports are recorded together, all or nothing.
     *
     * @throws org.disputesuite.platform.web.ApiProblem 400 naming what does not parse or is missing
     */
    List<CarrierReport> readParcels(WebhookDelivery delivery);
}
