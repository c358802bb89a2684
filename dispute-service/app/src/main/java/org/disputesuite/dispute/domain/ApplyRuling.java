package org.disputesuite.dispute.domain;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResponsibleParty;

/**
 * {@code basedOnVersion} is the highest dispute version the ruling knew of; {@code issuedAt} is when
 * ruling-service issued it, {@code appliedAt} when dispute-service takes it up.
 */
public record ApplyRuling(@TargetAggregateIdentifier String disputeId, String decisionId, String rulingId,
                          String ruleId, Outcome outcome, ResponsibleParty responsibleParty, List<String> reasons,
                          List<String> factEventIds, String policyVersion, long basedOnVersion,
                          Instant issuedAt, Instant appliedAt) implements PlatformCommand {
}
