package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.PolicySettings;

/**
 * R4-DELIVERED (docs/policy.md, delivered to the right address): under platform review, tracking
 * shows delivery to the shipping address, so the buyer is responsible whatever evidence was filed.
 */
public final class DeliveredRule implements Rule {

    private final PolicySettings settings;

    public DeliveredRule(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public RuleId id() {
        return RuleId.R4_DELIVERED;
    }

    @Override
    public Optional<Ruling> decide(RulingFacts facts, Instant now) {
        if (!facts.underPlatformReview() || facts.disputeCase() != DisputeCase.DELIVERED) {
            return Optional.empty();
        }
        Escalation escalation = facts.escalation();
        return Optional.of(new Ruling(id(), Outcome.RELEASE_TO_SELLER, ResponsibleParty.BUYER,
                List.of(Reasons.escalation(facts, settings), Reasons.tracking(facts),
                        Reasons.buyerResponsible("Tracking shows the parcel delivered to the order's shipping address,"
                                + " which decides whatever evidence was filed")),
                facts.restingOn(escalation == null ? null : escalation.eventId()), settings.version(),
                facts.basedOnVersion()));
    }
}
