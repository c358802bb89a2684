package org.disputesuite.ruling.query;

import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.decider.AppliedRuling;

/** The ruling that took effect on a dispute, as docs/api.md shows it. */
record RulingResponse(String disputeId, String rulingId, String ruleId, Outcome outcome,
                      ResponsibleParty responsibleParty, List<String> reasons, List<String> factEventIds,
                      String policyVersion, long basedOnVersion, Instant issuedAt) {

    static RulingResponse of(AppliedRuling ruling) {
        return new RulingResponse(ruling.disputeId(), ruling.rulingId(), ruling.ruleId(), ruling.outcome(),
                ruling.responsibleParty(), ruling.reasons(), ruling.factEventIds(), ruling.policyVersion(),
                ruling.basedOnVersion(), ruling.issuedAt());
    }
}
