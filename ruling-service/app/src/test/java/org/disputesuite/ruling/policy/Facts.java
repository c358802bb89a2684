package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.ShipmentStatus;

/** Ruling facts for rule tests: a dispute in transit awaiting the seller, to be changed where a test needs. */
final class Facts {

    static final PolicySettings POLICY = PolicySettings.defaults();
    static final Instant OPENED = Instant.parse("2026-11-21T10:00:00Z");
    static final Instant TRACKED = Instant.parse("2026-11-18T15:20:00Z");
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Address SHIPPING = new Address("Ana Núñez", "12 Rue de la Paix", "Apt 4", "Paris", null, "75002",
            "FR");

    private RequestedSolution requested = RequestedSolution.REFUND;
    private DisputeCase disputeCase = DisputeCase.IN_TRANSIT;
    private DisputeStatus status = DisputeStatus.AWAITING_SELLER_RESPONSE;
    private final List<Deadline> deadlines = new ArrayList<>();
    private final List<FiledEvidence> evidence = new ArrayList<>();
    private ShipmentStatus trackingStatus = ShipmentStatus.IN_TRANSIT;
    private Instant trackingAt = TRACKED;
    private AddressCheck addressCheck;
    private Escalation escalation;

    private Facts() {
    }

    static Facts facts() {
        return new Facts();
    }

    static Deadline expired(DeadlineType type, Instant dueAt, String expiredEventId) {
        return Deadline.scheduled("deadline-" + type, type, dueAt).expiredBy(expiredEventId);
    }

    static Deadline open(DeadlineType type, Instant dueAt) {
        return Deadline.scheduled("deadline-" + type, type, dueAt);
    }

    static FiledEvidence proofOfDelivery(String documentRef, Address address, String eventId) {
        return new FiledEvidence(EvidenceType.PROOF_OF_DELIVERY, Party.SELLER, documentRef, address, null, eventId);
    }

    static FiledEvidence customerDelay(String documentRef, Instant delayUntil, String eventId) {
        return new FiledEvidence(EvidenceType.CUSTOMER_DELAY, Party.SELLER, documentRef, null, delayUntil, eventId);
    }

    Facts requested(RequestedSolution value) {
        requested = value;
        return this;
    }

    Facts inCase(DisputeCase value) {
        disputeCase = value;
        return this;
    }

    Facts status(DisputeStatus value) {
        status = value;
        return this;
    }

    Facts deadline(Deadline value) {
        deadlines.add(value);
        return this;
    }

    Facts evidence(FiledEvidence value) {
        evidence.add(value);
        return this;
    }

    Facts tracking(ShipmentStatus value, Instant at) {
        trackingStatus = value;
        trackingAt = at;
        return this;
    }

    Facts addressCheck(AddressCheck value) {
        addressCheck = value;
        return this;
    }

    /** Under platform review, escalated by {@code by} at {@code at} in the record {@code eventId}. */
    Facts escalatedBy(Party by, Instant at, String eventId) {
        status = DisputeStatus.UNDER_PLATFORM_REVIEW;
        escalation = new Escalation(by, at, eventId);
        return this;
    }

    RulingFacts build() {
        return new RulingFacts("D-1", requested, disputeCase, status, OPENED, deadlines, evidence, trackingStatus,
                trackingAt, addressCheck, SHIPPING, escalation,
                trackingStatus == null ? List.of("opened-1") : List.of("opened-1", "tracking-1"), 7);
    }
}
