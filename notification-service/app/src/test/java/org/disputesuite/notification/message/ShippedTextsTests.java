package org.disputesuite.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
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
import org.junit.jupiter.api.Test;

/** The template files shipped in {@code messages/}: every kind, every word a notice may need. */
class ShippedTextsTests {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Money AMOUNT = new Money("3.00", "EUR");
    private static final Address ADDRESS = new Address(null, "Calle Mayor 5", null, "Madrid", null, "28013", "ES");

    private final TemplateCatalog catalog = TemplateCatalog.fromClasspath(getClass().getClassLoader(), "messages");
    private final Announcements announcements = new Announcements();

    @Test
    void everyKindHasAnEnglishSubjectAndBody() {
        for (MessageKind kind : MessageKind.values()) {
            assertThat(catalog.text("en", kind + ".subject")).as("%s.subject", kind).isPresent();
            assertThat(catalog.text("en", kind + ".body")).as("%s.body", kind).isPresent();
        }
    }

    @Test
    void everyShippedLocaleRendersEveryNoticeThePartiesCanGet() throws IOException {
        List<Notice> notices = everyNotice();
        assertThat(notices).extracting(Notice::kind).containsOnly(MessageKind.values());
        MessageRenderer renderer = new MessageRenderer(catalog);
        for (String tag : shippedTags()) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Notice notice : notices) {
                RenderedMessage message = renderer.render(notice, locale, ZoneOffset.UTC);
                assertThat(message.subject()).as("%s subject in %s of %s", notice.kind(), tag, notice.values())
                        .isNotBlank().doesNotContain("{");
                assertThat(message.body()).as("%s body in %s of %s", notice.kind(), tag, notice.values())
                        .isNotBlank().doesNotContain("{");
            }
        }
    }

    private static List<String> shippedTags() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            List<String> tags = files.map(file -> file.getFileName().toString().replace(".properties", ""))
                    .sorted().toList();
            assertThat(tags).contains("en");
            return tags;
        }
    }

    /** What Announcements says for every value of every enum a message puts into words. */
    private List<Notice> everyNotice() {
        List<Notice> notices = new ArrayList<>(announcements.about(new RulingEvent.DeadlineScheduled("DSP-7",
                "ORD-1001", "buyer-17", "seller-3", NOW, "DL-1", DeadlineType.SELLER_RESPONSE, Party.SELLER, NOW,
                "ce-1", DisputeEvent.DisputeOpened.TYPE)));
        for (PickupPoint point : List.of(new PickupPoint("PP-77", "Kiosko Sol", ADDRESS, NOW),
                new PickupPoint("PP-77", "Kiosko Sol", null, NOW), new PickupPoint("PP-77", null, ADDRESS, NOW),
                new PickupPoint(null, null, null, NOW))) {
            notices.addAll(announcements.about(new TrackingEvent.TrackingUpdated("ORD-1001", "LP1", "generic", "c-1",
                    ShipmentStatus.AVAILABLE_FOR_PICKUP, "AvailableForPickup", null, NOW, "At the point", null,
                    ShipmentStatus.AVAILABLE_FOR_PICKUP, NOW, NOW, point, null, null, null, "seller-3", "buyer-17")));
            notices.addAll(announcements.about(new RulingEvent.ActionRequested("DSP-7", "ORD-1001", "buyer-17",
                    "seller-3", NOW, "REQ-1", RequestedAction.COLLECT_PARCEL, Party.BUYER, NOW, "DL-2", point,
                    "ce-1")));
        }
        for (DelayReason reason : DelayReason.values()) {
            for (Instant lastEventAt : new Instant[] {NOW, null}) {
                notices.addAll(announcements.about(new TrackingEvent.DelayDetected("ORD-1001", "LP1", "generic",
                        "seller-3", "buyer-17", reason, NOW, null, lastEventAt, NOW)));
            }
        }
        for (RequestedAction action : RequestedAction.values()) {
            PickupPoint point = action == RequestedAction.COLLECT_PARCEL
                    ? new PickupPoint("PP-77", "Kiosko Sol", ADDRESS, NOW) : null;
            notices.addAll(announcements.about(new RulingEvent.ActionRequested("DSP-7", "ORD-1001", "buyer-17",
                    "seller-3", NOW, "REQ-1", action, action.party(), NOW, "DL-2", point, "ce-1")));
        }
        for (DeadlineType type : DeadlineType.values()) {
            notices.addAll(announcements.about(new RulingEvent.ReminderDue("DSP-7", "ORD-1001", "buyer-17",
                    "seller-3", NOW, "DL-2", type, type.party(), NOW)));
        }
        List<DisputeEvent> events = new ArrayList<>();
        for (DisputeStatus status : DisputeStatus.values()) {
            events.add(new DisputeEvent.DisputeOpened("DSP-7", "ORD-1001", "buyer-17", "seller-3", 0, NOW,
                    DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived", AMOUNT, NOW,
                    DisputeCase.PICKUP, status));
        }
        for (SellerAction action : List.of(SellerAction.ACCEPT, SellerAction.REJECT)) {
            events.add(new DisputeEvent.SellerResponded("DSP-7", "ORD-1001", "buyer-17", "seller-3", 1, NOW, action,
                    null, DisputeStatus.NEGOTIATING));
        }
        for (ProposedSolution solution : ProposedSolution.values()) {
            Proposal proposal = new Proposal(solution, solution == ProposedSolution.PARTIAL_REFUND ? AMOUNT : null);
            events.add(new DisputeEvent.SellerResponded("DSP-7", "ORD-1001", "buyer-17", "seller-3", 1, NOW,
                    SellerAction.PROPOSE, proposal, DisputeStatus.NEGOTIATING));
            for (boolean accepted : new boolean[] {true, false}) {
                events.add(new DisputeEvent.ProposalAnswered("DSP-7", "ORD-1001", "buyer-17", "seller-3", 2, NOW,
                        accepted, proposal, DisputeStatus.NEGOTIATING));
            }
        }
        for (Party party : Party.values()) {
            events.add(new DisputeEvent.DisputeEscalated("DSP-7", "ORD-1001", "buyer-17", "seller-3", 3, NOW, party,
                    DisputeStatus.UNDER_PLATFORM_REVIEW));
            events.add(new DisputeEvent.MessagePosted("DSP-7", "ORD-1001", "buyer-17", "seller-3", 4, NOW, party,
                    "Any news?"));
        }
        for (Outcome outcome : Outcome.values()) {
            for (ResolvedBy by : ResolvedBy.values()) {
                for (ResponsibleParty responsible : ResponsibleParty.values()) {
                    for (List<String> reasons : List.of(List.<String>of(), List.of("The seller did not answer"))) {
                        events.add(new DisputeEvent.DisputeResolved("DSP-7", "ORD-1001", "buyer-17", "seller-3", 5,
                                NOW, DisputeStatus.RESOLVED, outcome, null, responsible, by, null, reasons));
                    }
                }
            }
        }
        events.add(new DisputeEvent.DisputeResolved("DSP-7", "ORD-1001", "buyer-17", "seller-3", 5, NOW,
                DisputeStatus.RESOLVED, Outcome.REFUND_BUYER, AMOUNT, ResponsibleParty.NONE, ResolvedBy.AGREEMENT, null,
                List.of()));
        events.forEach(event -> notices.addAll(announcements.about(event)));
        return notices;
    }
}
