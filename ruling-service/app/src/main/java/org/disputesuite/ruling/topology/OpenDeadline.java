package org.disputesuite.ruling.topology;

import java.time.Instant;

import org.disputesuite.dispute.api.Party;
import org.disputesuite.ruling.api.DeadlineType;

/** A deadline of one dispute that has neither passed nor been cancelled. */
public record OpenDeadline(String deadlineId, DeadlineType type, Party party, Instant dueAt) {
}
