package org.disputesuite.dispute.rulings;

import java.time.Instant;
import java.util.Optional;

import org.disputesuite.dispute.domain.ApplyRuling;
import org.disputesuite.dispute.domain.PlatformCommand;
import org.disputesuite.dispute.domain.RecordCase;
import org.disputesuite.dispute.domain.RecordDeadlineCancelled;
import org.disputesuite.dispute.domain.RecordDeadlineExpired;
import org.disputesuite.dispute.domain.RecordDeadlineScheduled;
import org.disputesuite.dispute.domain.RecordPlatformRequest;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.ruling.api.RulingEvent.ActionRequested;
import org.disputesuite.ruling.api.RulingEvent.CaseChosen;
import org.disputesuite.ruling.api.RulingEvent.DeadlineCancelled;
import org.disputesuite.ruling.api.RulingEvent.DeadlineExpired;
import org.disputesuite.ruling.api.RulingEvent.DeadlineScheduled;
import org.disputesuite.ruling.api.RulingEvent.ReminderDue;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;

/** Turns a ruling-service event into the command that records it on the dispute. */
final class PlatformDecisions {

    private PlatformDecisions() {
    }

    /**
     * {@code eventId} is the record's ce_id; {@code receivedAt} is when dispute-service took the
     * record up: a ruling takes effect then, and it stands in for a missing occurredAt.
     * Empty for a kind of decision the dispute does not record (yet).
     */
    static Optional<PlatformCommand> commandFor(RulingEvent event, String eventId, Instant receivedAt) {
        Instant at = event.occurredAt() != null ? event.occurredAt() : receivedAt;
        return event.accept(new RulingEvent.Handler<>() {
            @Override
            public Optional<PlatformCommand> caseChosen(CaseChosen chosen) {
                return Optional.of(new RecordCase(chosen.disputeId(), eventId, chosen.disputeCase(), at));
            }

            @Override
            public Optional<PlatformCommand> deadlineScheduled(DeadlineScheduled scheduled) {
                return Optional.of(new RecordDeadlineScheduled(scheduled.disputeId(), eventId, scheduled.deadlineId(),
                        scheduled.type(), scheduled.party() != null ? scheduled.party() : scheduled.type().party(),
                        scheduled.dueAt(), at));
            }

            @Override
            public Optional<PlatformCommand> deadlineCancelled(DeadlineCancelled cancelled) {
                return Optional.of(new RecordDeadlineCancelled(cancelled.disputeId(), eventId,
                        cancelled.deadlineId(), cancelled.type(), cancelled.reason(), at));
            }

            @Override
            public Optional<PlatformCommand> deadlineExpired(DeadlineExpired expired) {
                return Optional.of(new RecordDeadlineExpired(expired.disputeId(), eventId, expired.deadlineId(),
                        expired.type(), expired.dueAt(), at));
            }

            @Override
            public Optional<PlatformCommand> actionRequested(ActionRequested requested) {
                return Optional.of(new RecordPlatformRequest(requested.disputeId(), eventId, requested.requestId(),
                        requested.action(), requested.dueAt(), requested.pickupPoint(), at));
            }

            /** A reminder is for the party who must act; it changes nothing on the dispute. */
            @Override
            public Optional<PlatformCommand> reminderDue(ReminderDue reminder) {
                return Optional.empty();
            }

            @Override
            public Optional<PlatformCommand> rulingIssued(RulingIssued ruling) {
                return Optional.of(new ApplyRuling(ruling.disputeId(), eventId, ruling.rulingId(), ruling.ruleId(),
                        ruling.outcome(), ruling.responsibleParty(), ruling.reasons(), ruling.factEventIds(),
                        ruling.policyVersion(), ruling.basedOnVersion(), at, receivedAt));
            }
        });
    }
}
