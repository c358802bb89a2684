package org.disputesuite.ruling.decider;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeEvent.CaseChanged;
import org.disputesuite.dispute.api.DisputeEvent.DisputeEscalated;
import org.disputesuite.dispute.api.DisputeEvent.DisputeOpened;
import org.disputesuite.dispute.api.DisputeEvent.DisputeResolved;
import org.disputesuite.dispute.api.DisputeEvent.EvidenceAdded;
import org.disputesuite.dispute.api.DisputeEvent.MessagePosted;
import org.disputesuite.dispute.api.DisputeEvent.PlatformRequestRecorded;
import org.disputesuite.dispute.api.DisputeEvent.ProposalAnswered;
import org.disputesuite.dispute.api.DisputeEvent.ReceiptAnswered;
import org.disputesuite.dispute.api.DisputeEvent.RulingApplied;
import org.disputesuite.dispute.api.DisputeEvent.RulingSuperseded;
import org.disputesuite.dispute.api.DisputeEvent.SellerResponded;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.ruling.api.RulingEvent.ActionRequested;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.api.TrackingEvent.TrackingUpdated;

/** The events of one order's story, as dispute-service and logistics-tracker publish them. */
final class Events {

    static final String ORDER = "ORD-1";
    static final String DISPUTE = "D-1";
    static final String BUYER = "buyer-17";
    static final String SELLER = "seller-3";
    static final Instant OPENED = Instant.parse("2026-11-21T10:00:00Z");
    static final Address SHIPPING = new Address("Ana Núñez", "12 Rue de la Paix", "Apt 4", "Paris", null, "75002",
            "FR");
    static final Address PICKUP_POINT_ADDRESS = new Address(null, "3 Rue Montorgueil", null, "Paris", null, "75002",
            "FR");
    /** Another street of the same postal code: a mis-delivery. */
    static final Address NEIGHBOUR = new Address("M. Martin", "14 Rue de la Paix", null, "Paris", null, "75002", "FR");

    private Events() {
    }

    static ShipmentRegistered registered() {
        Instant shipped = OPENED.minus(Duration.ofDays(20));
        return new ShipmentRegistered(ORDER, "LP00012345678CN", "generic", SELLER, BUYER, SHIPPING, shipped,
                OPENED.minus(Duration.ofDays(1)), new Money("23.90", "EUR"), shipped);
    }

    static TrackingUpdated tracked(ShipmentStatus status, Instant at) {
        return tracked(status, at, null, null, null, null);
    }

    /** The carrier's event at {@code at}, received then, with what a delivery or a pickup point brings. */
    static TrackingUpdated tracked(ShipmentStatus status, Instant at, PickupPoint pickupPoint, Address deliveredTo,
            String signedBy, AddressCheckResult addressCheck) {
        return new TrackingUpdated(ORDER, "LP00012345678CN", "generic", "carrier-" + status + "-" + at, status,
                status.name(), null, at, "carrier event", null, status, at, at, pickupPoint, deliveredTo, signedBy,
                addressCheck, SELLER, BUYER);
    }

    static PickupPoint pickupPoint(Instant collectBy) {
        return new PickupPoint("PP-881", "Relais Montorgueil", PICKUP_POINT_ADDRESS, collectBy);
    }

    /** The parcel arrived at the pickup point at {@code at}, to be collected by {@code collectBy}. */
    static TrackingUpdated atPickupPoint(Instant at, Instant collectBy) {
        return tracked(ShipmentStatus.AVAILABLE_FOR_PICKUP, at, pickupPoint(collectBy), null, null, null);
    }

    /** The buyer collected the parcel from the pickup point at {@code at}. */
    static TrackingUpdated collected(Instant at) {
        return tracked(ShipmentStatus.DELIVERED, at, null, PICKUP_POINT_ADDRESS, "A. NUNEZ",
                new AddressCheckResult(AddressCheck.MATCH, List.of()));
    }

    /** The carrier reported the parcel delivered to {@code address} at {@code at}, checked as {@code check}. */
    static TrackingUpdated deliveredTo(Instant at, Address address, AddressCheck check, String... differences) {
        return tracked(ShipmentStatus.DELIVERED, at, null, address, null,
                new AddressCheckResult(check, List.of(differences)));
    }

    static DisputeOpened opened(RequestedSolution solution) {
        return new DisputeOpened(DISPUTE, ORDER, BUYER, SELLER, 1, OPENED, DisputeReason.NOT_RECEIVED, solution,
                "Nothing arrived", new Money("23.90", "EUR"), OPENED.minus(Duration.ofDays(1)), null,
                DisputeStatus.AWAITING_SELLER_RESPONSE);
    }

    /** Opened in the case and status dispute-service chose from the tracking it knew. */
    static DisputeOpened opened(RequestedSolution solution, DisputeCase disputeCase, DisputeStatus status) {
        return new DisputeOpened(DISPUTE, ORDER, BUYER, SELLER, 1, OPENED, DisputeReason.NOT_RECEIVED, solution,
                "Nothing arrived", new Money("23.90", "EUR"), OPENED.minus(Duration.ofDays(1)), disputeCase,
                status);
    }

    static SellerResponded proposed(long version, Instant at) {
        return new SellerResponded(DISPUTE, ORDER, BUYER, SELLER, version, at, SellerAction.PROPOSE,
                new Proposal(ProposedSolution.RESEND, null), DisputeStatus.NEGOTIATING);
    }

    static SellerResponded rejected(long version, Instant at, DisputeStatus status) {
        return new SellerResponded(DISPUTE, ORDER, BUYER, SELLER, version, at, SellerAction.REJECT, null, status);
    }

    static EvidenceAdded evidence(long version, Instant at, Party party, Evidence... evidence) {
        return new EvidenceAdded(DISPUTE, ORDER, BUYER, SELLER, version, at, party, List.of(evidence));
    }

    static Evidence customerDelay(String documentRef, Instant delayUntil) {
        return new Evidence(EvidenceType.CUSTOMER_DELAY, "The buyer asked to hold the parcel", documentRef, OPENED,
                delayUntil, null);
    }

    static Evidence proofOfDelivery(String documentRef, Address address) {
        return new Evidence(EvidenceType.PROOF_OF_DELIVERY, "Signed at the door", documentRef, OPENED, null, address);
    }

    static Evidence pickupCertificate(String documentRef) {
        return new Evidence(EvidenceType.PICKUP_CERTIFICATE, "The point was closed", documentRef, OPENED, null, null);
    }

    static Evidence deliveryReceipt(String documentRef, Address address) {
        return new Evidence(EvidenceType.DELIVERY_RECEIPT, "The carrier's receipt", documentRef, OPENED, null,
                address);
    }

    /** dispute-service recorded the platform's request: its status follows it. */
    static PlatformRequestRecorded requestRecorded(long version, ActionRequested request) {
        DisputeStatus status = switch (request.action()) {
            case COLLECT_PARCEL -> DisputeStatus.AWAITING_BUYER_PICKUP;
            case CONFIRM_RECEIPT -> DisputeStatus.AWAITING_BUYER_CONFIRMATION;
            case PRODUCE_DELIVERY_RECEIPT -> DisputeStatus.AWAITING_DELIVERY_RECEIPT;
        };
        return new PlatformRequestRecorded(DISPUTE, ORDER, BUYER, SELLER, version, request.occurredAt(),
                request.requestId(), request.action(), request.party(), request.dueAt(), request.pickupPoint(),
                status);
    }

    static DisputeEscalated escalated(long version, Instant at, Party by) {
        return new DisputeEscalated(DISPUTE, ORDER, BUYER, SELLER, version, at, by,
                DisputeStatus.UNDER_PLATFORM_REVIEW);
    }

    static ProposalAnswered proposalAnswered(long version, Instant at, boolean accepted, DisputeStatus status) {
        return new ProposalAnswered(DISPUTE, ORDER, BUYER, SELLER, version, at, accepted,
                new Proposal(ProposedSolution.RESEND, null), status);
    }

    static ReceiptAnswered receiptAnswered(long version, Instant at, boolean received, DisputeStatus status) {
        return new ReceiptAnswered(DISPUTE, ORDER, BUYER, SELLER, version, at, received, status);
    }

    static MessagePosted message(long version, Instant at) {
        return new MessagePosted(DISPUTE, ORDER, BUYER, SELLER, version, at, Party.BUYER, "Any news?");
    }

    static CaseChanged caseChanged(long version, Instant at, DisputeCase disputeCase, DisputeCase previous,
            DisputeStatus status) {
        return new CaseChanged(DISPUTE, ORDER, BUYER, SELLER, version, at, disputeCase, previous, status);
    }

    static RulingSuperseded superseded(RulingIssued ruling, long version, Instant at) {
        return new RulingSuperseded(DISPUTE, ORDER, BUYER, SELLER, version, at, ruling.rulingId(), ruling.ruleId(),
                ruling.basedOnVersion(), "an answer reached the dispute after the ruling's version");
    }

    static RulingApplied applied(RulingIssued ruling, long version, Instant at) {
        return new RulingApplied(DISPUTE, ORDER, BUYER, SELLER, version, at, ruling.rulingId(), ruling.ruleId(),
                ruling.outcome(), ruling.responsibleParty(), ruling.reasons(), ruling.factEventIds(),
                ruling.policyVersion(), ruling.basedOnVersion(), ruling.occurredAt());
    }

    static DisputeResolved resolved(long version, Instant at) {
        return new DisputeResolved(DISPUTE, ORDER, BUYER, SELLER, version, at, DisputeStatus.RESOLVED, null, null,
                null, ResolvedBy.AGREEMENT, null, null);
    }
}
