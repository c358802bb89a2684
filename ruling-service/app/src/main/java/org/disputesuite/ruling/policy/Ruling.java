package org.disputesuite.ruling.policy;

import java.util.List;

import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResponsibleParty;

/** A decision of the platform: which rule, what follows, why, and on which facts. */
public record Ruling(RuleId rule, Outcome outcome, ResponsibleParty responsibleParty, List<String> reasons,
                     List<String> factEventIds, String policyVersion, long basedOnVersion) {

    public Ruling {
        reasons = List.copyOf(reasons);
        factEventIds = List.copyOf(factEventIds);
    }
}
