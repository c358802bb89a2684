package org.disputesuite.ruling.decider;

import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResponsibleParty;

/** The ruling that took effect on a dispute (as dispute-service applied it), with its parties for access checks. */
public record AppliedRuling(String disputeId, String orderId, String buyerId, String sellerId, String rulingId,
                            String ruleId, Outcome outcome, ResponsibleParty responsibleParty, List<String> reasons,
                            List<String> factEventIds, String policyVersion, long basedOnVersion, Instant issuedAt) {
}
