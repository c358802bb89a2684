package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;

/**
 * R3-NO-ANSWER (docs/policy.md, inconsistent delivery address): the platform asked the buyer to
 * confirm receipt of a delivery whose address did not check out, and the buyer did not answer within
 * {@code buyer-confirmation-window}: the buyer is responsible. A buyer who answered after the window
 * passed, but before this ruling took effect, is not ruled silent (the answer supersedes it).
 */
public final class NoAnswerRule implements Rule {

    private final PolicySettings settings;

    public NoAnswerRule(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public RuleId id() {
        return RuleId.R3_NO_ANSWER;
    }

    @Override
    public Optional<Ruling> decide(RulingFacts facts, Instant now) {
        if (facts.disputeCase() != DisputeCase.INCONSISTENT_DELIVERY) {
            return Optional.empty();
        }
        return facts.expired(DeadlineType.BUYER_CONFIRMATION)
                .filter(confirmation -> !confirmation.acted())
                .map(passed -> new Ruling(id(), Outcome.RELEASE_TO_SELLER, ResponsibleParty.BUYER,
                        List.of(Reasons.tracking(facts),
                                "The platform asked the buyer to confirm receipt within the buyer confirmation window"
                                        + " of " + Reasons.inWords(settings.buyerConfirmationWindow())
                                        + "; that deadline passed at " + passed.dueAt() + " without an answer.",
                                Reasons.buyerResponsible("A buyer who does not say in time that the parcel is missing"
                                        + " is taken to have received it")),
                        facts.restingOn(passed.expiredEventId()), settings.version(), facts.basedOnVersion()));
    }
}
