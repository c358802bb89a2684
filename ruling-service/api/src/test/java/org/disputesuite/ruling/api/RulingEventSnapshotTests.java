package org.disputesuite.ruling.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.testing.JsonSnapshots;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.PickupPoint;
import org.junit.jupiter.api.Test;

/** Freezes the JSON of every record ruling-service publishes on rulings.v1; consumers read the same fixtures. */
class RulingEventSnapshotTests {

    private static final EventCodec<RulingEvent> CODEC = new EventCodec<>(RulingEvent.class, RulingTopics.SOURCE);
    private static final Instant AT = Instant.parse("2026-11-26T10:00:01Z");
    private static final Instant DUE = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void caseChosen() {
        assertSnapshot("ruling.case-chosen.v1", new RulingEvent.CaseChosen("D-1", "ORD-1001", "buyer-17", "seller-3",
                AT, DisputeCase.PICKUP, DisputeCase.IN_TRANSIT, "ce-tracking-1"));
    }

    @Test
    void deadlineScheduled() {
        assertSnapshot("ruling.deadline-scheduled.v1", new RulingEvent.DeadlineScheduled("D-1", "ORD-1001",
                "buyer-17", "seller-3", AT, "deadline-1", DeadlineType.SELLER_RESPONSE, Party.SELLER, DUE,
                "ce-opened-1", "dispute.opened.v1"));
    }

    @Test
    void deadlineCancelled() {
        assertSnapshot("ruling.deadline-cancelled.v1", new RulingEvent.DeadlineCancelled("D-1", "ORD-1001",
                "buyer-17", "seller-3", AT, "deadline-1", DeadlineType.SELLER_RESPONSE, "the dispute was resolved",
                "ce-resolved-1"));
    }

    @Test
    void deadlineExpired() {
        assertSnapshot("ruling.deadline-expired.v1", new RulingEvent.DeadlineExpired("D-1", "ORD-1001", "buyer-17",
                "seller-3", AT, "deadline-1", DeadlineType.SELLER_RESPONSE, DUE));
    }

    @Test
    void rulingIssued() {
        assertSnapshot("ruling.issued.v1", new RulingEvent.RulingIssued("D-1", "ORD-1001", "buyer-17", "seller-3", AT,
                "ruling-1", "R1-SELLER-SILENT", Outcome.REFUND_BUYER, ResponsibleParty.SELLER,
                List.of("The seller did not answer the dispute within the seller response window of 5 days; that"
                        + " deadline passed at 2026-11-26T10:00:00Z."),
                List.of("ce-opened-1", "ce-tracking-1", "ce-expired-1"), "2026-11", 3));
    }

    @Test
    void actionRequested() {
        assertSnapshot("ruling.action-requested.v1", new RulingEvent.ActionRequested("D-1", "ORD-1001", "buyer-17",
                "seller-3", AT, "request-1", RequestedAction.COLLECT_PARCEL, Party.BUYER, DUE, "deadline-2",
                new PickupPoint("PP-77", "Kiosko Sol", new Address(null, "Calle del Sol 3", null, "Madrid", null,
                        "28013", "ES"), DUE), "ce-tracking-2"));
    }

    @Test
    void reminderDue() {
        assertSnapshot("ruling.reminder-due.v1", new RulingEvent.ReminderDue("D-1", "ORD-1001", "buyer-17",
                "seller-3", AT, "deadline-2", DeadlineType.BUYER_PICKUP, Party.BUYER, DUE));
    }

    @Test
    void everyRecordOfTheFamilyHasASnapshot() {
        assertThat(RulingEvent.class.getPermittedSubclasses()).hasSize(7);
    }

    private static void assertSnapshot(String type, RulingEvent event) {
        EventEnvelope envelope = CODEC.encode("ce-1", AT, event.orderId(), event.disputeId(), event);
        assertThat(envelope.type()).isEqualTo(type);
        assertThat(CODEC.decode(envelope)).isEqualTo(event);
        JsonSnapshots.assertMatches(type, envelope.json());
    }
}
