package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;

/**
 * R1-CUSTOMER-DELAY (docs/policy.md, in transit): the wait for a customer-caused delay ended, and
 * the case was chosen again on the tracking at that time. Delivered to the shipping address: the
 * buyer is responsible; still in transit: the seller is. (A pickup or an inconsistent delivery
 * moves the dispute to that case instead, and this rule no longer applies there.)
 */
public final class CustomerDelayRule implements Rule {

    private final PolicySettings settings;

    public CustomerDelayRule(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public RuleId id() {
        return RuleId.R1_CUSTOMER_DELAY;
    }

    @Override
    public Optional<Ruling> decide(RulingFacts facts, Instant now) {
        DisputeCase disputeCase = facts.disputeCase();
        if (disputeCase != DisputeCase.DELIVERED && disputeCase != DisputeCase.IN_TRANSIT) {
            return Optional.empty();
        }
        boolean delivered = disputeCase == DisputeCase.DELIVERED;
        return facts.expired(DeadlineType.CUSTOMER_DELAY).map(waited -> {
            List<FiledEvidence> delays = facts.evidenceOf(Party.SELLER, EvidenceType.CUSTOMER_DELAY);
            FiledEvidence delay = delays.isEmpty() ? null : delays.get(delays.size() - 1);
            String verdict = delivered
                    ? Reasons.buyerResponsible("The parcel was delivered by the end of the wait")
                    : Reasons.sellerResponsible("The parcel was still not delivered at the end of the wait",
                            facts.requestedSolution());
            return new Ruling(id(),
                    delivered ? Outcome.RELEASE_TO_SELLER : facts.requestedSolution().outcome(),
                    delivered ? ResponsibleParty.BUYER : ResponsibleParty.SELLER,
                    List.of(waitInWords(facts, delay, waited), Reasons.tracking(facts), verdict),
                    facts.restingOn(delay == null ? null : delay.eventId(), waited.expiredEventId()),
                    settings.version(), facts.basedOnVersion());
        });
    }

    private String waitInWords(RulingFacts facts, FiledEvidence delay, Deadline waited) {
        if (delay == null) {
            return "The seller showed a delay caused by the buyer; the platform waited until " + waited.dueAt() + ".";
        }
        String shown = "The seller showed a delay caused by the buyer (document " + delay.documentRef()
                + ") and asked to wait until " + delay.delayUntil();
        if (delay.delayUntil() != null && waited.dueAt().isBefore(delay.delayUntil())) {
            return shown + "; the wait was cut to " + waited.dueAt() + ", "
                    + Reasons.inWords(settings.maxCustomerDelay()) + " after the dispute was opened at "
                    + facts.openedAt() + ".";
        }
        return shown + "; that wait ended at " + waited.dueAt() + ".";
    }
}
