package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressMatcher;

/**
 * R1-PROOF-OF-DELIVERY (docs/policy.md, in transit): under platform review, the seller filed a proof
 * of delivery with a document, to an address that matches the order's shipping address: the buyer
 * is responsible.
 */
public final class ProofOfDeliveryRule implements Rule {

    private final PolicySettings settings;

    public ProofOfDeliveryRule(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public RuleId id() {
        return RuleId.R1_PROOF_OF_DELIVERY;
    }

    @Override
    public Optional<Ruling> decide(RulingFacts facts, Instant now) {
        if (!facts.underPlatformReview() || facts.disputeCase() != DisputeCase.IN_TRANSIT) {
            return Optional.empty();
        }
        Escalation escalation = facts.escalation();
        return firstProof(facts).map(proof -> new Ruling(id(), Outcome.RELEASE_TO_SELLER, ResponsibleParty.BUYER,
                List.of(Reasons.escalation(facts, settings), Reasons.tracking(facts),
                        "The seller filed a proof of delivery (document " + proof.documentRef() + ") to "
                                + Reasons.address(proof.address()) + ", which matches the order's shipping address.",
                        Reasons.buyerResponsible("A proof of delivery to the shipping address shows the parcel"
                                + " arrived")),
                facts.restingOn(proof.eventId(), escalation == null ? null : escalation.eventId()),
                settings.version(), facts.basedOnVersion()));
    }

    /** The first proof of delivery the seller filed that proves delivery to the shipping address. */
    static Optional<FiledEvidence> firstProof(RulingFacts facts) {
        return facts.evidenceOf(Party.SELLER, EvidenceType.PROOF_OF_DELIVERY).stream()
                .filter(proof -> proves(proof, facts.shippingAddress()))
                .findFirst();
    }

    private static boolean proves(FiledEvidence proof, Address shippingAddress) {
        return proof.hasDocument() && AddressMatcher.matches(proof.address(), shippingAddress);
    }
}
