package org.disputesuite.tracking.delay;

import org.disputesuite.tracking.shipment.model.ParcelId;

/** A shipment whose delay check is due, and the parcel whose lock guards it. */
record DueShipment(String orderId, ParcelId parcel) {
}
