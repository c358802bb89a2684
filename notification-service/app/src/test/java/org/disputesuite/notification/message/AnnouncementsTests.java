package org.disputesuite.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.DelayReason;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnnouncementsTests {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant COLLECT_BY = Instant.parse("2026-11-27T20:00:00Z");
    private static final Money PARTIAL = new Money("12.50", "USD");
    private static final Address KIOSK_ADDRESS = new Address(null, "Calle Mayor 5", "Local 2", "Madrid", null,
            "28013", "ES");
    private static final PickupPoint KIOSK = new PickupPoint("PP-77", "Kiosko Sol", KIOSK_ADDRESS, COLLECT_BY);
    private static final Instant PROMISED_BY = Instant.parse("2026-11-18T23:59:59Z");
    private static final Instant LAST_SCAN = Instant.parse("2026-11-13T08:30:00Z");

    private final Announcements announcements = new Announcements();

    @Test
    void tellsTheSellerOfANewDisputeWhenTheirFirstWindowToAnswerIsSet() {
        List<Notice> notices = announcements.about(sellerWindow(DisputeEvent.DisputeOpened.TYPE, "seller-3"));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(MessageKind.DISPUTE_OPENED);
            assertThat(notice.recipientId()).isEqualTo("seller-3");
            assertThat(notice.orderId()).isEqualTo("ORD-1001");
            assertThat(notice.disputeId()).isEqualTo("DSP-7");
            assertThat(notice.values()).containsEntry("dueAt", DUE).containsEntry("orderId", "ORD-1001")
                    .containsEntry("disputeId", "DSP-7");
        });
    }

    @Test
    void tellsTheSellerOfADisputeOpenedWhileThePlatformWaitsForTheBuyerWithoutADeadline() {
        for (DisputeStatus status : List.of(DisputeStatus.AWAITING_BUYER_PICKUP,
                DisputeStatus.AWAITING_BUYER_CONFIRMATION)) {
            Notice notice = single(announcements.about(opened(status, "seller-3")));

            assertThat(notice.kind()).isEqualTo(MessageKind.DISPUTE_OPENED);
            assertThat(notice.recipientId()).isEqualTo("seller-3");
            assertThat(notice.orderId()).isEqualTo("ORD-1001");
            assertThat(notice.disputeId()).isEqualTo("DSP-7");
            assertThat(notice.values()).containsEntry("nextStep", new Phrase("disputeOpenedNextStep", status.name()))
                    .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7")
                    .doesNotContainKey("dueAt");
        }
    }

    @Test
    void tellsTheSellerOfAnOpeningInAnyOtherPlatformStatusWithoutADeadline() {
        Notice notice = single(announcements.about(opened(DisputeStatus.UNDER_PLATFORM_REVIEW, "seller-3")));

        assertThat(notice.values()).containsEntry("nextStep", new Phrase("disputeOpenedNextStep", "PLATFORM"))
                .doesNotContainKey("dueAt");
    }

    @Test
    void tellsOfTheOpeningFromTheSellersDeadlineWhenTheDisputeWaitsForTheirAnswer() {
        assertThat(announcements.about(opened(DisputeStatus.AWAITING_SELLER_RESPONSE, "seller-3"))).isEmpty();
        assertThat(announcements.about(opened(null, "seller-3"))).as("opened before the status was published")
                .isEmpty();
        assertThat(single(announcements.about(sellerWindow(DisputeEvent.DisputeOpened.TYPE, "seller-3"))).values())
                .containsEntry("nextStep", new Phrase("disputeOpenedNextStep", "ANSWER"));
    }

    @Test
    void keepsOneOpeningMessagePerDisputeWhicheverPathTellsIt() {
        Notice fromDeadline = single(announcements.about(sellerWindow(DisputeEvent.DisputeOpened.TYPE, "seller-3")));
        Notice fromOpening = single(announcements.about(opened(DisputeStatus.AWAITING_BUYER_PICKUP, "seller-3")));
        Notice otherDispute = single(announcements.about(new DisputeEvent.DisputeOpened("DSP-8", "ORD-1001",
                "buyer-17", "seller-3", 0, NOW, DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing",
                new Money("23.90", "USD"), NOW, DisputeCase.PICKUP, DisputeStatus.AWAITING_BUYER_PICKUP)));

        assertThat(fromDeadline.dedupKey()).isNotNull().isEqualTo(fromOpening.dedupKey());
        assertThat(otherDispute.dedupKey()).isNotEqualTo(fromOpening.dedupKey());
    }

    @Test
    void refusesAnOpeningInTheBuyersHandsThatDoesNotNameTheSeller() {
        assertThatThrownBy(() -> announcements.about(opened(DisputeStatus.AWAITING_BUYER_PICKUP, null)))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("dispute.opened.v1 has no sellerId");
    }

    @Test
    void tellsTheBuyerTheirParcelArrivedAtAPickupPointWithWhereAndUntilWhen() {
        Notice notice = single(announcements.about(arrival("c-1", KIOSK, "buyer-17")));

        assertThat(notice.kind()).isEqualTo(MessageKind.ARRIVED_FOR_COLLECTION);
        assertThat(notice.recipientId()).isEqualTo("buyer-17");
        assertThat(notice.orderId()).isEqualTo("ORD-1001");
        assertThat(notice.disputeId()).isNull();
        assertThat(notice.values()).containsEntry("orderId", "ORD-1001")
                .containsEntry("pickupPoint", new Phrase("pickupPoint", "NAMED_AT"))
                .containsEntry("pointName", "Kiosko Sol")
                .containsEntry("pointAddress", "Calle Mayor 5, Local 2, 28013 Madrid, ES")
                .containsEntry("collectBy", COLLECT_BY)
                .doesNotContainKey("disputeId");
    }

    @Test
    void tellsOfAnArrivalOncePerOrderAndPickupPoint() {
        Notice first = single(announcements.about(arrival("c-1", KIOSK, "buyer-17")));
        Notice repeated = single(announcements.about(arrival("c-2", new PickupPoint("PP-77", "Kiosko Sol (Centro)",
                KIOSK_ADDRESS, COLLECT_BY.plusSeconds(3600)), "buyer-17")));
        Notice otherPoint = single(announcements.about(arrival("c-3", new PickupPoint("PP-78", "Kiosko Sol",
                KIOSK_ADDRESS, COLLECT_BY), "buyer-17")));
        Notice otherOrder = single(announcements.about(new TrackingEvent.TrackingUpdated("ORD-1002", "LP2", "generic",
                "c-4", ShipmentStatus.AVAILABLE_FOR_PICKUP, "AvailableForPickup", null, NOW, "At the point", null,
                ShipmentStatus.AVAILABLE_FOR_PICKUP, NOW, NOW, KIOSK, null, null, null, "seller-3", "buyer-17")));

        assertThat(first.dedupKey()).isNotNull().isEqualTo(repeated.dedupKey());
        assertThat(otherPoint.dedupKey()).isNotEqualTo(first.dedupKey());
        assertThat(otherOrder.dedupKey()).isNotEqualTo(first.dedupKey());
    }

    @Test
    void knowsAPickupPointWithoutAnIdByItsNameAndAddress() {
        PickupPoint unnamedId = new PickupPoint(null, "Kiosko Sol", KIOSK_ADDRESS, COLLECT_BY);
        PickupPoint elsewhere = new PickupPoint(null, "Kiosko Sol",
                new Address(null, "Gran Vía 1", null, "Madrid", null, "28013", "ES"), COLLECT_BY);
        PickupPoint longName = new PickupPoint(null, "K".repeat(5000), KIOSK_ADDRESS, COLLECT_BY);

        Notice first = single(announcements.about(arrival("c-1", unnamedId, "buyer-17")));

        assertThat(single(announcements.about(arrival("c-2", unnamedId, "buyer-17"))).dedupKey())
                .isEqualTo(first.dedupKey());
        assertThat(single(announcements.about(arrival("c-3", elsewhere, "buyer-17"))).dedupKey())
                .isNotEqualTo(first.dedupKey());
        Notice longOne = single(announcements.about(arrival("c-4", longName, "buyer-17")));
        assertThat(longOne.dedupKey()).hasSizeLessThan(300)
                .isEqualTo(single(announcements.about(arrival("c-5", longName, "buyer-17"))).dedupKey());
        assertThat((String) longOne.values().get("pointName")).hasSize(Announcements.MAX_PLACE_TEXT + 1).endsWith("…");
    }

    @Test
    void saysWhatTheCarrierLeftOutOfThePickupPoint() {
        PickupPoint nameOnly = new PickupPoint("PP-77", "Kiosko Sol", null, COLLECT_BY);
        PickupPoint addressOnly = new PickupPoint("PP-77", " ", new Address("Locker 12", null, null, null, null, null,
                null), COLLECT_BY);
        PickupPoint streetOnly = new PickupPoint("PP-77", null, KIOSK_ADDRESS, COLLECT_BY);
        PickupPoint nothing = new PickupPoint(null, null, new Address(null, null, null, null, null, null, null),
                COLLECT_BY);

        assertThat(single(announcements.about(arrival("c-1", nameOnly, "buyer-17"))).values())
                .containsEntry("pickupPoint", new Phrase("pickupPoint", "NAMED")).doesNotContainKey("pointAddress");
        assertThat(single(announcements.about(arrival("c-1", addressOnly, "buyer-17"))).values())
                .as("the address's own name names the point")
                .containsEntry("pickupPoint", new Phrase("pickupPoint", "NAMED"))
                .containsEntry("pointName", "Locker 12");
        assertThat(single(announcements.about(arrival("c-1", streetOnly, "buyer-17"))).values())
                .containsEntry("pickupPoint", new Phrase("pickupPoint", "AT")).doesNotContainKey("pointName");
        assertThat(single(announcements.about(arrival("c-1", nothing, "buyer-17"))).values())
                .containsEntry("pickupPoint", new Phrase("pickupPoint", "UNNAMED"))
                .doesNotContainKeys("pointName", "pointAddress");
    }

    @Test
    void tellsNobodyOfOtherTrackingOrOfAnArrivalThatALaterEventOvertook() {
        TrackingEvent registered = new TrackingEvent.ShipmentRegistered("ORD-1001", "LP1", "generic", "seller-3",
                "buyer-17", KIOSK_ADDRESS, NOW, DUE, new Money("23.90", "USD"), NOW);
        TrackingEvent inTransit = tracking(ShipmentStatus.IN_TRANSIT, ShipmentStatus.IN_TRANSIT, null);
        TrackingEvent noPoint = tracking(ShipmentStatus.AVAILABLE_FOR_PICKUP, ShipmentStatus.AVAILABLE_FOR_PICKUP,
                null);
        TrackingEvent alreadyCollected = tracking(ShipmentStatus.AVAILABLE_FOR_PICKUP, ShipmentStatus.DELIVERED, KIOSK);
        TrackingEvent collected = tracking(ShipmentStatus.DELIVERED, ShipmentStatus.DELIVERED, KIOSK);

        for (TrackingEvent event : List.of(registered, inTransit, noPoint, alreadyCollected, collected)) {
            assertThat(announcements.about(event)).as(event.toString()).isEmpty();
        }
    }

    @Test
    void refusesAnArrivalThatDoesNotSayWhoToTellOrUntilWhen() {
        assertThatThrownBy(() -> announcements.about(arrival("c-1", KIOSK, null)))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("shipment.tracking-updated.v1 has no buyerId");
        assertThatThrownBy(() -> announcements.about(arrival("c-1", new PickupPoint("PP-77", "Kiosko Sol",
                KIOSK_ADDRESS, null), "buyer-17")))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("pickupPoint.collectBy");
    }

    @Test
    void tellsBuyerAndSellerThatTheParcelIsLateWithThePromisedDateCarrierAndTrackingNumber() {
        List<Notice> notices = announcements.about(delayed(DelayReason.LATE, LAST_SCAN));

        assertThat(notices).extracting(Notice::kind).containsOnly(MessageKind.SHIPMENT_DELAYED);
        assertThat(notices).extracting(Notice::recipientId).containsExactly("buyer-17", "seller-3");
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.orderId()).isEqualTo("ORD-1001");
            assertThat(notice.disputeId()).isNull();
            assertThat(notice.values()).containsEntry("orderId", "ORD-1001")
                    .containsEntry("carrier", "generic")
                    .containsEntry("trackingNumber", "LP00012345678CN")
                    .containsEntry("promisedDeliveryBy", PROMISED_BY)
                    .containsEntry("delay", new Phrase("delay", "LATE"))
                    .doesNotContainKeys("lastEventAt", "disputeId");
        });
        assertThat(notices.get(0).values()).containsEntry("headline", new Phrase("delayHeadline", "BUYER_LATE"))
                .containsEntry("advice", new Phrase("delayAdvice", "BUYER_LATE"));
        assertThat(notices.get(1).values()).containsEntry("headline", new Phrase("delayHeadline", "SELLER_LATE"))
                .containsEntry("advice", new Phrase("delayAdvice", "SELLER_LATE"));
    }

    @Test
    void tellsBuyerAndSellerSinceWhenTheCarrierHasReportedNothing() {
        List<Notice> notices = announcements.about(delayed(DelayReason.STALLED, LAST_SCAN));

        assertThat(notices).extracting(Notice::kind).containsOnly(MessageKind.SHIPMENT_DELAYED);
        assertThat(notices).extracting(Notice::recipientId).containsExactly("buyer-17", "seller-3");
        assertThat(notices).allSatisfy(notice -> assertThat(notice.values())
                .containsEntry("delay", new Phrase("delay", "STALLED"))
                .containsEntry("lastEventAt", LAST_SCAN)
                .containsEntry("promisedDeliveryBy", PROMISED_BY)
                .containsEntry("carrier", "generic")
                .containsEntry("trackingNumber", "LP00012345678CN"));
        assertThat(notices.get(0).values()).containsEntry("headline", new Phrase("delayHeadline", "BUYER_STALLED"))
                .containsEntry("advice", new Phrase("delayAdvice", "BUYER_STALLED"));
        assertThat(notices.get(1).values()).containsEntry("headline", new Phrase("delayHeadline", "SELLER_STALLED"))
                .containsEntry("advice", new Phrase("delayAdvice", "SELLER_STALLED"));

        assertThat(announcements.about(delayed(DelayReason.STALLED, null)))
                .as("a shipment the carrier has reported nothing about")
                .hasSize(2).allSatisfy(notice -> assertThat(notice.values())
                        .containsEntry("delay", new Phrase("delay", "STALLED_SINCE_REGISTRATION"))
                        .doesNotContainKey("lastEventAt"));
    }

    @Test
    void tellsEachDelayAlertOnceAndEveryNewStallAgain() {
        Notice late = announcements.about(delayed(DelayReason.LATE, LAST_SCAN)).get(0);
        Notice lateDetectedLater = announcements.about(delayed(DelayReason.LATE, LAST_SCAN.plusSeconds(86400))).get(0);
        Notice sinceRegistration = announcements.about(delayed(DelayReason.STALLED, null)).get(0);
        Notice stall = announcements.about(delayed(DelayReason.STALLED, LAST_SCAN)).get(0);
        Notice sameStall = announcements.about(delayed(DelayReason.STALLED, LAST_SCAN)).get(0);
        Notice nextStall = announcements.about(delayed(DelayReason.STALLED, LAST_SCAN.plusSeconds(3600))).get(0);

        assertThat(late.dedupKey()).isNotNull().isEqualTo(lateDetectedLater.dedupKey());
        assertThat(stall.dedupKey()).isNotNull().isEqualTo(sameStall.dedupKey());
        assertThat(List.of(late.dedupKey(), sinceRegistration.dedupKey(), stall.dedupKey(), nextStall.dedupKey()))
                .doesNotHaveDuplicates();
        assertThat(announcements.about(delayed(DelayReason.STALLED, LAST_SCAN)))
                .as("buyer and seller each get the alert once").extracting(Notice::dedupKey)
                .containsOnly(stall.dedupKey());
        Notice otherOrder = announcements.about(new TrackingEvent.DelayDetected("ORD-1002", "LP2", "generic",
                "seller-3", "buyer-17", DelayReason.LATE, PROMISED_BY, null, null, NOW)).get(0);
        assertThat(otherOrder.dedupKey()).isNotEqualTo(late.dedupKey());
    }

    @Test
    void refusesADelayAlertThatDoesNotSayWhoToTellOrWhatWasPromised() {
        assertThatThrownBy(() -> announcements.about(new TrackingEvent.DelayDetected("ORD-1001", "LP1", "generic",
                "seller-3", null, DelayReason.LATE, PROMISED_BY, null, null, NOW)))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("shipment.delay-detected.v1 has no buyerId");
        assertThatThrownBy(() -> announcements.about(new TrackingEvent.DelayDetected("ORD-1001", "LP1", "generic",
                " ", "buyer-17", DelayReason.LATE, PROMISED_BY, null, null, NOW)))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("has no sellerId");
        assertThatThrownBy(() -> announcements.about(new TrackingEvent.DelayDetected("ORD-1001", "LP1", "generic",
                "seller-3", "buyer-17", DelayReason.STALLED, null, null, null, NOW)))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("has no promisedDeliveryBy");
        assertThatThrownBy(() -> announcements.about(new TrackingEvent.DelayDetected("ORD-1001", "LP1", "generic",
                "seller-3", "buyer-17", null, PROMISED_BY, null, null, NOW)))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("has no reason");
    }

    @Test
    void asksTheBuyerToCollectTheParcelNamingThePointAndTheCollectByTime() {
        Notice notice = single(announcements.about(requested(RequestedAction.COLLECT_PARCEL, Party.BUYER, KIOSK)));

        assertThat(notice.kind()).isEqualTo(MessageKind.ACTION_REQUESTED);
        assertThat(notice.recipientId()).isEqualTo("buyer-17");
        assertThat(notice.orderId()).isEqualTo("ORD-1001");
        assertThat(notice.disputeId()).isEqualTo("DSP-7");
        assertThat(notice.dedupKey()).isNull();
        assertThat(notice.values())
                .containsEntry("headline", new Phrase("requestHeadline", "COLLECT_PARCEL"))
                .containsEntry("request", new Phrase("request", "COLLECT_PARCEL"))
                .containsEntry("pickupPoint", new Phrase("pickupPoint", "NAMED_AT"))
                .containsEntry("pointName", "Kiosko Sol")
                .containsEntry("pointAddress", "Calle Mayor 5, Local 2, 28013 Madrid, ES")
                .containsEntry("dueAt", COLLECT_BY)
                .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7");
        PickupPoint noCollectBy = new PickupPoint("PP-77", "Kiosko Sol", KIOSK_ADDRESS, null);
        assertThat(single(announcements.about(requested(RequestedAction.COLLECT_PARCEL, Party.BUYER, noCollectBy)))
                .values()).as("the deadline's time when the point has none").containsEntry("dueAt", DUE);
    }

    @Test
    void asksTheBuyerToConfirmReceiptAndTheSellerForADeliveryReceiptByTheirDeadlines() {
        Notice confirm = single(announcements.about(requested(RequestedAction.CONFIRM_RECEIPT, Party.BUYER, null)));
        Notice receipt = single(announcements.about(requested(RequestedAction.PRODUCE_DELIVERY_RECEIPT, Party.SELLER,
                null)));

        assertThat(confirm.kind()).isEqualTo(MessageKind.ACTION_REQUESTED);
        assertThat(confirm.recipientId()).isEqualTo("buyer-17");
        assertThat(confirm.values()).containsEntry("request", new Phrase("request", "CONFIRM_RECEIPT"))
                .containsEntry("headline", new Phrase("requestHeadline", "CONFIRM_RECEIPT"))
                .containsEntry("dueAt", DUE).doesNotContainKeys("pickupPoint", "pointName", "pointAddress");
        assertThat(receipt.kind()).isEqualTo(MessageKind.ACTION_REQUESTED);
        assertThat(receipt.recipientId()).isEqualTo("seller-3");
        assertThat(receipt.values()).containsEntry("request", new Phrase("request", "PRODUCE_DELIVERY_RECEIPT"))
                .containsEntry("headline", new Phrase("requestHeadline", "PRODUCE_DELIVERY_RECEIPT"))
                .containsEntry("dueAt", DUE);
    }

    @Test
    void refusesARequestThatDoesNotSayWhatWhereOrByWhen() {
        assertThatThrownBy(() -> announcements.about(requested(RequestedAction.COLLECT_PARCEL, Party.BUYER, null)))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("ruling.action-requested.v1 has no pickupPoint");
        assertThatThrownBy(() -> announcements.about(requested(null, Party.BUYER, null)))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("has no action");
        assertThatThrownBy(() -> announcements.about(new RulingEvent.ActionRequested("DSP-7", "ORD-1001", "buyer-17",
                "seller-3", NOW, "REQ-1", RequestedAction.CONFIRM_RECEIPT, Party.BUYER, null, "DL-2", null, "ce-1")))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("has no dueAt");
        assertThatThrownBy(() -> announcements.about(new RulingEvent.ActionRequested("DSP-7", "ORD-1001", "buyer-17",
                null, NOW, "REQ-1", RequestedAction.PRODUCE_DELIVERY_RECEIPT, Party.SELLER, DUE, "DL-2", null,
                "ce-1")))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("has no sellerId");
    }

    @Test
    void asksNobodyWhatThePlatformItselfMustDo() {
        assertThat(announcements.about(requested(RequestedAction.CONFIRM_RECEIPT, Party.PLATFORM, null))).isEmpty();
        assertThat(announcements.about(reminder(DeadlineType.BUYER_PICKUP, Party.PLATFORM))).isEmpty();
        assertThat(announcements.about(reminder(DeadlineType.CUSTOMER_DELAY, Party.PLATFORM))).isEmpty();
        assertThat(announcements.about(reminder(DeadlineType.AUTO_ESCALATION, Party.BUYER))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DeadlineType.class, names = {"SELLER_RESPONSE", "BUYER_PICKUP", "BUYER_CONFIRMATION",
            "DELIVERY_RECEIPT"})
    void remindsTheDeadlinesPartyWhichDeadlineFallsWhen(DeadlineType type) {
        Notice notice = single(announcements.about(reminder(type, type.party())));

        assertThat(notice.kind()).isEqualTo(MessageKind.DEADLINE_REMINDER);
        assertThat(notice.recipientId()).isEqualTo(type.party() == Party.BUYER ? "buyer-17" : "seller-3");
        assertThat(notice.orderId()).isEqualTo("ORD-1001");
        assertThat(notice.disputeId()).isEqualTo("DSP-7");
        assertThat(notice.values()).containsEntry("dueAt", DUE)
                .containsEntry("headline", new Phrase("reminderHeadline", type.name()))
                .containsEntry("reminder", new Phrase("reminder", type.name()))
                .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7");
    }

    @Test
    void refusesAReminderThatDoesNotSayWhichDeadlineOrWhen() {
        assertThatThrownBy(() -> announcements.about(reminder(null, Party.BUYER)))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("ruling.reminder-due.v1 has no type");
        assertThatThrownBy(() -> announcements.about(new RulingEvent.ReminderDue("DSP-7", "ORD-1001", "buyer-17",
                "seller-3", NOW, "DL-2", DeadlineType.BUYER_PICKUP, Party.BUYER, null)))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("has no dueAt");
        assertThatThrownBy(() -> announcements.about(new RulingEvent.ReminderDue("DSP-7", "ORD-1001", "buyer-17",
                "seller-3", NOW, "DL-2", DeadlineType.BUYER_PICKUP, null, DUE)))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("has no party");
    }

    @Test
    void tellsNobodyOfDisputeServicesRecordOfARequestTheRequestItselfAnnounced() {
        DisputeEvent recorded = new DisputeEvent.PlatformRequestRecorded("DSP-7", "ORD-1001", "buyer-17", "seller-3",
                2, NOW, "REQ-1", RequestedAction.COLLECT_PARCEL, Party.BUYER, COLLECT_BY, KIOSK,
                DisputeStatus.AWAITING_BUYER_PICKUP);

        assertThat(announcements.about(recorded)).isEmpty();
    }

    @Test
    void saysNothingWhenASellerWindowIsSetAgainAfterACaseChange() {
        assertThat(announcements.about(sellerWindow(DisputeEvent.CaseChanged.TYPE, "seller-3"))).isEmpty();
    }

    @Test
    void saysNothingOfOtherDeadlinesWhoseRequestTellsThemOrOfCasesExpiriesAndRulings() {
        RulingEvent pickup = new RulingEvent.DeadlineScheduled("DSP-7", "ORD-1001", "buyer-17", "seller-3", NOW,
                "DL-2", DeadlineType.BUYER_PICKUP, Party.BUYER, DUE, "ce-1", DisputeEvent.DisputeOpened.TYPE);
        RulingEvent chosen = new RulingEvent.CaseChosen("DSP-7", "ORD-1001", "buyer-17", "seller-3", NOW,
                DisputeCase.IN_TRANSIT, null, "ce-1");
        RulingEvent cancelled = new RulingEvent.DeadlineCancelled("DSP-7", "ORD-1001", "buyer-17", "seller-3", NOW,
                "DL-2", DeadlineType.BUYER_PICKUP, "the parcel was collected", "ce-2");
        RulingEvent expired = new RulingEvent.DeadlineExpired("DSP-7", "ORD-1001", "buyer-17", "seller-3", NOW,
                "DL-2", DeadlineType.BUYER_PICKUP, DUE);
        RulingEvent issued = new RulingEvent.RulingIssued("DSP-7", "ORD-1001", "buyer-17", "seller-3", NOW, "RUL-1",
                "R2-NOT-COLLECTED", Outcome.RELEASE_TO_SELLER, ResponsibleParty.BUYER, List.of("Not collected"),
                List.of("ce-1"), "p-1", 3);

        for (RulingEvent event : List.of(pickup, chosen, cancelled, expired, issued)) {
            assertThat(announcements.about(event)).as(event.getClass().getSimpleName()).isEmpty();
        }
    }

    @Test
    void tellsTheBuyerTheSellerRejectedTheirRequest() {
        Notice notice = single(announcements.about(sellerResponded(SellerAction.REJECT, null)));

        assertThat(notice.kind()).isEqualTo(MessageKind.SELLER_RESPONDED);
        assertThat(notice.recipientId()).isEqualTo("buyer-17");
        assertThat(notice.values()).containsEntry("answer", new Phrase("sellerAnswer", "REJECT"))
                .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7");
    }

    @Test
    void tellsTheBuyerTheSellerAcceptedTheirRequest() {
        Notice notice = single(announcements.about(sellerResponded(SellerAction.ACCEPT, null)));

        assertThat(notice.kind()).isEqualTo(MessageKind.SELLER_RESPONDED);
        assertThat(notice.recipientId()).isEqualTo("buyer-17");
        assertThat(notice.values()).containsEntry("answer", new Phrase("sellerAnswer", "ACCEPT"));
    }

    @Test
    void tellsTheBuyerOfTheSellersProposal() {
        Notice notice = single(announcements.about(sellerResponded(SellerAction.PROPOSE,
                new Proposal(ProposedSolution.RESEND, null))));

        assertThat(notice.kind()).isEqualTo(MessageKind.PROPOSAL_MADE);
        assertThat(notice.recipientId()).isEqualTo("buyer-17");
        assertThat(notice.values()).containsEntry("solution", new Phrase("solution", "RESEND"))
                .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7")
                .doesNotContainKeys("amount", "answer");
    }

    @Test
    void namesTheAmountOfAProposedPartialRefund() {
        Notice notice = single(announcements.about(sellerResponded(SellerAction.PROPOSE,
                new Proposal(ProposedSolution.PARTIAL_REFUND, PARTIAL))));

        assertThat(notice.kind()).isEqualTo(MessageKind.PROPOSAL_MADE);
        assertThat(notice.values()).containsEntry("solution", new Phrase("solution", "PARTIAL_REFUND"))
                .containsEntry("amount", PARTIAL);
    }

    @Test
    void refusesAProposalThatDoesNotSayWhatIsProposed() {
        assertThatThrownBy(() -> announcements.about(sellerResponded(SellerAction.PROPOSE, null)))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("has no proposal");
        assertThatThrownBy(() -> announcements.about(sellerResponded(SellerAction.PROPOSE,
                new Proposal(ProposedSolution.PARTIAL_REFUND, null))))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("proposal.amount");
    }

    @Test
    void tellsTheSellerTheBuyerAcceptedTheirProposal() {
        Notice notice = single(announcements.about(proposalAnswered(true,
                new Proposal(ProposedSolution.RESEND, null))));

        assertThat(notice.kind()).isEqualTo(MessageKind.PROPOSAL_ANSWERED);
        assertThat(notice.recipientId()).isEqualTo("seller-3");
        assertThat(notice.values()).containsEntry("answer", new Phrase("proposalAnswer", "ACCEPTED"))
                .containsEntry("solution", new Phrase("solution", "RESEND"))
                .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7");
    }

    @Test
    void tellsTheSellerTheBuyerRejectedTheirProposal() {
        Notice notice = single(announcements.about(proposalAnswered(false,
                new Proposal(ProposedSolution.PARTIAL_REFUND, PARTIAL))));

        assertThat(notice.kind()).isEqualTo(MessageKind.PROPOSAL_ANSWERED);
        assertThat(notice.recipientId()).isEqualTo("seller-3");
        assertThat(notice.values()).containsEntry("answer", new Phrase("proposalAnswer", "REJECTED"))
                .containsEntry("solution", new Phrase("solution", "PARTIAL_REFUND"))
                .containsEntry("amount", PARTIAL);
    }

    @ParameterizedTest
    @EnumSource(Party.class)
    void tellsBothPartiesWhoHandedTheDisputeToThePlatform(Party by) {
        List<Notice> notices = announcements.about(new DisputeEvent.DisputeEscalated("DSP-7", "ORD-1001", "buyer-17",
                "seller-3", 6, NOW, by, DisputeStatus.UNDER_PLATFORM_REVIEW));

        assertThat(notices).extracting(Notice::kind).containsOnly(MessageKind.DISPUTE_ESCALATED);
        assertThat(notices).extracting(Notice::recipientId).containsExactly("buyer-17", "seller-3");
        assertThat(notices).allSatisfy(notice -> assertThat(notice.values())
                .containsEntry("escalatedBy", new Phrase("escalatedBy", by.name()))
                .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7"));
    }

    @Test
    void tellsTheSellerWhatTheBuyerWrote() {
        Notice notice = single(announcements.about(messagePosted(Party.BUYER, "Any news about my parcel?")));

        assertThat(notice.kind()).isEqualTo(MessageKind.MESSAGE_POSTED);
        assertThat(notice.recipientId()).isEqualTo("seller-3");
        assertThat(notice.values()).containsEntry("from", new Phrase("party", "BUYER"))
                .containsEntry("text", "Any news about my parcel?")
                .containsEntry("orderId", "ORD-1001").containsEntry("disputeId", "DSP-7");
    }

    @Test
    void tellsTheBuyerWhatTheSellerWrote() {
        Notice notice = single(announcements.about(messagePosted(Party.SELLER, "It left our warehouse on Monday.")));

        assertThat(notice.kind()).isEqualTo(MessageKind.MESSAGE_POSTED);
        assertThat(notice.recipientId()).isEqualTo("buyer-17");
        assertThat(notice.values()).containsEntry("from", new Phrase("party", "SELLER"))
                .containsEntry("text", "It left our warehouse on Monday.");
    }

    @Test
    void tellsBothPartiesWhatThePlatformWrote() {
        List<Notice> notices = announcements.about(messagePosted(Party.PLATFORM, "We are looking into it."));

        assertThat(notices).extracting(Notice::recipientId).containsExactly("buyer-17", "seller-3");
        assertThat(notices).allSatisfy(notice -> assertThat(notice.values())
                .containsEntry("from", new Phrase("party", "PLATFORM")));
    }

    @Test
    void quotesTheStartOfAVeryLongMessageCutAtAWholeCharacter() {
        String head = "a".repeat(Announcements.MAX_QUOTED_TEXT - 1);
        String text = head + "😀" + "b".repeat(5000);

        Notice notice = single(announcements.about(messagePosted(Party.BUYER, text)));

        assertThat(notice.values().get("text")).isEqualTo(head + "…");
        String fits = "c".repeat(Announcements.MAX_QUOTED_TEXT);
        assertThat(single(announcements.about(messagePosted(Party.BUYER, fits))).values().get("text")).isEqualTo(fits);
    }

    @Test
    void refusesAMessageWithoutText() {
        assertThatThrownBy(() -> announcements.about(messagePosted(Party.SELLER, " ")))
                .isInstanceOf(IncompleteEventException.class).hasMessageContaining("text");
    }

    @Test
    void tellsNobodyOfEvidenceOrOfTheBuyersAnswerAboutReceipt() {
        Evidence receipt = new Evidence(EvidenceType.COMMUNICATION, "Chat with the carrier", "doc-1", NOW, null, null);
        for (Party party : List.of(Party.BUYER, Party.SELLER)) {
            assertThat(announcements.about(new DisputeEvent.EvidenceAdded("DSP-7", "ORD-1001", "buyer-17", "seller-3",
                    3, NOW, party, List.of(receipt)))).isEmpty();
        }
        for (boolean received : new boolean[] {true, false}) {
            assertThat(announcements.about(new DisputeEvent.ReceiptAnswered("DSP-7", "ORD-1001", "buyer-17",
                    "seller-3", 4, NOW, received, DisputeStatus.AWAITING_BUYER_CONFIRMATION))).isEmpty();
        }
    }

    @Test
    void tellsTheSellerOfADisputeThePlatformTookOverBeforeAnyDeadlineOfTheirs() {
        DisputeEvent changed = new DisputeEvent.CaseChanged("DSP-7", "ORD-1001", "buyer-17", "seller-3", 1, NOW,
                DisputeCase.PICKUP, DisputeCase.IN_TRANSIT, DisputeStatus.AWAITING_BUYER_PICKUP);

        List<Notice> notices = announcements.about(changed);

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(MessageKind.DISPUTE_OPENED);
            assertThat(notice.recipientId()).isEqualTo("seller-3");
            assertThat(notice.dedupKey()).as("one opening message per dispute, whichever path comes first")
                    .isEqualTo(announcements.about(new DisputeEvent.DisputeOpened("DSP-7", "ORD-1001", "buyer-17",
                            "seller-3", 0, NOW, DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, null,
                            new Money("23.90", "USD"), NOW, DisputeCase.PICKUP, DisputeStatus.AWAITING_BUYER_PICKUP))
                            .get(0).dedupKey());
        });
    }

    @Test
    void tellsNobodyOfAnOpeningAwaitingTheSellerOfACaseChangeOrOfARulingBeforeItTakesEffect() {
        DisputeEvent opened = new DisputeEvent.DisputeOpened("DSP-7", "ORD-1001", "buyer-17", "seller-3", 0, NOW,
                DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived", new Money("23.90", "USD"), NOW,
                DisputeCase.IN_TRANSIT, DisputeStatus.AWAITING_SELLER_RESPONSE);
        DisputeEvent changed = new DisputeEvent.CaseChanged("DSP-7", "ORD-1001", "buyer-17", "seller-3", 1, NOW,
                DisputeCase.DELIVERED, DisputeCase.IN_TRANSIT, DisputeStatus.AWAITING_SELLER_RESPONSE);
        DisputeEvent applied = new DisputeEvent.RulingApplied("DSP-7", "ORD-1001", "buyer-17", "seller-3", 2, NOW,
                "RUL-1", "R1-SELLER-SILENT", Outcome.REFUND_BUYER, ResponsibleParty.SELLER,
                List.of("The seller did not answer within 5 days"), List.of("ce-1"), "p-1", 1, NOW);
        DisputeEvent superseded = new DisputeEvent.RulingSuperseded("DSP-7", "ORD-1001", "buyer-17", "seller-3", 3,
                NOW, "RUL-1", "R1-SELLER-SILENT", 1, "newer facts");

        for (DisputeEvent event : List.of(opened, changed, applied, superseded)) {
            assertThat(announcements.about(event)).as(event.getClass().getSimpleName()).isEmpty();
        }
    }

    @Test
    void tellsBuyerAndSellerHowTheDisputeWasResolvedAndWhy() {
        List<String> reasons = List.of("The seller did not answer within 5 days", "Nothing shows a delivery");
        List<Notice> notices = announcements.about(resolved(ResolvedBy.RULING, null, reasons, "buyer-17", "seller-3"));

        assertThat(notices).extracting(Notice::kind).containsOnly(MessageKind.DISPUTE_RESOLVED);
        assertThat(notices).extracting(Notice::recipientId).containsExactly("buyer-17", "seller-3");
        assertThat(notices.get(0).values())
                .containsEntry("outcome", new Phrase("outcome", "REFUND_BUYER"))
                .containsEntry("responsibleParty", new Phrase("responsibleParty", "SELLER"))
                .containsEntry("headline", new Phrase("resolvedHeadline", "RULING"))
                .containsEntry("resolvedBy", new Phrase("resolvedBy", "RULING"))
                .containsEntry("reasons", new Phrase("reasons", "GIVEN"))
                .containsEntry("reasonList", reasons)
                .doesNotContainKey("amount");
        assertThat(notices.get(1).values()).isEqualTo(notices.get(0).values());
    }

    @ParameterizedTest
    @EnumSource(value = ResolvedBy.class, names = {"AGREEMENT", "BUYER_CONFIRMATION", "WITHDRAWAL"})
    void saysHowTheDisputeEndedWithoutARulingAndGivesNoReasons(ResolvedBy by) {
        List<Notice> notices = announcements.about(resolved(by, null, List.of(), "buyer-17", "seller-3"));

        assertThat(notices).extracting(Notice::recipientId).containsExactly("buyer-17", "seller-3");
        assertThat(notices.get(0).values())
                .containsEntry("headline", new Phrase("resolvedHeadline", by.name()))
                .containsEntry("resolvedBy", new Phrase("resolvedBy", by.name()))
                .containsEntry("reasons", new Phrase("reasons", "NONE"));
    }

    @Test
    void namesTheAmountOfAPartialRefund() {
        Notice notice = announcements.about(resolved(ResolvedBy.AGREEMENT, PARTIAL, List.of(), "buyer-17", "seller-3"))
                .get(0);

        assertThat(notice.values()).containsEntry("outcome", new Phrase("outcome", "PARTIAL_REFUND"))
                .containsEntry("amount", PARTIAL);
    }

    @Test
    void refusesAnEventThatDoesNotSayWhoToTell() {
        assertThatThrownBy(() -> announcements.about(sellerWindow(DisputeEvent.DisputeOpened.TYPE, null)))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("sellerId");
        assertThatThrownBy(() -> announcements.about(resolved(ResolvedBy.RULING, null, List.of(), " ", "seller-3")))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("buyerId");
        assertThatThrownBy(() -> announcements.about(new DisputeEvent.SellerResponded("DSP-7", "ORD-1001", null,
                "seller-3", 2, NOW, SellerAction.REJECT, null, DisputeStatus.NEGOTIATING)))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("dispute.seller-responded.v1 has no buyerId");
        assertThatThrownBy(() -> announcements.about(new DisputeEvent.DisputeEscalated("DSP-7", "ORD-1001",
                "buyer-17", "seller-3", 6, NOW, null, DisputeStatus.UNDER_PLATFORM_REVIEW)))
                .isInstanceOf(IncompleteEventException.class)
                .hasMessageContaining("has no by");
    }

    private static Notice single(List<Notice> notices) {
        assertThat(notices).hasSize(1);
        return notices.get(0);
    }

    private static DisputeEvent opened(DisputeStatus status, String sellerId) {
        DisputeCase disputeCase = status == DisputeStatus.AWAITING_BUYER_PICKUP ? DisputeCase.PICKUP
                : status == DisputeStatus.AWAITING_BUYER_CONFIRMATION ? DisputeCase.INCONSISTENT_DELIVERY
                : DisputeCase.IN_TRANSIT;
        return new DisputeEvent.DisputeOpened("DSP-7", "ORD-1001", "buyer-17", sellerId, 0, NOW,
                DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived", new Money("23.90", "USD"), NOW,
                status == null ? null : disputeCase, status);
    }

    private static TrackingEvent arrival(String carrierEventId, PickupPoint point, String buyerId) {
        return new TrackingEvent.TrackingUpdated("ORD-1001", "LP00012345678CN", "generic", carrierEventId,
                ShipmentStatus.AVAILABLE_FOR_PICKUP, "AVAILABLE_FOR_PICKUP", "LOCKER", NOW, "Parcel at pickup point",
                new TrackingLocation("Madrid", "28013", "ES"), ShipmentStatus.AVAILABLE_FOR_PICKUP, NOW, NOW, point,
                null, null, null, "seller-3", buyerId);
    }

    private static TrackingEvent delayed(DelayReason reason, Instant lastEventAt) {
        return new TrackingEvent.DelayDetected("ORD-1001", "LP00012345678CN", "generic", "seller-3", "buyer-17",
                reason, PROMISED_BY, lastEventAt == null ? null : ShipmentStatus.IN_TRANSIT, lastEventAt, NOW);
    }

    private static TrackingEvent tracking(ShipmentStatus status, ShipmentStatus shipmentStatus, PickupPoint point) {
        return new TrackingEvent.TrackingUpdated("ORD-1001", "LP00012345678CN", "generic", "c-9", status,
                String.valueOf(status), null, NOW, "Scan", null, shipmentStatus, NOW, NOW, point, null, null, null,
                "seller-3", "buyer-17");
    }

    private static RulingEvent requested(RequestedAction action, Party party, PickupPoint point) {
        return new RulingEvent.ActionRequested("DSP-7", "ORD-1001", "buyer-17", "seller-3", NOW, "REQ-1", action,
                party, DUE, "DL-2", point, "ce-1");
    }

    private static RulingEvent reminder(DeadlineType type, Party party) {
        return new RulingEvent.ReminderDue("DSP-7", "ORD-1001", "buyer-17", "seller-3", NOW, "DL-2", type, party, DUE);
    }

    private static RulingEvent sellerWindow(String causeEventType, String sellerId) {
        return new RulingEvent.DeadlineScheduled("DSP-7", "ORD-1001", "buyer-17", sellerId, NOW, "DL-1",
                DeadlineType.SELLER_RESPONSE, Party.SELLER, DUE, "ce-1", causeEventType);
    }

    private static DisputeEvent sellerResponded(SellerAction action, Proposal proposal) {
        return new DisputeEvent.SellerResponded("DSP-7", "ORD-1001", "buyer-17", "seller-3", 2, NOW, action, proposal,
                DisputeStatus.NEGOTIATING);
    }

    private static DisputeEvent proposalAnswered(boolean accepted, Proposal proposal) {
        return new DisputeEvent.ProposalAnswered("DSP-7", "ORD-1001", "buyer-17", "seller-3", 3, NOW, accepted,
                proposal, DisputeStatus.NEGOTIATING);
    }

    private static DisputeEvent messagePosted(Party from, String text) {
        return new DisputeEvent.MessagePosted("DSP-7", "ORD-1001", "buyer-17", "seller-3", 4, NOW, from, text);
    }

    private static DisputeEvent resolved(ResolvedBy by, Money amount, List<String> reasons, String buyerId,
                                         String sellerId) {
        boolean ruling = by == ResolvedBy.RULING;
        return new DisputeEvent.DisputeResolved("DSP-7", "ORD-1001", buyerId, sellerId, 5, NOW,
                by == ResolvedBy.WITHDRAWAL ? DisputeStatus.WITHDRAWN : DisputeStatus.RESOLVED,
                ruling || amount != null ? Outcome.REFUND_BUYER : Outcome.RELEASE_TO_SELLER, amount,
                ruling ? ResponsibleParty.SELLER : ResponsibleParty.NONE, by, ruling ? "R1-SELLER-SILENT" : null,
                reasons);
    }
}
