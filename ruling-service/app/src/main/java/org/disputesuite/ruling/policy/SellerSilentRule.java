package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.CaseChoice;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;

/**
 * R1-SELLER-SILENT (docs/policy.md, in transit and delivered): the moment the seller response window
 * passes without an answer, the seller is responsible and the buyer gets what they asked for.
 */
public final class SellerSilentRule implements Rule {

    private final PolicySettings settings;

    public SellerSilentRule(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public RuleId id() {
        return RuleId.R1_SELLER_SILENT;
    }

    @Override
    public Optional<Ruling> decide(RulingFacts facts, Instant now) {
        if (!CaseChoice.sellerWindowRuns(facts.disputeCase())) {
            return Optional.empty();
        }
        return facts.expired(DeadlineType.SELLER_RESPONSE)
                .filter(deadline -> !deadline.acted())
                .map(passed -> new Ruling(id(), facts.requestedSolution().outcome(), ResponsibleParty.SELLER,
                        List.of("The seller did not answer the dispute within the seller response window of "
                                        + Reasons.inWords(settings.sellerResponseWindow()) + "; that deadline passed at "
                                        + passed.dueAt() + ".",
                                Reasons.tracking(facts),
                                "A seller who does not answer in time is responsible; the buyer asked for "
                                        + facts.requestedSolution() + ", so the outcome is "
                                        + facts.requestedSolution().outcome() + "."),
                        facts.restingOn(passed.expiredEventId()), settings.version(), facts.basedOnVersion()));
    }
}
