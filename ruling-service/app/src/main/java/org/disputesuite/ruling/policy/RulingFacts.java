package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * What the platform knows about one dispute when it decides.
 *
 * @param status          the dispute's status after the latest dispute event
 * @param deadlines       the dispute's open and expired deadlines, in the order they were scheduled
 * @param evidence        the evidence filed on the dispute, in the order it was filed
 * @param trackingStatus  the shipment's latest status, null when the carrier never reported
 * @param trackingAt      the time of the carrier's latest event, null when none
 * @param addressCheck    the shipment's delivery address check as logistics-tracker published it (against
 *                        the pickup point's address for a collection), null while none was published (a
 *                        delivery then counts as to the shipping address)
 * @param deliveredTo     the delivery address the carrier reported, null when it reported none
 * @param signedBy        who signed for the delivery, as the carrier reported it, null when nobody did
 * @param pickupPoint     the pickup point the parcel waits (or waited) at, with its collect-by time; null
 *                        when it never reached one
 * @param shippingAddress the order's shipping address as the seller registered it, null when unknown
 * @param escalation      who handed the dispute to platform review, null when nobody did
 * @param factEventIds    the events every ruling on these facts rests on: the opening, the tracking
 *                        fact, the buyer's "still not received", the record of a superseded ruling
 * @param basedOnVersion  the highest dispute version these facts include
 */
public record RulingFacts(String disputeId, RequestedSolution requestedSolution, DisputeCase disputeCase,
                          DisputeStatus status, Instant openedAt, List<Deadline> deadlines,
                          List<FiledEvidence> evidence, ShipmentStatus trackingStatus, Instant trackingAt,
                          AddressCheckResult addressCheck, Address deliveredTo, String signedBy,
                          PickupPoint pickupPoint, Address shippingAddress, Escalation escalation,
                          List<String> factEventIds, long basedOnVersion) {

    public RulingFacts {
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        factEventIds = factEventIds == null ? List.of() : List.copyOf(factEventIds);
    }

    /** The latest deadline of this type that passed. */
    public Optional<Deadline> expired(DeadlineType type) {
        Deadline found = null;
        for (Deadline deadline : deadlines) {
            if (deadline.type() == type && deadline.expired()) {
                found = deadline;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The latest deadline of this type, open or passed. */
    public Optional<Deadline> latest(DeadlineType type) {
        Deadline found = null;
        for (Deadline deadline : deadlines) {
            if (deadline.type() == type) {
                found = deadline;
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean underPlatformReview() {
        return status == DisputeStatus.UNDER_PLATFORM_REVIEW;
    }

    /** The evidence of this type that this party filed, in the order it was filed. */
    public List<FiledEvidence> evidenceOf(Party party, EvidenceType type) {
        return evidence.stream().filter(e -> e.party() == party && e.type() == type).toList();
    }

    /** The events a ruling rests on: those of these facts, then {@code more} (nulls and repeats left out). */
    public List<String> restingOn(String... more) {
        List<String> ids = new ArrayList<>();
        factEventIds.forEach(id -> addOnce(ids, id));
        for (String id : more) {
            addOnce(ids, id);
        }
        return ids;
    }

    private static void addOnce(List<String> ids, String id) {
        if (id != null && !ids.contains(id)) {
            ids.add(id);
        }
    }
}
