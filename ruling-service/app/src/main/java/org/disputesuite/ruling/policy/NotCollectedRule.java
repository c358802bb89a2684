package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.ArrayList;
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
 * R2-NOT-COLLECTED (docs/policy.md, arrived for collection): the collect-by time passed, the parcel was
 * not collected and the buyer filed no valid certificate in time: the buyer is responsible. The
 * reasons say why each certificate filed did not count.
 */
public final class NotCollectedRule implements Rule {

    private final PolicySettings settings;

    public NotCollectedRule(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public RuleId id() {
        return RuleId.R2_NOT_COLLECTED;
    }

    @Override
    public Optional<Ruling> decide(RulingFacts facts, Instant now) {
        if (facts.disputeCase() != DisputeCase.PICKUP || CollectedRule.collected(facts)) {
            return Optional.empty();
        }
        return facts.expired(DeadlineType.BUYER_PICKUP)
                .filter(pickup -> CertifiedRule.firstInTime(facts, pickup).isEmpty())
                .map(pickup -> ruling(facts, pickup));
    }

    private Ruling ruling(RulingFacts facts, Deadline pickup) {
        List<String> reasons = new ArrayList<>();
        reasons.add(Reasons.askedToCollect(facts, pickup) + " That time passed without a collection.");
        reasons.add(Reasons.tracking(facts));
        List<String> used = new ArrayList<>();
        for (FiledEvidence certificate : facts.evidenceOf(Party.BUYER, EvidenceType.PICKUP_CERTIFICATE)) {
            reasons.add(whyItDoesNotCount(certificate, pickup));
            used.add(certificate.eventId());
        }
        reasons.add(Reasons.buyerResponsible("The buyer did not collect the parcel by the collect-by time and"
                + " filed no pickup certificate in time"));
        used.add(pickup.expiredEventId());
        return new Ruling(id(), Outcome.RELEASE_TO_SELLER, ResponsibleParty.BUYER, reasons,
                facts.restingOn(used.toArray(String[]::new)), settings.version(), facts.basedOnVersion());
    }

    private static String whyItDoesNotCount(FiledEvidence certificate, Deadline pickup) {
        String document = certificate.hasDocument() ? " (document " + certificate.documentRef() + ")" : "";
        List<String> lacks = new ArrayList<>();
        if (!certificate.hasDocument()) {
            lacks.add("has no document reference");
        }
        if (!certificate.filedBefore(pickup.dueAt())) {
            lacks.add(certificate.filedAt() == null ? "was not filed before the collect-by time"
                    : "was filed at " + certificate.filedAt() + ", not before the collect-by time");
        }
        return "The buyer's pickup certificate" + document + " " + String.join(" and ", lacks)
                + ", so it does not count.";
    }
}
