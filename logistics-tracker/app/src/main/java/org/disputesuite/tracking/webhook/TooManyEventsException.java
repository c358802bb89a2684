package org.disputesuite.tracking.webhook;

import org.disputesuite.platform.web.PayloadTooLargeException;
import org.disputesuite.tracking.shipment.model.CarrierReport;

/** A webhook with more events than one may carry: answered 413 and counted as too large, like a body over the limit. */
public class TooManyEventsException extends PayloadTooLargeException {

    private final int events;

    public TooManyEventsException(int events) {
        super(CarrierReport.MAX_EVENTS);
        this.events = events;
    }

    @Override
    public String getMessage() {
        return "A webhook may carry at most " + CarrierReport.MAX_EVENTS + " events; this one has " + events
                + ". Send them in several webhooks";
    }
}
