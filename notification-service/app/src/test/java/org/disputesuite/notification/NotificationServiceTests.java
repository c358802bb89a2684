package org.disputesuite.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.notification.intake.NotificationIntake;
import org.disputesuite.notification.message.MessageKind;
import org.disputesuite.notification.message.Notice;
import org.disputesuite.notification.message.Phrase;
import org.disputesuite.platform.events.CloudEventHeaders;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.InvalidEventException;
import org.disputesuite.platform.kafka.DeadLetters;
import org.disputesuite.platform.testing.JsonSnapshots;
import org.disputesuite.platform.testing.TestDatabase;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.ruling.api.RulingTopics;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.DelayReason;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingTopics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** notification-service against a real Kafka broker and a real PostgreSQL database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationServiceTests {

    private static final String DATABASE_URL = TestDatabase.create("notification");
    private static final String DISPUTES_DLT = DeadLetters.topicFor(DisputeTopics.EVENTS, "notification-service");
    private static final Instant OPENED_AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant DUE_AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final EventCodec<DisputeEvent> DISPUTE_EVENTS =
            new EventCodec<>(DisputeEvent.class, DisputeTopics.SOURCE);
    private static final EventCodec<RulingEvent> RULING_EVENTS =
            new EventCodec<>(RulingEvent.class, RulingTopics.SOURCE);
    private static final EventCodec<TrackingEvent> TRACKING_EVENTS =
            new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);
    private static final Instant COLLECT_BY = Instant.parse("2026-11-27T20:00:00Z");
    private static final Instant PROMISED_BY = Instant.parse("2026-12-04T23:59:59Z");
    private static final Address KIOSK_ADDRESS = new Address(null, "Calle Mayor 5", null, "Madrid", null, "28013",
            "ES");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @Autowired
    private NotificationIntake intake;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        for (String[] property : sharedProperties()) {
            registry.add(property[0], () -> property[1]);
        }
        registry.add("management.server.port", () -> "0");
    }

    private static List<String[]> sharedProperties() {
        return List.of(
                new String[] {"spring.kafka.bootstrap-servers", TestKafka.bootstrapServers()},
                new String[] {"spring.datasource.url", DATABASE_URL},
                new String[] {"spring.datasource.username", TestDatabase.USER},
                new String[] {"spring.datasource.password", TestDatabase.PASSWORD},
                new String[] {"suite.jwt.secret", TestTokens.SECRET},
                new String[] {"suite.kafka.retry.initial-interval", "PT0.1S"});
    }

    @Test
    void tellsTheSellerOfTheNewDisputeAndBothPartiesOfItsResolution() {
        Story story = new Story();
        send(story.sellerWindowOpened(UUID.randomUUID().toString()));
        await().atMost(WAIT).until(() -> inbox(story.sellerId).size() == 1);
        send(story.resolvedByRuling(UUID.randomUUID().toString()));
        await().atMost(WAIT).until(() -> inbox(story.buyerId).size() == 1 && inbox(story.sellerId).size() == 2);

        List<JsonNode> seller = inbox(story.sellerId);
        assertThat(seller).extracting(message -> message.get("kind").asString())
                .containsExactly("DISPUTE_RESOLVED", "DISPUTE_OPENED");
        JsonNode opened = seller.get(1);
        assertThat(opened.get("subject").asString()).contains(story.orderId);
        assertThat(opened.get("body").asString()).contains(story.orderId, story.disputeId, "November 25, 2026", "10:00",
                "UTC");
        assertThat(opened.get("locale").asString()).isEqualTo("en");
        assertThat(opened.get("orderId").asString()).isEqualTo(story.orderId);
        assertThat(opened.get("disputeId").asString()).isEqualTo(story.disputeId);
        assertThat(Instant.parse(opened.get("createdAt").asString())).isBefore(Instant.parse(
                seller.get(0).get("createdAt").asString()).plusMillis(1));
        assertThat(opened.get("deliveries").toString())
                .isEqualTo("[{\"channel\":\"INBOX\",\"status\":\"DELIVERED\",\"attempts\":1}]");

        JsonNode buyerResolved = inbox(story.buyerId).get(0);
        assertThat(buyerResolved.get("kind").asString()).isEqualTo("DISPUTE_RESOLVED");
        assertThat(buyerResolved.get("body").asString()).contains("by a platform ruling", "the buyer gets a full refund",
                "The seller was found responsible", "\n- The seller did not answer within 5 days");
        assertThat(seller.get(0).get("body").asString()).isEqualTo(buyerResolved.get("body").asString());

        assertThat(prometheus()).contains("notifications_sent_total{")
                .containsPattern("notifications_sent_total\\{[^}]*channel=\"INBOX\"[^}]*kind=\"DISPUTE_OPENED\"")
                .containsPattern("notifications_sent_total\\{[^}]*channel=\"INBOX\"[^}]*kind=\"DISPUTE_RESOLVED\"");
    }

    @Test
    void tellsTheBuyerOnceThatTheParcelWaitsAtAPickupPointHoweverOftenTheCarrierReportsIt() {
        Story story = new Story();
        PickupPoint kiosk = new PickupPoint("PP-77", "Kiosko Sol", KIOSK_ADDRESS, COLLECT_BY);
        PickupPoint locker = new PickupPoint("PP-78", "Locker Gran Vía", KIOSK_ADDRESS, COLLECT_BY.plusSeconds(86400));
        send(story.arrivedAt(UUID.randomUUID().toString(), "c-1", kiosk));
        send(story.arrivedAt(UUID.randomUUID().toString(), "c-2", kiosk));
        // A move to another point follows the repeat on the order's partition: once it is told, all were read.
        send(story.arrivedAt(UUID.randomUUID().toString(), "c-3", locker));

        await().atMost(WAIT).until(() -> inbox(story.buyerId).size() == 2);
        List<JsonNode> buyer = inbox(story.buyerId);
        assertThat(buyer).extracting(message -> message.get("kind").asString())
                .containsExactly("ARRIVED_FOR_COLLECTION", "ARRIVED_FOR_COLLECTION");
        JsonNode first = buyer.get(1);
        assertThat(first.get("subject").asString())
                .isEqualTo("Your order " + story.orderId + " is waiting for you at a pickup point");
        assertThat(first.get("body").asString()).contains("Kiosko Sol, Calle Mayor 5, 28013 Madrid, ES",
                "November 27, 2026", "8:00", "UTC");
        assertThat(first.get("orderId").asString()).isEqualTo(story.orderId);
        assertThat(first.get("disputeId").isNull()).isTrue();
        assertThat(buyer.get(0).get("body").asString()).contains("Locker Gran Vía", "November 28, 2026");
        assertThat(inbox(story.sellerId)).isEmpty();
        assertThat(prometheus())
                .containsPattern("notifications_sent_total\\{[^}]*channel=\"INBOX\"[^}]*"
                        + "kind=\"ARRIVED_FOR_COLLECTION\"");
    }

    @Test
    void tellsBuyerAndSellerOfEachStallOnceHoweverOftenItsAlertComes() {
        Story story = new Story();
        Instant firstScan = Instant.parse("2026-11-21T08:30:00Z");
        send(story.delayed(DelayReason.STALLED, null));
        send(story.delayed(DelayReason.STALLED, null));
        // A new stall, after the carrier reported once, follows the repeat on the order's partition: once it is
        // told, all were read.
        send(story.delayed(DelayReason.STALLED, firstScan));

        await().atMost(WAIT).until(() -> inbox(story.buyerId).size() >= 2 && inbox(story.sellerId).size() >= 2);
        List<JsonNode> buyer = inbox(story.buyerId);
        List<JsonNode> seller = inbox(story.sellerId);
        assertThat(buyer).extracting(message -> message.get("kind").asString())
                .containsExactly("SHIPMENT_DELAYED", "SHIPMENT_DELAYED");
        assertThat(seller).extracting(message -> message.get("kind").asString())
                .containsExactly("SHIPMENT_DELAYED", "SHIPMENT_DELAYED");
        assertThat(buyer.get(1).get("subject").asString())
                .isEqualTo("No tracking news about your order " + story.orderId);
        assertThat(buyer.get(1).get("body").asString()).contains("since its shipment was registered",
                "December 4, 2026", "LP-" + story.orderId, "you can then open a dispute");
        assertThat(buyer.get(0).get("body").asString()).contains("since November 21, 2026", "8:30", "UTC");
        assertThat(seller.get(1).get("body").asString()).contains("since its shipment was registered",
                "check with the carrier");
        assertThat(seller.get(0).get("body").asString()).contains("since November 21, 2026");
        assertThat(buyer).allSatisfy(message -> {
            assertThat(message.get("orderId").asString()).isEqualTo(story.orderId);
            assertThat(message.get("disputeId").isNull()).isTrue();
        });
        assertThat(prometheus())
                .containsPattern("notifications_sent_total\\{[^}]*channel=\"INBOX\"[^}]*kind=\"SHIPMENT_DELAYED\"");
    }

    @Test
    void tellsBuyerAndSellerOnceThatTheParcelIsLate() {
        Story story = new Story();
        send(story.delayed(DelayReason.LATE, null));
        send(story.delayed(DelayReason.LATE, null));
        // The arrival follows the repeat on the order's partition: once it is told, all were read.
        send(story.arrivedAt(UUID.randomUUID().toString(), "c-1",
                new PickupPoint("PP-77", "Kiosko Sol", KIOSK_ADDRESS, COLLECT_BY)));

        await().atMost(WAIT).until(() -> inbox(story.buyerId).size() >= 2);
        assertThat(inbox(story.buyerId)).extracting(message -> message.get("kind").asString())
                .containsExactly("ARRIVED_FOR_COLLECTION", "SHIPMENT_DELAYED");
        assertThat(inbox(story.sellerId)).singleElement().satisfies(message -> {
            assertThat(message.get("kind").asString()).isEqualTo("SHIPMENT_DELAYED");
            assertThat(message.get("subject").asString()).isEqualTo("Order " + story.orderId + " is late");
        });
    }

    @Test
    void asksTheBuyerToCollectAndRemindsThemOnceEachWhenTheRecordsComeTwice() {
        Story story = new Story();
        String requestId = UUID.randomUUID().toString();
        String reminderId = UUID.randomUUID().toString();
        PickupPoint kiosk = new PickupPoint("PP-77", "Kiosko Sol", KIOSK_ADDRESS, COLLECT_BY);
        send(story.askedToCollect(requestId, kiosk));
        send(story.askedToCollect(requestId, kiosk));
        send(story.reminded(reminderId, DeadlineType.BUYER_PICKUP, Party.BUYER));
        send(story.reminded(reminderId, DeadlineType.BUYER_PICKUP, Party.BUYER));
        // The seller's reminder follows the repeats on the order's partition: once they have it, all were read.
        send(story.reminded(UUID.randomUUID().toString(), DeadlineType.SELLER_RESPONSE, Party.SELLER));

        await().atMost(WAIT).until(() -> inbox(story.sellerId).size() == 1);
        List<JsonNode> buyer = inbox(story.buyerId);
        assertThat(buyer).extracting(message -> message.get("kind").asString())
                .containsExactly("DEADLINE_REMINDER", "ACTION_REQUESTED");
        assertThat(buyer.get(1).get("body").asString()).contains("dispute " + story.disputeId,
                "order " + story.orderId, "Kiosko Sol, Calle Mayor 5, 28013 Madrid, ES", "November 27, 2026");
        assertThat(buyer.get(0).get("subject").asString()).startsWith("Reminder: please collect your order "
                + story.orderId + " by November 27, 2026");
        assertThat(buyer).allSatisfy(message -> {
            assertThat(message.get("orderId").asString()).isEqualTo(story.orderId);
            assertThat(message.get("disputeId").asString()).isEqualTo(story.disputeId);
        });
        assertThat(inbox(story.sellerId).get(0).get("kind").asString()).isEqualTo("DEADLINE_REMINDER");
        assertThat(prometheus())
                .containsPattern("notifications_sent_total\\{[^}]*channel=\"INBOX\"[^}]*kind=\"ACTION_REQUESTED\"")
                .containsPattern("notifications_sent_total\\{[^}]*channel=\"INBOX\"[^}]*kind=\"DEADLINE_REMINDER\"");
    }

    @Test
    void tellsTheSellerOfADisputeOnceWhenItOpensInThePickupCaseAndASellerWindowStillComes() {
        Story story = new Story();
        send(story.openedAwaiting(UUID.randomUUID().toString(), DisputeStatus.AWAITING_BUYER_PICKUP));
        await().atMost(WAIT).until(() -> inbox(story.sellerId).size() == 1);
        send(story.sellerWindowOpened(UUID.randomUUID().toString()));
        // The reminder follows the window on the order's partition of rulings.v1: once it is told, both were read.
        send(story.reminded(UUID.randomUUID().toString(), DeadlineType.SELLER_RESPONSE, Party.SELLER));

        await().atMost(WAIT).until(() -> inbox(story.sellerId).size() >= 2);
        List<JsonNode> seller = inbox(story.sellerId);
        assertThat(seller).extracting(message -> message.get("kind").asString())
                .containsExactly("DEADLINE_REMINDER", "DISPUTE_OPENED");
        assertThat(seller.get(1).get("body").asString()).contains("waiting at a pickup point",
                "you do not need to answer now");
        assertThat(inbox(story.buyerId)).isEmpty();
    }

    @Test
    void tellsTheBuyerOfTheSellersProposalAndMessageOnceEachWhenTheirRecordsComeTwice() {
        Story story = new Story();
        String proposalId = UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        Proposal partialRefund = new Proposal(ProposedSolution.PARTIAL_REFUND, new Money("12.50", "USD"));
        send(story.sellerProposed(proposalId, partialRefund));
        send(story.wrote(messageId, Party.SELLER, "Half the price back, and keep the parcel if it comes."));
        send(story.sellerProposed(proposalId, partialRefund));
        send(story.wrote(messageId, Party.SELLER, "Half the price back, and keep the parcel if it comes."));
        send(story.wrote(UUID.randomUUID().toString(), Party.BUYER, "Deal?"));

        // The buyer's message follows the repeats on the order's partition: once the seller has it, all were read.
        await().atMost(WAIT).until(() -> inbox(story.sellerId).size() == 1);
        List<JsonNode> buyer = inbox(story.buyerId);
        assertThat(buyer).extracting(message -> message.get("kind").asString())
                .containsExactly("MESSAGE_POSTED", "PROPOSAL_MADE");
        assertThat(buyer.get(0).get("body").asString())
                .isEqualTo("The seller wrote in dispute " + story.disputeId + " on order " + story.orderId + ":\n\n"
                        + "Half the price back, and keep the parcel if it comes.");
        assertThat(buyer.get(1).get("subject").asString())
                .isEqualTo("The seller proposes a solution for order " + story.orderId);
        assertThat(buyer.get(1).get("body").asString()).contains("proposes a partial refund of $12.50");
        assertThat(buyer).allSatisfy(message -> {
            assertThat(message.get("orderId").asString()).isEqualTo(story.orderId);
            assertThat(message.get("disputeId").asString()).isEqualTo(story.disputeId);
        });
        assertThat(inbox(story.sellerId).get(0).get("body").asString()).startsWith("The buyer wrote").endsWith("Deal?");
        assertThat(prometheus())
                .containsPattern("notifications_sent_total\\{[^}]*channel=\"INBOX\"[^}]*kind=\"PROPOSAL_MADE\"")
                .containsPattern("notifications_sent_total\\{[^}]*channel=\"INBOX\"[^}]*kind=\"MESSAGE_POSTED\"");
    }

    @Test
    void showsTheInboxNewestFirstInPages() {
        Story story = new Story();
        send(story.sellerWindowOpened(UUID.randomUUID().toString()));
        await().atMost(WAIT).until(() -> inbox(story.sellerId).size() == 1);
        send(story.resolvedByRuling(UUID.randomUUID().toString()));
        await().atMost(WAIT).until(() -> inbox(story.sellerId).size() == 2);

        assertThat(inbox(story.sellerId, "?limit=1")).extracting(message -> message.get("kind").asString())
                .containsExactly("DISPUTE_RESOLVED");
        assertThat(inbox(story.sellerId, "?limit=1&offset=1")).extracting(message -> message.get("kind").asString())
                .containsExactly("DISPUTE_OPENED");
        assertThat(inbox(story.sellerId, "?limit=100000")).hasSize(2);
        assertThat(get("/api/v1/inbox?limit=0", TestTokens.bearer(story.sellerId, "SELLER")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void freezesTheShapeOfAnInboxMessage() throws Exception {
        Story story = new Story("ORD-SNAPSHOT", "DSP-SNAPSHOT", "buyer-snapshot", "seller-snapshot");
        send(story.sellerWindowOpened("ce-snapshot-window"));
        await().atMost(WAIT).until(() -> inbox(story.sellerId).size() == 1);

        ObjectNode message = (ObjectNode) inbox(story.sellerId).get(0);
        assertThat(Instant.parse(message.get("createdAt").asString())).isAfter(Instant.now().minusSeconds(60));
        message.put("createdAt", "2026-11-20T10:00:01Z");
        message.put("body", message.get("body").asString().replace('\u202f', ' ').replace('\u00a0', ' '));
        JsonSnapshots.assertMatches("inbox-dispute-opened", JSON.writeValueAsString(message));
    }

    @Test
    void aPartySeesOnlyItsOwnMessages() {
        Story story = new Story();
        send(story.sellerWindowOpened(UUID.randomUUID().toString()));
        await().atMost(WAIT).until(() -> inbox(story.sellerId).size() == 1);

        assertThat(inbox(story.buyerId)).isEmpty();
        assertThat(inbox("seller-" + UUID.randomUUID())).isEmpty();
        HttpResponse<String> asOperator = get("/api/v1/inbox", TestTokens.bearer("ops-1", "OPERATOR"));
        assertThat(asOperator.statusCode()).isEqualTo(200);
        assertThat(asOperator.body()).doesNotContain(story.orderId);
    }

    @Test
    void theSameEventTwiceGivesOneMessage() {
        Story story = new Story();
        String eventId = UUID.randomUUID().toString();
        send(story.sellerWindowOpened(eventId));
        send(story.sellerWindowOpened(eventId));
        Story later = story.anotherDisputeOfTheSameSeller();
        send(later.sellerWindowOpened(UUID.randomUUID().toString()));

        await().atMost(WAIT).until(() -> inbox(story.sellerId).stream()
                .anyMatch(message -> later.disputeId.equals(message.get("disputeId").asString())));
        assertThat(inbox(story.sellerId)).extracting(message -> message.get("disputeId").asString())
                .containsExactly(later.disputeId, story.disputeId);
    }

    @Test
    void remembersProcessedEventsAcrossARestart() {
        Story story = new Story();
        String eventId = UUID.randomUUID().toString();
        send(story.sellerWindowOpened(eventId));
        await().atMost(WAIT).until(() -> inbox(story.sellerId).size() == 1);

        listeners.stop();
        try (ConfigurableApplicationContext restarted = startAnotherInstance()) {
            send(story.sellerWindowOpened(eventId));
            Story later = story.anotherDisputeOfTheSameSeller();
            send(later.sellerWindowOpened(UUID.randomUUID().toString()));

            await().atMost(WAIT).until(() -> inbox(story.sellerId).size() >= 2);
            assertThat(inbox(story.sellerId)).extracting(message -> message.get("disputeId").asString())
                    .containsExactly(later.disputeId, story.disputeId);
        } finally {
            listeners.start();
        }
    }

    @Test
    void sendsARecordItCannotProcessToTheDeadLetterTopicAndGoesOn() {
        Story story = new Story();
        send(record(DisputeTopics.EVENTS, story.orderId, "bad-json-" + UUID.randomUUID(), DisputeEvent.DisputeResolved.TYPE,
                "{\"disputeId\": \"" + story.disputeId + "\", \"outcome\": "));
        String incomplete = DISPUTE_EVENTS.encode("no-buyer-" + UUID.randomUUID(), OPENED_AT, story.orderId,
                story.disputeId, story.resolved(null)).json();
        send(record(DisputeTopics.EVENTS, story.orderId, "no-buyer-" + UUID.randomUUID(),
                DisputeEvent.DisputeResolved.TYPE, incomplete));
        send(record(DisputeTopics.EVENTS, story.orderId, "unknown-" + UUID.randomUUID(), "dispute.something-new.v1",
                "{\"whatever\": true}"));
        send(story.resolvedByRuling(UUID.randomUUID().toString()));

        await().atMost(WAIT).until(() -> inbox(story.buyerId).size() == 1);
        List<ConsumerRecord<String, String>> dead = new ArrayList<>();
        await().atMost(WAIT).untilAsserted(() -> {
            dead.clear();
            dead.addAll(TestKafka.recordsFor(DISPUTES_DLT, story.orderId, Duration.ofSeconds(5)));
            assertThat(dead).hasSize(2);
        });
        assertThat(header(dead.get(0), "kafka_dlt-exception-message")).contains("does not parse");
        assertThat(header(dead.get(1), "kafka_dlt-exception-message")).contains("dispute.resolved.v1 has no buyerId");
        assertThat(dead).allSatisfy(record -> assertThat(header(record, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo(InvalidEventException.class.getName()));
        assertThat(dead).extracting(record -> header(record, CloudEventHeaders.ID))
                .allSatisfy(id -> assertThat(id).matches("(bad-json|no-buyer)-.*"));
    }

    @Test
    void keepsNothingOfAnEventWhoseMessagesCannotAllBeStored() {
        Story story = new Story();
        String eventId = UUID.randomUUID().toString();
        Phrase answer = new Phrase("disputeOpenedNextStep", "ANSWER");
        Notice fits = new Notice(MessageKind.DISPUTE_OPENED, story.sellerId, story.orderId, story.disputeId,
                Map.of("orderId", story.orderId, "disputeId", story.disputeId, "dueAt", DUE_AT, "nextStep", answer));
        String tooLong = "ORD-" + "9".repeat(300);
        Notice doesNotFit = new Notice(MessageKind.DISPUTE_OPENED, story.buyerId, tooLong, story.disputeId,
                Map.of("orderId", tooLong, "disputeId", story.disputeId, "dueAt", DUE_AT, "nextStep", answer));

        assertThatThrownBy(() -> intake.deliver(eventId, List.of(fits, doesNotFit)))
                .isInstanceOf(DataAccessException.class);

        assertThat(inbox(story.sellerId)).isEmpty();
        assertThat(intake.deliver(eventId, List.of(fits))).hasSize(1);
        assertThat(inbox(story.sellerId)).hasSize(1);
    }

    @Test
    void refusesCallersWithoutAValidToken() {
        String path = "/api/v1/inbox";
        assertThat(get(path, null).statusCode()).isEqualTo(401);
        assertThat(get(path, "Bearer " + TestTokens.token("another-secret-another-secret-0123456789", "buyer-17",
                Instant.now().plusSeconds(600), "BUYER")).statusCode()).isEqualTo(401);
        assertThat(get(path, "Bearer " + TestTokens.token(TestTokens.SECRET, "buyer-17",
                Instant.now().minusSeconds(600), "BUYER")).statusCode()).isEqualTo(401);
        assertThat(get(path, "Bearer " + TestTokens.unsigned("buyer-17", "BUYER")).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/preferences", null).statusCode()).isEqualTo(401);
        assertThat(put("/api/v1/preferences", null, "{}").statusCode()).isEqualTo(401);
        HttpResponse<String> noRole = get(path, "Bearer " + TestTokens.token("buyer-17"));
        assertThat(noRole.statusCode()).isEqualTo(403);
    }

    @Test
    void keepsPreferencesAndWritesInTheRecipientsTimeZone() {
        Story story = new Story();
        String sellerToken = TestTokens.bearer(story.sellerId, "SELLER");
        assertThat(JSON.readTree(get("/api/v1/preferences", sellerToken).body()).toString())
                .isEqualTo("{\"locale\":\"en\",\"timeZone\":\"UTC\",\"email\":null,\"webhookUrl\":null,"
                        + "\"channels\":[\"INBOX\"]}");

        HttpResponse<String> stored = put("/api/v1/preferences", sellerToken, "{\"locale\": \"pt-br\","
                + " \"timeZone\": \"Europe/Madrid\", \"email\": \"seller@example.org\","
                + " \"webhookUrl\": \"https://seller.example/hooks\", \"channels\": [\"EMAIL\", \"WEBHOOK\"],"
                + " \"unknownProperty\": true}");

        assertThat(stored.statusCode()).isEqualTo(200);
        String expected = "{\"locale\":\"pt-BR\",\"timeZone\":\"Europe/Madrid\",\"email\":\"seller@example.org\","
                + "\"webhookUrl\":\"https://seller.example/hooks\",\"channels\":[\"INBOX\",\"EMAIL\",\"WEBHOOK\"]}";
        assertThat(JSON.readTree(stored.body()).toString()).isEqualTo(expected);
        assertThat(JSON.readTree(get("/api/v1/preferences", sellerToken).body()).toString()).isEqualTo(expected);

        send(story.sellerWindowOpened(UUID.randomUUID().toString()));
        await().atMost(WAIT).until(() -> inbox(story.sellerId).size() == 1);
        JsonNode opened = inbox(story.sellerId).get(0);
        assertThat(opened.get("locale").asString()).isEqualTo("en");
        assertThat(opened.get("body").asString()).contains("November 25, 2026", "11:00", "CET");
        assertThat(opened.get("deliveries").size()).isEqualTo(1);
    }

    @Test
    void refusesInvalidPreferencesNamingTheFieldsAndChangesNothing() {
        String token = TestTokens.bearer("buyer-" + UUID.randomUUID(), "BUYER");
        assertThat(put("/api/v1/preferences", token, "{\"locale\": \"es-MX\", \"timeZone\": \"America/Mexico_City\"}")
                .statusCode()).isEqualTo(200);
        String before = get("/api/v1/preferences", token).body();

        HttpResponse<String> refused = put("/api/v1/preferences", token, "{\"locale\": \"es_MX!\","
                + " \"timeZone\": \"Mars/Olympus\", \"email\": \"nobody\", \"webhookUrl\": \"ftp://seller.example\","
                + " \"channels\": [\"INBOX\", \"SMS\"]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode errors = JSON.readTree(refused.body()).get("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("locale", "timeZone", "email", "webhookUrl", "channels[1]");
        assertThat(get("/api/v1/preferences", token).body()).isEqualTo(before);

        assertThat(put("/api/v1/preferences", token, "{\"channels\": [\"EMAIL\"]}").statusCode()).isEqualTo(400);
        assertThat(put("/api/v1/preferences", token, "{\"locale\": ").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/preferences", token).body()).isEqualTo(before);
    }

    private ConfigurableApplicationContext startAnotherInstance() {
        List<String> args = new ArrayList<>();
        for (String[] property : sharedProperties()) {
            args.add("--" + property[0] + "=" + property[1]);
        }
        args.add("--server.port=0");
        args.add("--management.server.port=-1");
        return new SpringApplicationBuilder(NotificationServiceApplication.class).run(args.toArray(String[]::new));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void send(ProducerRecord<String, String> record) {
        TestKafka.send(record);
    }

    private static ProducerRecord<String, String> record(String topic, String key, String id, String type, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        record.headers().add(CloudEventHeaders.ID, id.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, "test".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TIME, OPENED_AT.toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private List<JsonNode> inbox(String partyId) {
        return inbox(partyId, "");
    }

    private List<JsonNode> inbox(String partyId, String query) {
        String role = partyId.startsWith("buyer") ? "BUYER" : "SELLER";
        HttpResponse<String> response = get("/api/v1/inbox" + query, TestTokens.bearer(partyId, role));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> messages = new ArrayList<>();
        JSON.readTree(response.body()).forEach(messages::add);
        return messages;
    }

    private String prometheus() {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/prometheus"))
                .GET().build()).body();
    }

    private HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private HttpResponse<String> put(String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One order's dispute, with ids of its own so tests sharing the broker and database never meet. */
    private static final class Story {

        final String orderId;
        final String disputeId;
        final String buyerId;
        final String sellerId;

        Story() {
            this("ORD-" + UUID.randomUUID(), "DSP-" + UUID.randomUUID(), "buyer-" + UUID.randomUUID(),
                    "seller-" + UUID.randomUUID());
        }

        Story(String orderId, String disputeId, String buyerId, String sellerId) {
            this.orderId = orderId;
            this.disputeId = disputeId;
            this.buyerId = buyerId;
            this.sellerId = sellerId;
        }

        Story anotherDisputeOfTheSameSeller() {
            return new Story(orderId, "DSP-" + UUID.randomUUID(), buyerId, sellerId);
        }

        ProducerRecord<String, String> sellerWindowOpened(String eventId) {
            RulingEvent event = new RulingEvent.DeadlineScheduled(disputeId, orderId, buyerId, sellerId, OPENED_AT,
                    "DL-" + disputeId, DeadlineType.SELLER_RESPONSE, Party.SELLER, DUE_AT, "ce-opened-" + disputeId,
                    DisputeEvent.DisputeOpened.TYPE);
            return RULING_EVENTS.encode(eventId, OPENED_AT, orderId, disputeId, event).toRecord(RulingTopics.RULINGS);
        }

        ProducerRecord<String, String> arrivedAt(String eventId, String carrierEventId, PickupPoint point) {
            TrackingEvent event = new TrackingEvent.TrackingUpdated(orderId, "LP-" + orderId, "generic",
                    carrierEventId, ShipmentStatus.AVAILABLE_FOR_PICKUP, "AVAILABLE_FOR_PICKUP", "LOCKER", OPENED_AT,
                    "Parcel at pickup point", null, ShipmentStatus.AVAILABLE_FOR_PICKUP, OPENED_AT, OPENED_AT, point,
                    null, null, null, sellerId, buyerId);
            return TRACKING_EVENTS.encode(eventId, OPENED_AT, orderId, orderId, event)
                    .toRecord(TrackingTopics.TRACKING);
        }

        /** Under the id logistics-tracker gives the alert: once per lateness, once per stall. */
        ProducerRecord<String, String> delayed(DelayReason reason, Instant lastEventAt) {
            String eventId = "delay:" + orderId + ":" + reason + switch (reason) {
                case LATE -> "";
                case STALLED -> ":" + (lastEventAt == null ? "registered" : lastEventAt);
            };
            Instant detectedAt = switch (reason) {
                case LATE -> PROMISED_BY.plusSeconds(3600);
                case STALLED -> (lastEventAt == null ? OPENED_AT : lastEventAt).plus(Duration.ofDays(5));
            };
            TrackingEvent event = new TrackingEvent.DelayDetected(orderId, "LP-" + orderId, "generic", sellerId,
                    buyerId, reason, PROMISED_BY, lastEventAt == null ? null : ShipmentStatus.IN_TRANSIT, lastEventAt,
                    detectedAt);
            return TRACKING_EVENTS.encode(eventId, detectedAt, orderId, orderId, event)
                    .toRecord(TrackingTopics.TRACKING);
        }

        ProducerRecord<String, String> askedToCollect(String eventId, PickupPoint point) {
            RulingEvent event = new RulingEvent.ActionRequested(disputeId, orderId, buyerId, sellerId, OPENED_AT,
                    "REQ-" + disputeId, RequestedAction.COLLECT_PARCEL, Party.BUYER, point.collectBy(),
                    "DL-pickup-" + disputeId, point, "ce-opened-" + disputeId);
            return RULING_EVENTS.encode(eventId, OPENED_AT, orderId, disputeId, event).toRecord(RulingTopics.RULINGS);
        }

        ProducerRecord<String, String> reminded(String eventId, DeadlineType type, Party party) {
            Instant dueAt = type == DeadlineType.BUYER_PICKUP ? COLLECT_BY : DUE_AT;
            RulingEvent event = new RulingEvent.ReminderDue(disputeId, orderId, buyerId, sellerId,
                    dueAt.minusSeconds(86400), "DL-" + type + "-" + disputeId, type, party, dueAt);
            return RULING_EVENTS.encode(eventId, event.occurredAt(), orderId, disputeId, event)
                    .toRecord(RulingTopics.RULINGS);
        }

        ProducerRecord<String, String> openedAwaiting(String eventId, DisputeStatus status) {
            return disputeEvent(eventId, new DisputeEvent.DisputeOpened(disputeId, orderId, buyerId, sellerId, 0,
                    OPENED_AT, DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived",
                    new Money("23.90", "USD"), OPENED_AT, DisputeCase.PICKUP, status));
        }

        ProducerRecord<String, String> resolvedByRuling(String eventId) {
            return DISPUTE_EVENTS.encode(eventId, DUE_AT, orderId, disputeId, resolved(buyerId))
                    .toRecord(DisputeTopics.EVENTS);
        }

        DisputeEvent resolved(String buyer) {
            return new DisputeEvent.DisputeResolved(disputeId, orderId, buyer, sellerId, 4, DUE_AT,
                    DisputeStatus.RESOLVED, Outcome.REFUND_BUYER, null, ResponsibleParty.SELLER, ResolvedBy.RULING,
                    "R1-SELLER-SILENT", List.of("The seller did not answer within 5 days"));
        }

        ProducerRecord<String, String> sellerProposed(String eventId, Proposal proposal) {
            return disputeEvent(eventId, new DisputeEvent.SellerResponded(disputeId, orderId, buyerId, sellerId, 2,
                    OPENED_AT.plusSeconds(60), SellerAction.PROPOSE, proposal, DisputeStatus.NEGOTIATING));
        }

        ProducerRecord<String, String> wrote(String eventId, Party from, String text) {
            return disputeEvent(eventId, new DisputeEvent.MessagePosted(disputeId, orderId, buyerId, sellerId, 3,
                    OPENED_AT.plusSeconds(120), from, text));
        }

        private ProducerRecord<String, String> disputeEvent(String eventId, DisputeEvent event) {
            return DISPUTE_EVENTS.encode(eventId, event.occurredAt(), orderId, disputeId, event)
                    .toRecord(DisputeTopics.EVENTS);
        }
    }
}
