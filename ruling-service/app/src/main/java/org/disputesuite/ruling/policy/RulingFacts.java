package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * What the platform knows about one dispute when it decides.
 *
 * @param sellerResponseDueAt when the seller's current response window ends, null when none runs
 * @param trackingStatus      the shipment's latest status, null when the carrier never reported
 * @param trackingAt          the time of the carrier's latest event, null when none
 * @param factEventIds        the ids of the events these facts come from
 * @param basedOnVersion      the highest dispute version these facts include
 */
public record RulingFacts(String disputeId, RequestedSolution requestedSolution, DisputeCase disputeCase,
                          boolean closed, boolean sellerAnswered, Instant sellerResponseDueAt,
                          ShipmentStatus trackingStatus, Instant trackingAt, List<String> factEventIds,
                          long basedOnVersion) {

    public RulingFacts {
        factEventIds = List.copyOf(factEventIds);
    }
}
