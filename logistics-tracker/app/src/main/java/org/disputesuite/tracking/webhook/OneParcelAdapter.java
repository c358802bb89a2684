package org.disputesuite.tracking.webhook;

import java.util.List;

import org.disputesuite.tracking.shipment.model.CarrierReport;

/** A carrier format whose every push tells about one parcel, as most carriers' formats do. */
public interface OneParcelAdapter extends CarrierAdapter {

    /**
     * Reads the body into normalized events of one parcel.
     *
     * @throws org.disputesuite.platform.web.ApiProblem 400 naming what does not parse or is missing
     */
    CarrierReport read(WebhookDelivery delivery);

    @Override
    default List<CarrierReport> readParcels(WebhookDelivery delivery) {
        return List.of(read(delivery));
    }
}
