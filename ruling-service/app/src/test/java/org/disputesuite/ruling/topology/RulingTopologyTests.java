package org.disputesuite.ruling.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.topology.RulingTopologyFixture.BUYER;
import static org.disputesuite.ruling.topology.RulingTopologyFixture.SELLER;
import static org.disputesuite.ruling.topology.RulingTopologyFixture.START;
import static org.disputesuite.ruling.topology.RulingTopologyFixture.applied;
import static org.disputesuite.ruling.topology.RulingTopologyFixture.escalated;
import static org.disputesuite.ruling.topology.RulingTopologyFixture.headers;
import static org.disputesuite.ruling.topology.RulingTopologyFixture.opened;
import static org.disputesuite.ruling.topology.RulingTopologyFixture.proposed;
import static org.disputesuite.ruling.topology.RulingTopologyFixture.registered;
import static org.disputesuite.ruling.topology.RulingTopologyFixture.resolved;
import static org.disputesuite.ruling.topology.RulingTopologyFixture.superseded;
import static org.disputesuite.ruling.topology.RulingTopologyFixture.tracked;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeEvent.DisputeOpened;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent.ActionRequested;
import org.disputesuite.ruling.api.RulingEvent.CaseChosen;
import org.disputesuite.ruling.api.RulingEvent.DeadlineCancelled;
import org.disputesuite.ruling.api.RulingEvent.DeadlineExpired;
import org.disputesuite.ruling.api.RulingEvent.DeadlineScheduled;
import org.disputesuite.ruling.api.RulingEvent.ReminderDue;
import org.disputesuite.ruling.api.RulingEvent.RulingIssued;
import org.disputesuite.ruling.api.RulingTopics;
import org.disputesuite.ruling.decider.AppliedRuling;
import org.disputesuite.ruling.decider.DeadlineEntry;
import org.disputesuite.ruling.decider.DisputeFacts;
import org.disputesuite.ruling.decider.OrderState;
import org.disputesuite.ruling.topology.RulingTopologyFixture.Published;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RulingTopologyTests {

    private static final Duration WINDOW = Duration.ofDays(5);

    private final RulingTopologyFixture fixture = new RulingTopologyFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void rulesSellerSilentWhenResponseWindowPasses() {
        fixture.pipe(registered("ORD-1"));
        Instant inTransitAt = START.minus(Duration.ofDays(3));
        String trackingId = fixture.pipe(tracked("ORD-1", ShipmentStatus.IN_TRANSIT, inTransitAt));
        String openedId = fixture.pipe(opened("ORD-1", "D-1", START, RequestedSolution.REFUND));

        List<Published> onOpening = fixture.published();
        assertThat(onOpening).extracting(p -> p.envelope().type())
                .containsExactly(CaseChosen.TYPE, DeadlineScheduled.TYPE);
        CaseChosen chosen = onOpening.get(0).as(CaseChosen.class);
        assertThat(chosen.disputeCase()).isEqualTo(DisputeCase.IN_TRANSIT);
        assertThat(chosen.previousCase()).isNull();
        assertThat(chosen.causeEventId()).isEqualTo(openedId);
        DeadlineScheduled scheduled = onOpening.get(1).as(DeadlineScheduled.class);
        assertThat(scheduled.type()).isEqualTo(DeadlineType.SELLER_RESPONSE);
        assertThat(scheduled.party()).isEqualTo(Party.SELLER);
        assertThat(scheduled.dueAt()).isEqualTo(START.plus(WINDOW));
        assertThat(scheduled.causeEventId()).isEqualTo(openedId);
        assertThat(scheduled.causeEventType()).isEqualTo(DisputeOpened.TYPE);
        assertThat(onOpening).allSatisfy(p -> {
            assertThat(p.envelope().source()).isEqualTo(RulingTopics.SOURCE);
            assertThat(p.envelope().key()).isEqualTo("ORD-1");
            assertThat(p.envelope().subject()).isEqualTo("D-1");
        });

        fixture.advance(WINDOW.minusSeconds(2));
        assertThat(fixture.published()).extracting(p -> p.envelope().type()).as("the seller is reminded only")
                .containsExactly(ReminderDue.TYPE);

        fixture.advance(Duration.ofSeconds(3));
        List<Published> onExpiry = fixture.published();
        assertThat(onExpiry).extracting(p -> p.envelope().type())
                .containsExactly(DeadlineExpired.TYPE, RulingIssued.TYPE);
        DeadlineExpired expired = onExpiry.get(0).as(DeadlineExpired.class);
        assertThat(expired.deadlineId()).isEqualTo(scheduled.deadlineId());
        assertThat(expired.dueAt()).isEqualTo(scheduled.dueAt());
        RulingIssued ruling = onExpiry.get(1).as(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R1-SELLER-SILENT");
        assertThat(ruling.outcome()).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(ruling.policyVersion()).isEqualTo(RulingTopologyFixture.POLICY.version());
        assertThat(ruling.basedOnVersion()).isEqualTo(1);
        assertThat(ruling.buyerId()).isEqualTo(BUYER);
        assertThat(ruling.sellerId()).isEqualTo(SELLER);
        assertThat(ruling.factEventIds()).containsExactly(openedId, trackingId, onExpiry.get(0).envelope().id());
        assertThat(String.join(" ", ruling.reasons()))
                .contains("5 days", START.plus(WINDOW).toString(), "IN_TRANSIT", inTransitAt.toString(), "REFUND");
        assertThat(fixture.metrics.rulings).containsExactly("R1-SELLER-SILENT");
        assertThat(fixture.metrics.expiryDelays).singleElement()
                .satisfies(delay -> assertThat(delay).isBetween(Duration.ZERO, Duration.ofSeconds(2)));
        assertThat(fixture.openDeadlineCount()).isZero();

        fixture.advance(WINDOW);
        assertThat(fixture.published()).isEmpty();
    }

    @Test
    void drivesAutoEscalationToARulingThroughTheTopology() {
        Duration autoEscalation = RulingTopologyFixture.POLICY.autoEscalationAfter();
        String trackingId = fixture.pipe(tracked("ORD-E", ShipmentStatus.IN_TRANSIT, START.minus(Duration.ofDays(2))));
        String openedId = fixture.pipe(opened("ORD-E", "D-E", START, RequestedSolution.REFUND));
        fixture.published();

        String proposedId = fixture.pipe(proposed("ORD-E", "D-E", 2, START.plus(Duration.ofDays(1))));
        List<Published> onProposal = fixture.published();
        assertThat(onProposal).extracting(p -> p.envelope().type())
                .containsExactly(DeadlineCancelled.TYPE, DeadlineScheduled.TYPE);
        DeadlineScheduled escalation = onProposal.get(1).as(DeadlineScheduled.class);
        assertThat(escalation.type()).isEqualTo(DeadlineType.AUTO_ESCALATION);
        assertThat(escalation.party()).isEqualTo(Party.PLATFORM);
        assertThat(escalation.dueAt()).isEqualTo(START.plus(autoEscalation));
        assertThat(escalation.causeEventId()).isEqualTo(proposedId);

        fixture.advance(autoEscalation.plusSeconds(1));
        List<Published> onExpiry = fixture.published();
        assertThat(onExpiry).extracting(p -> p.envelope().type()).containsExactly(DeadlineExpired.TYPE);
        assertThat(onExpiry.get(0).as(DeadlineExpired.class).type()).isEqualTo(DeadlineType.AUTO_ESCALATION);
        assertThat(fixture.openDeadlineCount()).isZero();

        Instant escalatedAt = START.plus(autoEscalation).plusSeconds(2);
        String escalatedId = fixture.pipe(escalated("ORD-E", "D-E", 3, escalatedAt, Party.PLATFORM));
        List<Published> onEscalation = fixture.published();
        assertThat(onEscalation).extracting(p -> p.envelope().type()).containsExactly(RulingIssued.TYPE);
        RulingIssued ruling = onEscalation.get(0).as(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R1-UNPROVEN");
        assertThat(ruling.outcome()).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(ruling.basedOnVersion()).isEqualTo(3);
        assertThat(ruling.factEventIds()).containsExactly(openedId, trackingId, escalatedId);
        assertThat(String.join(" ", ruling.reasons())).contains("platform", escalatedAt.toString());
        assertThat(fixture.metrics.rulings).containsExactly("R1-UNPROVEN");
        assertThat(fixture.orderStore().get("ORD-E").dispute().escalation().by()).isEqualTo(Party.PLATFORM);
    }

    @Test
    void ordersResendWhenBuyerAskedForItAndCarrierNeverReported() {
        fixture.pipe(opened("ORD-2", "D-2", START, RequestedSolution.RESEND));
        fixture.published();

        fixture.advance(WINDOW.plusSeconds(1));

        RulingIssued ruling = fixture.published().get(1).as(RulingIssued.class);
        assertThat(ruling.outcome()).isEqualTo(Outcome.RESEND);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(String.join(" ", ruling.reasons())).contains("no tracking");
    }

    @Test
    void ignoresRedeliveredRecord() {
        DisputeOpened opened = opened("ORD-3", "D-3", START, RequestedSolution.REFUND);
        fixture.pipe("ce-opened-3", opened);
        assertThat(fixture.published()).hasSize(2);

        fixture.pipe("ce-opened-3", opened);
        assertThat(fixture.published()).isEmpty();

        fixture.advance(WINDOW.plusSeconds(1));
        assertThat(fixture.published()).extracting(p -> p.envelope().type())
                .containsExactly(DeadlineExpired.TYPE, RulingIssued.TYPE);
    }

    @Test
    void decidesAgainOnNewerVersionWhenRulingSuperseded() {
        fixture.pipe(opened("ORD-4", "D-4", START, RequestedSolution.REFUND));
        fixture.advance(WINDOW.plusSeconds(1));
        Published firstRecord = fixture.published().get(3);
        RulingIssued first = firstRecord.as(RulingIssued.class);

        String supersededId = fixture.pipe(superseded(first, 4));

        List<Published> again = fixture.published();
        assertThat(again).extracting(p -> p.envelope().type()).containsExactly(RulingIssued.TYPE);
        RulingIssued second = again.get(0).as(RulingIssued.class);
        assertThat(second.rulingId()).isNotEqualTo(first.rulingId());
        assertThat(again.get(0).envelope().id()).isNotEqualTo(firstRecord.envelope().id());
        assertThat(second.basedOnVersion()).isEqualTo(4);
        assertThat(second.ruleId()).isEqualTo("R1-SELLER-SILENT");
        assertThat(second.factEventIds()).contains(supersededId);

        fixture.pipe(superseded(first, 4));
        assertThat(fixture.published()).isEmpty();
    }

    @Test
    void keepsTheRulingThatTookEffect() {
        fixture.pipe(opened("ORD-5", "D-5", START, RequestedSolution.REFUND));
        fixture.advance(WINDOW.plusSeconds(1));
        RulingIssued ruling = fixture.published().get(3).as(RulingIssued.class);

        fixture.pipe(applied(ruling, 5));

        assertThat(fixture.disputeOrderStore().get("D-5")).isEqualTo("ORD-5");
        AppliedRuling stored = fixture.appliedRulingStore().get("ORD-5");
        assertThat(stored.disputeId()).isEqualTo("D-5");
        assertThat(stored.rulingId()).isEqualTo(ruling.rulingId());
        assertThat(stored.buyerId()).isEqualTo(BUYER);
        assertThat(stored.sellerId()).isEqualTo(SELLER);
        assertThat(stored.reasons()).isEqualTo(ruling.reasons());
        assertThat(stored.basedOnVersion()).isEqualTo(1);
        assertThat(fixture.published()).isEmpty();
    }

    @Test
    void cancelsOpenDeadlinesWhenResolved() {
        fixture.pipe(opened("ORD-6", "D-6", START, RequestedSolution.REFUND));
        DeadlineScheduled scheduled = fixture.published().get(1).as(DeadlineScheduled.class);

        String resolvedId = fixture.pipe(resolved("ORD-6", "D-6", 3, START.plus(Duration.ofDays(1))));

        List<Published> onResolution = fixture.published();
        assertThat(onResolution).extracting(p -> p.envelope().type()).containsExactly(DeadlineCancelled.TYPE);
        DeadlineCancelled cancelled = onResolution.get(0).as(DeadlineCancelled.class);
        assertThat(cancelled.deadlineId()).isEqualTo(scheduled.deadlineId());
        assertThat(cancelled.type()).isEqualTo(DeadlineType.SELLER_RESPONSE);
        assertThat(cancelled.reason()).contains("resolved");
        assertThat(cancelled.causeEventId()).isEqualTo(resolvedId);

        fixture.advance(WINDOW.multipliedBy(2));
        assertThat(fixture.published()).isEmpty();
        assertThat(fixture.openDeadlineCount()).isZero();
    }

    @Test
    void rechoosesCaseWhenTrackingChangesWhileDisputeIsOpen() {
        fixture.pipe(tracked("ORD-7", ShipmentStatus.IN_TRANSIT, START.minus(Duration.ofDays(4))));
        fixture.pipe(opened("ORD-7", "D-7", START, RequestedSolution.REFUND));
        fixture.published();

        String deliveredId = fixture.pipe(tracked("ORD-7", ShipmentStatus.DELIVERED, START.plusSeconds(60)));
        List<Published> onDelivery = fixture.published();
        assertThat(onDelivery).extracting(p -> p.envelope().type()).containsExactly(CaseChosen.TYPE);
        CaseChosen delivered = onDelivery.get(0).as(CaseChosen.class);
        assertThat(delivered.disputeCase()).isEqualTo(DisputeCase.DELIVERED);
        assertThat(delivered.previousCase()).isEqualTo(DisputeCase.IN_TRANSIT);
        assertThat(delivered.causeEventId()).isEqualTo(deliveredId);

        fixture.pipe(tracked("ORD-7", ShipmentStatus.DELIVERED, START.plusSeconds(90)));
        assertThat(fixture.published()).isEmpty();

        fixture.advance(WINDOW.plusSeconds(1));
        RulingIssued ruling = fixture.published().get(1).as(RulingIssued.class);
        assertThat(String.join(" ", ruling.reasons())).contains("DELIVERED");
    }

    @Test
    void leavesSellerWindowWhenParcelReachesPickupPoint() {
        fixture.pipe(opened("ORD-8", "D-8", START, RequestedSolution.REFUND));
        fixture.published();

        fixture.pipe(tracked("ORD-8", ShipmentStatus.AVAILABLE_FOR_PICKUP, START.plusSeconds(60)));

        List<Published> onPickup = fixture.published();
        assertThat(onPickup).extracting(p -> p.envelope().type())
                .containsExactly(CaseChosen.TYPE, DeadlineCancelled.TYPE, ActionRequested.TYPE,
                        DeadlineScheduled.TYPE);
        assertThat(onPickup.get(0).as(CaseChosen.class).disputeCase()).isEqualTo(DisputeCase.PICKUP);
        assertThat(onPickup.get(1).as(DeadlineCancelled.class).reason()).contains("PICKUP");
        ActionRequested collect = onPickup.get(2).as(ActionRequested.class);
        assertThat(collect.action()).isEqualTo(RequestedAction.COLLECT_PARCEL);
        assertThat(collect.dueAt()).as("pickup-window after the arrival, the carrier gave no time")
                .isEqualTo(START.plusSeconds(60).plus(RulingTopologyFixture.POLICY.pickupWindow()));
        assertThat(onPickup.get(3).as(DeadlineScheduled.class).type()).isEqualTo(DeadlineType.BUYER_PICKUP);

        fixture.pipe(tracked("ORD-8", ShipmentStatus.DELIVERED, START.plusSeconds(120)));
        List<Published> onCollection = fixture.published();
        assertThat(onCollection).extracting(p -> p.envelope().type())
                .containsExactly(DeadlineCancelled.TYPE, RulingIssued.TYPE);
        assertThat(onCollection.get(0).as(DeadlineCancelled.class).reason()).isEqualTo("the parcel was collected");
        assertThat(onCollection.get(1).as(RulingIssued.class).ruleId()).isEqualTo("R2-COLLECTED");
        assertThat(fixture.openDeadlineCount()).isZero();
        assertThat(fixture.reminderCount()).isZero();
        fixture.advance(WINDOW.plusSeconds(1));
        assertThat(fixture.published()).isEmpty();
    }

    @Test
    void remindsTheSellerThroughThePunctuatorADayBeforeTheirWindowCloses() {
        fixture.pipe(opened("ORD-R", "D-R", START, RequestedSolution.REFUND));
        DeadlineScheduled scheduled = fixture.published().get(1).as(DeadlineScheduled.class);
        Instant remindAt = START.plus(WINDOW).minus(RulingTopologyFixture.POLICY.reminderBefore());
        assertThat(fixture.reminderCount()).isEqualTo(1);
        assertThat(DeadlineIndex.before(fixture.deadlineStore(), DeadlineIndex.LATEST, 10))
                .as("the operators' list shows deadlines, not reminders").singleElement()
                .satisfies(entry -> assertThat(entry.deadlineId()).isEqualTo(scheduled.deadlineId()));

        fixture.advance(Duration.between(START, remindAt).minusSeconds(1));
        assertThat(fixture.published()).isEmpty();
        fixture.advance(Duration.ofSeconds(1));

        List<Published> onReminder = fixture.published();
        assertThat(onReminder).extracting(p -> p.envelope().type()).containsExactly(ReminderDue.TYPE);
        ReminderDue reminder = onReminder.get(0).as(ReminderDue.class);
        assertThat(reminder.deadlineId()).isEqualTo(scheduled.deadlineId());
        assertThat(reminder.type()).isEqualTo(DeadlineType.SELLER_RESPONSE);
        assertThat(reminder.party()).isEqualTo(Party.SELLER);
        assertThat(reminder.dueAt()).isEqualTo(START.plus(WINDOW));
        assertThat(reminder.occurredAt()).as("within a punctuation of its time")
                .isBetween(remindAt, remindAt.plus(RulingTopologyFixture.SETTINGS.punctuationInterval()));
        assertThat(onReminder.get(0).envelope().key()).isEqualTo("ORD-R");
        assertThat(onReminder.get(0).envelope().subject()).isEqualTo("D-R");
        assertThat(fixture.reminderCount()).isZero();
        assertThat(fixture.openDeadlineCount()).isEqualTo(1);

        fixture.advance(Duration.ofHours(1));
        assertThat(fixture.published()).as("once").isEmpty();
    }

    @Test
    void asksTheBuyerToCollectAtThePickupPointAndCancelsTheReminderWhenTheParcelIsCollected() {
        Instant collectBy = START.plus(Duration.ofDays(4));
        String arrivedId = fixture.pipe(RulingTopologyFixture.atPickupPoint("ORD-P", START.minus(Duration.ofDays(1)),
                collectBy));
        String openedId = fixture.pipe(opened("ORD-P", "D-P", START, RequestedSolution.REFUND));

        List<Published> onOpening = fixture.published();
        assertThat(onOpening).extracting(p -> p.envelope().type())
                .containsExactly(CaseChosen.TYPE, ActionRequested.TYPE, DeadlineScheduled.TYPE);
        ActionRequested request = onOpening.get(1).as(ActionRequested.class);
        assertThat(request.action()).isEqualTo(RequestedAction.COLLECT_PARCEL);
        assertThat(request.party()).isEqualTo(Party.BUYER);
        assertThat(request.dueAt()).isEqualTo(collectBy);
        assertThat(request.pickupPoint().name()).isEqualTo("Relais Montorgueil");
        assertThat(request.pickupPoint().collectBy()).isEqualTo(collectBy);
        assertThat(request.causeEventId()).isEqualTo(openedId);
        assertThat(onOpening.get(1).envelope().json()).contains("\"pickupPoint\":{\"id\":\"PP-881\"");
        assertThat(fixture.reminderCount()).isEqualTo(1);

        fixture.pipe(tracked("ORD-P", ShipmentStatus.DELIVERED, START.plus(Duration.ofDays(1))));

        RulingIssued ruling = fixture.published().get(1).as(RulingIssued.class);
        assertThat(ruling.ruleId()).isEqualTo("R2-COLLECTED");
        assertThat(ruling.factEventIds()).contains(openedId).doesNotContain(arrivedId);
        assertThat(fixture.reminderCount()).isZero();
        assertThat(fixture.openDeadlineCount()).isZero();
        fixture.advance(Duration.ofDays(5));
        assertThat(fixture.published()).isEmpty();
    }

    @Test
    void sendsUnreadableRecordsToDeadLetterTopicAndGoesOn() {
        fixture.pipeRawDispute("ORD-9", "{not json", headers("ce-bad-json", DisputeOpened.TYPE));
        fixture.pipeRawDispute("ORD-9", "{}", new RecordHeaders());
        fixture.pipe(opened("ORD-9", "D-9", START, RequestedSolution.REFUND));

        List<TestRecord<String, String>> deadLetters = fixture.deadLetters(DisputeTopics.EVENTS);
        assertThat(deadLetters).hasSize(2);
        assertThat(deadLetters.get(0).value()).isEqualTo("{not json");
        assertThat(header(deadLetters.get(0), "kafka_dlt-exception-message")).contains("does not parse");
        assertThat(header(deadLetters.get(0), "kafka_dlt-original-topic")).isEqualTo(DisputeTopics.EVENTS);
        assertThat(header(deadLetters.get(0), "ce_id")).isEqualTo("ce-bad-json");
        assertThat(header(deadLetters.get(1), "kafka_dlt-exception-message")).contains("ce_id");
        assertThat(fixture.metrics.deadLetters).hasSize(2);
        assertThat(fixture.published()).extracting(p -> p.envelope().type())
                .containsExactly(CaseChosen.TYPE, DeadlineScheduled.TYPE);
    }

    @Test
    void sendsEventWithoutRequiredFactsToDeadLetterTopic() {
        fixture.pipeRawDispute("ORD-10", "{\"disputeId\":\"D-10\",\"orderId\":\"ORD-OTHER\",\"version\":1,"
                + "\"occurredAt\":\"2026-11-21T10:00:00Z\",\"buyerId\":\"b\",\"sellerId\":\"s\","
                + "\"requestedSolution\":\"REFUND\"}", headers("ce-wrong-key", DisputeOpened.TYPE));

        assertThat(header(fixture.deadLetters(DisputeTopics.EVENTS).get(0), "kafka_dlt-exception-message"))
                .contains("keyed ORD-10");
        assertThat(fixture.published()).isEmpty();
    }

    @Test
    void ignoresEventTypesItDoesNotKnow() {
        fixture.pipeRawDispute("ORD-11", "{\"whatever\":true}", headers("ce-future", "dispute.something-new.v1"));

        assertThat(fixture.published()).isEmpty();
        assertThat(fixture.deadLetters(DisputeTopics.EVENTS)).isEmpty();
    }

    @Test
    void scansOnlyDueDeadlines() {
        for (int i = 1; i <= 100; i++) {
            fixture.pipe(opened("ORD-F" + i, "D-F" + i, START.plus(Duration.ofHours(i)), RequestedSolution.REFUND));
        }
        fixture.pipe(opened("ORD-DUE", "D-DUE", START.minus(WINDOW), RequestedSolution.REFUND));
        fixture.published();
        assertThat(fixture.openDeadlineCount()).isEqualTo(101);
        assertThat(fixture.reminderCount()).as("none for the window that already passed").isEqualTo(100);

        fixture.advance(Duration.ofSeconds(1));

        List<Published> fired = fixture.published();
        assertThat(fired).extracting(p -> p.envelope().type()).containsExactly(DeadlineExpired.TYPE, RulingIssued.TYPE);
        assertThat(fired.get(0).event().disputeId()).isEqualTo("D-DUE");
        assertThat(fixture.metrics.scans).containsExactly(1);
        assertThat(fixture.openDeadlineCount()).isEqualTo(100);
    }

    @Test
    void rulesWhenDeadlineFiresInTheMillisecondOfAFinerDueTime() {
        Instant openedAt = START.plusMillis(500).plusNanos(250_123);
        fixture.pipe(opened("ORD-12", "D-12", openedAt, RequestedSolution.REFUND));
        DeadlineScheduled scheduled = fixture.published().get(1).as(DeadlineScheduled.class);
        Instant dueMillisecond = START.plus(WINDOW).plusMillis(500);
        assertThat(scheduled.dueAt()).isEqualTo(dueMillisecond);

        fixture.advance(WINDOW.minusSeconds(2));
        assertThat(fixture.published()).extracting(p -> p.envelope().type()).containsExactly(ReminderDue.TYPE);
        fixture.advance(Duration.ofMillis(2_500));

        List<Published> onExpiry = fixture.published();
        assertThat(onExpiry).extracting(p -> p.envelope().type())
                .containsExactly(DeadlineExpired.TYPE, RulingIssued.TYPE);
        DeadlineExpired expired = onExpiry.get(0).as(DeadlineExpired.class);
        assertThat(expired.occurredAt()).as("fired in the due millisecond").isEqualTo(dueMillisecond);
        assertThat(expired.dueAt()).isEqualTo(dueMillisecond);
        assertThat(onExpiry.get(1).as(RulingIssued.class).ruleId()).isEqualTo("R1-SELLER-SILENT");
        assertThat(fixture.openDeadlineCount()).isZero();
    }

    @Test
    void sendsDeadlineThatCannotBeDecidedToDeadLetterTopicAndGoesOn() {
        fixture.pipe(opened("ORD-13", "D-13", START, RequestedSolution.REFUND));
        fixture.pipe(opened("ORD-14", "D-14", START, RequestedSolution.REFUND));
        DeadlineScheduled scheduled = fixture.published().get(1).as(DeadlineScheduled.class);
        OrderState state = fixture.orderStore().get("ORD-13");
        DisputeFacts known = state.dispute();
        DisputeFacts undecidable = new DisputeFacts(known.disputeId(), known.buyerId(), known.sellerId(), null,
                known.openedAt(), known.openedEventId(), known.status(), known.highestVersion(), known.disputeCase(),
                known.deadlines(), known.actedOn(), known.evidence(), known.escalation(),
                known.stillNotReceivedEventId(), known.supersededEventId(), known.pendingRulingId(),
                known.appliedRulingId());
        fixture.orderStore().put("ORD-13", new OrderState(state.shipment(), undecidable, state.recentEventIds()));

        fixture.advance(WINDOW.plusSeconds(1));

        List<TestRecord<String, String>> deadLetters = fixture.deadlineDeadLetters();
        assertThat(deadLetters).singleElement().satisfies(deadLetter -> {
            assertThat(deadLetter.key()).isEqualTo("ORD-13");
            assertThat(deadLetter.value()).contains(scheduled.deadlineId(), "D-13", "SELLER_RESPONSE");
            assertThat(header(deadLetter, "kafka_dlt-exception-fqcn"))
                    .isEqualTo(NullPointerException.class.getName());
            assertThat(deadLetter.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
        });
        assertThat(fixture.metrics.deadLetters).containsExactly(StoreNames.DEADLINES);
        assertThat(fixture.published()).extracting(p -> p.event().disputeId() + " " + p.envelope().type())
                .containsExactly("D-14 " + DeadlineExpired.TYPE, "D-14 " + RulingIssued.TYPE);
        assertThat(fixture.openDeadlineCount()).isZero();

        fixture.advance(WINDOW);
        assertThat(fixture.deadlineDeadLetters()).isEmpty();
        assertThat(fixture.published()).isEmpty();
    }

    private static String header(TestRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void listsOpenDeadlinesSoonestFirstBeforeAGivenTime() {
        fixture.pipe(opened("ORD-L3", "D-L3", START.plus(Duration.ofHours(3)), RequestedSolution.REFUND));
        fixture.pipe(opened("ORD-L1", "D-L1", START.plus(Duration.ofHours(1)), RequestedSolution.REFUND));
        fixture.pipe(opened("ORD-L2", "D-L2", START.plus(Duration.ofHours(2)), RequestedSolution.REFUND));

        assertThat(DeadlineIndex.before(fixture.deadlineStore(), DeadlineIndex.LATEST, 10))
                .extracting(DeadlineEntry::disputeId).containsExactly("D-L1", "D-L2", "D-L3");
        assertThat(DeadlineIndex.before(fixture.deadlineStore(), START.plus(WINDOW).plus(Duration.ofHours(2)), 10))
                .extracting(DeadlineEntry::disputeId).containsExactly("D-L1");
        assertThat(DeadlineIndex.before(fixture.deadlineStore(), DeadlineIndex.LATEST, 2))
                .extracting(DeadlineEntry::disputeId).containsExactly("D-L1", "D-L2");
        assertThat(DeadlineIndex.before(fixture.deadlineStore(), DeadlineIndex.LATEST, 10).get(0))
                .satisfies(entry -> {
                    assertThat(entry.orderId()).isEqualTo("ORD-L1");
                    assertThat(entry.type()).isEqualTo(DeadlineType.SELLER_RESPONSE);
                    assertThat(entry.party()).isEqualTo(Party.SELLER);
                    assertThat(entry.dueAt()).isEqualTo(START.plus(Duration.ofHours(1)).plus(WINDOW));
                });
    }
}
