package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.tracking.api.ShipmentStatus;

/**
 * R2-COLLECTED (docs/policy.md, arrived for collection): while the parcel waits at a pickup point,
 * the carrier reports it delivered (collected, wherever): nobody is responsible and the order's
 * money goes to the seller. (A delivery reported in the pickup case keeps that case; this rule is
 * asked as soon as it is reported, and only a ruling already issued comes before it.)
 */
public final class CollectedRule implements Rule {

    private final PolicySettings settings;

    public CollectedRule(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public RuleId id() {
        return RuleId.R2_COLLECTED;
    }

    @Override
    public Optional<Ruling> decide(RulingFacts facts, Instant now) {
        if (!collected(facts)) {
            return Optional.empty();
        }
        String collectBy = facts.latest(DeadlineType.BUYER_PICKUP).map(pickup -> " by " + pickup.dueAt())
                .or(() -> Optional.ofNullable(facts.pickupPoint()).map(point -> point.collectBy())
                        .map(at -> " by " + at))
                .orElse("");
        return Optional.of(new Ruling(id(), Outcome.RELEASE_TO_SELLER, ResponsibleParty.NONE,
                List.of("The parcel waited for the buyer at " + Reasons.pickupPoint(facts.pickupPoint())
                                + ", to be collected" + collectBy + "; the carrier reported it collected at "
                                + facts.trackingAt() + ".",
                        Reasons.tracking(facts),
                        Reasons.nobodyResponsible("The buyer has collected the parcel")),
                facts.restingOn(), settings.version(), facts.basedOnVersion()));
    }

    /** Whether the parcel waiting in the pickup case was reported delivered, that is collected. */
    static boolean collected(RulingFacts facts) {
        return facts.disputeCase() == DisputeCase.PICKUP && facts.trackingStatus() == ShipmentStatus.DELIVERED;
    }
}
