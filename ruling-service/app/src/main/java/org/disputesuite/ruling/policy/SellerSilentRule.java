package org.disputesuite.ruling.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResponsibleParty;

/**
 * R1-SELLER-SILENT (docs/policy.md, in transit and delivered): the moment the seller response window
 * passes without an answer, the seller is responsible and the buyer gets what they asked for.
 */
public final class SellerSilentRule {

    private final PolicySettings settings;

    public SellerSilentRule(PolicySettings settings) {
        this.settings = settings;
    }

    public Optional<Ruling> decide(RulingFacts facts, Instant now) {
        if (facts.closed() || facts.sellerAnswered() || facts.sellerResponseDueAt() == null
                || !CaseChoice.sellerWindowRuns(facts.disputeCase())
                || !DeadlineWindows.isDue(facts.sellerResponseDueAt(), now)) {
            return Optional.empty();
        }
        Outcome outcome = Outcomes.whenSellerResponsible(facts.requestedSolution());
        List<String> reasons = List.of(
                "The seller did not answer the dispute within the seller response window of "
                        + inWords(settings.sellerResponseWindow()) + "; that deadline passed at "
                        + facts.sellerResponseDueAt() + ".",
                trackingReason(facts),
                "A seller who does not answer in time is responsible; the buyer asked for "
                        + facts.requestedSolution() + ", so the outcome is " + outcome + ".");
        return Optional.of(new Ruling(RuleId.R1_SELLER_SILENT, outcome, ResponsibleParty.SELLER, reasons,
                facts.factEventIds(), settings.version(), facts.basedOnVersion()));
    }

    private static String trackingReason(RulingFacts facts) {
        if (facts.trackingStatus() == null) {
            return "The carrier has reported no tracking for this order (case " + facts.disputeCase() + ").";
        }
        return "The latest tracking status is " + facts.trackingStatus() + ", reported by the carrier at "
                + facts.trackingAt() + " (case " + facts.disputeCase() + ").";
    }

    /** A window as people say it: "5 days", "10 seconds", "1 day 12 hours". */
    static String inWords(Duration duration) {
        long seconds = duration.getSeconds();
        long[] sizes = {86_400, 3_600, 60, 1};
        String[] names = {"day", "hour", "minute", "second"};
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            long count = seconds / sizes[i];
            seconds %= sizes[i];
            if (count > 0) {
                if (words.length() > 0) {
                    words.append(' ');
                }
                words.append(count).append(' ').append(names[i]).append(count == 1 ? "" : "s");
            }
        }
        return words.length() == 0 ? duration.toString() : words.toString();
    }
}
