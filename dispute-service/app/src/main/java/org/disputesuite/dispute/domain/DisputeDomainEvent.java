package org.disputesuite.dispute.domain;

import java.time.Instant;

/**
 * What the event store keeps for a dispute. These events stay inside dispute-service; the
 * publisher maps them to the integration events of disputes.events.v1, so each event that has one
 * carries the order and parties it names.
 */
public sealed interface DisputeDomainEvent permits DisputeOpened, CaseChanged, DeadlineScheduled,
        DeadlineCancelled, DeadlineExpired, RulingApplied, RulingSuperseded, DisputeResolved {

    String disputeId();

    Instant occurredAt();
}
