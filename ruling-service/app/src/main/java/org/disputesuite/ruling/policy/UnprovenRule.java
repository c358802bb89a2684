package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.tracking.api.AddressMatcher;

/**
 * R1-UNPROVEN (docs/policy.md, in transit): under platform review, with no proof of delivery to the
 * shipping address, the seller is responsible and the buyer gets what they asked for.
 */
public final class UnprovenRule implements Rule {

    private final PolicySettings settings;

    public UnprovenRule(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public RuleId id() {
        return RuleId.R1_UNPROVEN;
    }

    @Override
    public Optional<Ruling> decide(RulingFacts facts, Instant now) {
        if (!facts.underPlatformReview() || facts.disputeCase() != DisputeCase.IN_TRANSIT
                || ProofOfDeliveryRule.firstProof(facts).isPresent()) {
            return Optional.empty();
        }
        List<FiledEvidence> proofs = facts.evidenceOf(Party.SELLER, EvidenceType.PROOF_OF_DELIVERY);
        List<String> reasons = new ArrayList<>();
        reasons.add(Reasons.escalation(facts, settings));
        reasons.add(Reasons.tracking(facts));
        if (proofs.isEmpty()) {
            reasons.add("The seller filed no proof of delivery.");
        }
        List<String> used = new ArrayList<>();
        for (FiledEvidence proof : proofs) {
            reasons.add(whyItProvesNothing(proof, facts));
            used.add(proof.eventId());
        }
        reasons.add(Reasons.sellerResponsible("Nothing proves the parcel was delivered to the shipping address",
                facts.requestedSolution()));
        Escalation escalation = facts.escalation();
        used.add(escalation == null ? null : escalation.eventId());
        return Optional.of(new Ruling(id(), facts.requestedSolution().outcome(), ResponsibleParty.SELLER, reasons,
                facts.restingOn(used.toArray(String[]::new)), settings.version(), facts.basedOnVersion()));
    }

    /** What a proof of delivery lacked: a document, an address that matches the shipping address, or both. */
    private static String whyItProvesNothing(FiledEvidence proof, RulingFacts facts) {
        List<String> lacks = new ArrayList<>();
        if (!proof.hasDocument()) {
            lacks.add("has no document reference");
        }
        if (!AddressMatcher.matches(proof.address(), facts.shippingAddress())) {
            lacks.add("names " + Reasons.address(proof.address()) + ", which does not match the order's shipping"
                    + " address (" + Reasons.address(facts.shippingAddress()) + ")");
        }
        String document = proof.hasDocument() ? " (document " + proof.documentRef() + ")" : "";
        return "The seller's proof of delivery" + document + " " + String.join(" and ", lacks) + ".";
    }
}
