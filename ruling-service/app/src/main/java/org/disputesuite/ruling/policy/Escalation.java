package org.disputesuite.ruling.policy;

import java.time.Instant;

import org.disputesuite.dispute.api.Party;

/**
 * Who handed the dispute to platform review, and when.
 *
 * @param by      {@code PLATFORM} when the dispute was still negotiating at {@code auto-escalation-after}
 * @param eventId the id of the dispute.escalated.v1 record
 */
public record Escalation(Party by, Instant at, String eventId) {
}
