package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;

/**
 * R2-CERTIFIED (docs/policy.md, arrived for collection): the buyer filed a pickup certificate (with a
 * document, e.g. the point was closed or refused to hand the parcel over) before the collect-by time
 * the platform asked for: the seller is responsible and the buyer gets what they asked for. A
 * certificate filed at or after that time does not count.
 */
public final class CertifiedRule implements Rule {

    private final PolicySettings settings;

    public CertifiedRule(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public RuleId id() {
        return RuleId.R2_CERTIFIED;
    }

    @Override
    public Optional<Ruling> decide(RulingFacts facts, Instant now) {
        if (facts.disputeCase() != DisputeCase.PICKUP) {
            return Optional.empty();
        }
        return facts.latest(DeadlineType.BUYER_PICKUP).flatMap(pickup -> firstInTime(facts, pickup)
                .map(certificate -> new Ruling(id(), facts.requestedSolution().outcome(), ResponsibleParty.SELLER,
                        List.of(Reasons.askedToCollect(facts, pickup),
                                "The buyer filed a pickup certificate (document " + certificate.documentRef()
                                        + ") at " + certificate.filedAt() + ", before the collect-by time.",
                                Reasons.tracking(facts),
                                Reasons.sellerResponsible("A pickup certificate filed in time shows the parcel could"
                                        + " not be collected", facts.requestedSolution())),
                        facts.restingOn(certificate.eventId()), settings.version(), facts.basedOnVersion())));
    }

    /** The first pickup certificate the buyer filed with a document before the collect-by time. */
    static Optional<FiledEvidence> firstInTime(RulingFacts facts, Deadline pickup) {
        return facts.evidenceOf(Party.BUYER, EvidenceType.PICKUP_CERTIFICATE).stream()
                .filter(certificate -> counts(certificate, pickup))
                .findFirst();
    }

    /** Whether a certificate answers the request to collect by {@code pickup}'s due time. */
    static boolean counts(FiledEvidence certificate, Deadline pickup) {
        return certificate.hasDocument() && certificate.filedBefore(pickup.dueAt());
    }
}
