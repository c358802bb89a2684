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
import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;

/** Ruling facts for rule tests: a dispute in transit awaiting the seller, to be changed where a test needs. */
final class Facts {

    static final PolicySettings POLICY = PolicySettings.defaults();
    static final Instant OPENED = Instant.parse("2026-11-21T10:00:00Z");
    static final Instant TRACKED = Instant.parse("2026-11-18T15:20:00Z");
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Address SHIPPING = new Address("Ana Núñez", "12 Rue de la Paix", "Apt 4", "Paris", null, "75002",
            "FR");
    /** Next door: where an inconsistent delivery went. */
    static final Address NEIGHBOUR = new Address("M. Martin", "14 Rue de la Paix", null, "Paris", null, "75002", "FR");
    static final Address POINT_ADDRESS = new Address(null, "3 Rue Montorgueil", null, "Paris", null, "75002", "FR");
    /** A pickup point whose collect-by time is {@link #NOW}. */
    static final PickupPoint POINT = new PickupPoint("PP-881", "Relais Montorgueil", POINT_ADDRESS, NOW);

    private RequestedSolution requested = RequestedSolution.REFUND;
    private DisputeCase disputeCase = DisputeCase.IN_TRANSIT;
    private DisputeStatus status = DisputeStatus.AWAITING_SELLER_RESPONSE;
    private final List<Deadline> deadlines = new ArrayList<>();
    private final List<FiledEvidence> evidence = new ArrayList<>();
    private ShipmentStatus trackingStatus = ShipmentStatus.IN_TRANSIT;
    private Instant trackingAt = TRACKED;
    private AddressCheckResult addressCheck;
    private Address deliveredTo;
    private String signedBy;
    private PickupPoint pickupPoint;
    private Escalation escalation;
    private final List<String> factEventIds = new ArrayList<>();

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
        return new FiledEvidence(EvidenceType.PROOF_OF_DELIVERY, Party.SELLER, documentRef, address, null, eventId,
                OPENED);
    }

    static FiledEvidence customerDelay(String documentRef, Instant delayUntil, String eventId) {
        return new FiledEvidence(EvidenceType.CUSTOMER_DELAY, Party.SELLER, documentRef, null, delayUntil, eventId,
                OPENED);
    }

    /** A pickup certificate the buyer filed at {@code filedAt}. */
    static FiledEvidence pickupCertificate(String documentRef, Instant filedAt, String eventId) {
        return new FiledEvidence(EvidenceType.PICKUP_CERTIFICATE, Party.BUYER, documentRef, null, null, eventId,
                filedAt);
    }

    /** A delivery receipt the seller filed at {@code filedAt}, for {@code address}. */
    static FiledEvidence deliveryReceipt(String documentRef, Address address, Instant filedAt, String eventId) {
        return new FiledEvidence(EvidenceType.DELIVERY_RECEIPT, Party.SELLER, documentRef, address, null, eventId,
                filedAt);
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

    Facts addressCheck(AddressCheck value, String... differences) {
        addressCheck = value == null ? null : new AddressCheckResult(value, List.of(differences));
        return this;
    }

    Facts deliveredTo(Address value, String signer) {
        deliveredTo = value;
        signedBy = signer;
        return this;
    }

    Facts pickupPoint(PickupPoint value) {
        pickupPoint = value;
        return this;
    }

    /** One more event every ruling on these facts rests on (after the opening and the tracking fact). */
    Facts restingOn(String eventId) {
        factEventIds.add(eventId);
        return this;
    }

    /** Under platform review, escalated by {@code by} at {@code at} in the record {@code eventId}. */
    Facts escalatedBy(Party by, Instant at, String eventId) {
        status = DisputeStatus.UNDER_PLATFORM_REVIEW;
        escalation = new Escalation(by, at, eventId);
        return this;
    }

    RulingFacts build() {
        List<String> ids = new ArrayList<>(trackingStatus == null ? List.of("opened-1")
                : List.of("opened-1", "tracking-1"));
        ids.addAll(factEventIds);
        return new RulingFacts("D-1", requested, disputeCase, status, OPENED, deadlines, evidence, trackingStatus,
                trackingAt, addressCheck, deliveredTo, signedBy, pickupPoint, SHIPPING, escalation, ids, 7);
    }
}
