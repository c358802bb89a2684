package org.disputesuite.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.disputesuite.dispute.support.KafkaProgress.awaitConsumed;
import static org.disputesuite.dispute.support.KafkaProgress.awaitRecords;
import static org.disputesuite.dispute.support.KafkaProgress.records;
import static org.disputesuite.dispute.support.Records.header;
import static org.disputesuite.dispute.support.Records.newId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedAction;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.dispute.domain.DisputeId;
import org.disputesuite.dispute.domain.OpenDispute;
import org.disputesuite.dispute.support.Api;
import org.disputesuite.dispute.support.Api.Response;
import org.disputesuite.dispute.support.Order;
import org.disputesuite.dispute.support.PublisherProgress;
import org.disputesuite.dispute.support.Records;
import org.disputesuite.platform.events.CloudEventHeaders;
import org.disputesuite.platform.kafka.DeadLetters;
import org.disputesuite.dispute.support.ServiceUnderTest;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.RulingEvent;
import org.disputesuite.ruling.api.RulingTopics;
import org.disputesuite.tracking.api.AddressCheck;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingTopics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/** dispute-service against a real Kafka broker and a real PostgreSQL database, driven as apps and services drive it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DisputeServiceIntegrationTests {

    private static final String OPERATOR = TestTokens.bearer("ops-1", "OPERATOR");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceUnderTest.onKafkaAndPostgresql(registry, "dispute_it");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;
    @Autowired
    ApplicationContext context;
    @Autowired
    MeterRegistry meters;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void opensDisputeOnAKnownShipmentAndPublishesIt() {
        Order order = newOrder();
        order.registerPromisedAgo(Duration.ofDays(2));

        Response opened = api.post("/api/v1/disputes", order.buyer(), Api.openBody(order.id, "REFUND"));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String disputeId = DisputeId.forOrder(order.id);
        assertThat(opened.location()).endsWith("/api/v1/disputes/" + disputeId);
        JsonNode dispute = opened.json();
        assertThat(dispute.get("disputeId").asString()).isEqualTo(disputeId);
        assertThat(dispute.get("orderId").asString()).isEqualTo(order.id);
        assertThat(dispute.get("buyerId").asString()).isEqualTo(order.buyerId);
        assertThat(dispute.get("sellerId").asString()).isEqualTo(order.sellerId);
        assertThat(dispute.get("status").asString()).isEqualTo("AWAITING_SELLER_RESPONSE");
        assertThat(Instant.parse(dispute.get("openedAt").asString()))
                .isCloseTo(clock.instant(), within(60, ChronoUnit.SECONDS));
        assertThat(dispute.get("requestedSolution").asString()).isEqualTo("REFUND");
        assertThat(dispute.get("reason").asString()).isEqualTo("NOT_RECEIVED");
        assertThat(dispute.get("description").asString()).isEqualTo("Nothing arrived");
        assertThat(dispute.get("amount").get("value").asString()).isEqualTo("23.90");
        assertThat(dispute.get("amount").get("currency").asString()).isEqualTo("USD");
        assertThat(dispute.get("case").asString()).as("no tracking yet: in transit").isEqualTo("IN_TRANSIT");
        assertThat(dispute.get("deadlines").isEmpty()).isTrue();
        assertThat(dispute.get("ruling").isNull()).isTrue();
        assertThat(dispute.get("resolution").isNull()).isTrue();
        assertThat(dispute.get("evidence").isEmpty()).isTrue();
        assertThat(dispute.get("proposals").isEmpty()).isTrue();
        assertThat(dispute.get("messages").isEmpty()).isTrue();
        JsonNode timeline = dispute.get("timeline");
        assertThat(timeline).hasSize(1);
        assertThat(timeline.get(0).get("type").asString()).isEqualTo("DISPUTE_OPENED");
        assertThat(timeline.get(0).get("actor").asString()).isEqualTo("BUYER");
        assertThat(timeline.get(0).get("partyId").asString()).isEqualTo(order.buyerId);

        ConsumerRecord<String, String> published = awaitRecords(DisputeTopics.EVENTS, order.id, 1).get(0);
        assertThat(header(published, CloudEventHeaders.TYPE)).isEqualTo("dispute.opened.v1");
        assertThat(header(published, CloudEventHeaders.SOURCE)).isEqualTo("dispute-service");
        assertThat(header(published, CloudEventHeaders.SUBJECT)).isEqualTo(disputeId);
        assertThat(header(published, CloudEventHeaders.ID)).isNotBlank();
        assertThat(Instant.parse(header(published, CloudEventHeaders.TIME)))
                .isEqualTo(Instant.parse(dispute.get("openedAt").asString()));
        JsonNode event = new Response(200, "", null, published.value()).json();
        assertThat(event.get("version").asLong()).isZero();
        assertThat(event.get("disputeId").asString()).isEqualTo(disputeId);
        assertThat(event.get("buyerId").asString()).isEqualTo(order.buyerId);
        assertThat(event.get("requestedSolution").asString()).isEqualTo("REFUND");
        assertThat(event.get("amount").get("value").asString()).isEqualTo("23.90");
        assertThat(meters.counter("disputes.opened", "requested_solution", "REFUND").count()).isPositive();
        assertThat(meters.find("eventProcessor.latency").tag("processorName", "disputes-publisher").meter())
                .as("Axon's processor metrics").isNotNull();
    }

    @Test
    void showsADisputeToItsPartiesAndOperatorsOnly() {
        Order order = newOrder();
        order.registerPromisedAgo(Duration.ofDays(1));
        String disputeId = order.openDispute();
        String path = "/api/v1/disputes/" + disputeId;

        assertThat(api.get(path, order.buyer()).status()).isEqualTo(200);
        assertThat(api.get(path, TestTokens.bearer(order.sellerId, "SELLER")).status()).isEqualTo(200);
        assertThat(api.get(path, OPERATOR).status()).isEqualTo(200);
        Response stranger = api.get(path, TestTokens.bearer("buyer-stranger", "BUYER"));
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/disputes/" + DisputeId.forOrder("ORD-NEVER"), OPERATOR).status())
                .isEqualTo(404);
        assertThat(api.get(path, null).status()).isEqualTo(401);
    }

    @Test
    void refusesInvalidOpeningsAndLeavesNothingStoredOrPublished() {
        List<String> refusedOrders = new ArrayList<>();
        Order order = newOrder();
        order.registerPromisedAgo(Duration.ofDays(2));
        refusedOrders.add(order.id);
        String body = Api.openBody(order.id, "REFUND");
        String path = "/api/v1/disputes";

        assertThat(api.post(path, null, body).status()).isEqualTo(401);
        String wrongKey = TestTokens.token("another-secret-another-secret-0123456789", order.buyerId,
                clock.instant().plusSeconds(600), "BUYER");
        assertThat(api.post(path, "Bearer " + wrongKey, body).status()).isEqualTo(401);
        assertThat(api.post(path, "Bearer " + TestTokens.unsigned(order.buyerId, "BUYER"), body).status())
                .isEqualTo(401);
        String expired = TestTokens.token(TestTokens.SECRET, order.buyerId, clock.instant().minusSeconds(600), "BUYER");
        assertThat(api.post(path, "Bearer " + expired, body).status()).isEqualTo(401);

        assertThat(api.post(path, TestTokens.bearer(order.sellerId, "SELLER"), body).status()).isEqualTo(403);
        assertThat(api.post(path, OPERATOR, body).status()).isEqualTo(403);
        assertThat(api.post(path, TestTokens.bearer(order.sellerId, "SELLER"), "{}").status())
                .as("the role is refused before the body is read").isEqualTo(403);

        Response empty = api.post(path, order.buyer(), "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").findValuesAsString("field"))
                .containsExactly("orderId", "reason", "requestedSolution");
        Response badReason = api.post(path, order.buyer(),
                "{\"orderId\": \"" + order.id + "\", \"reason\": \"LOST\", \"requestedSolution\": \"REFUND\"}");
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(badReason.json().get("errors").findValuesAsString("field")).containsExactly("reason");
        assertThat(api.post(path, order.buyer(), "{\"orderId\": ").status()).isEqualTo(400);

        String unknownOrder = "ORD-UNKNOWN-" + newId();
        refusedOrders.add(unknownOrder);
        Response unknown = api.post(path, order.buyer(), Api.openBody(unknownOrder, "REFUND"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("detail").asString()).contains("no known shipment");

        Response notTheirs = api.post(path, TestTokens.bearer("buyer-other", "BUYER"), body);
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.json().get("detail").asString()).contains("not yours");

        Order early = newOrder();
        Instant promised = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        early.register(promised);
        early.track(ShipmentStatus.IN_TRANSIT);
        refusedOrders.add(early.id);
        Response tooEarly = api.post(path, early.buyer(), Api.openBody(early.id, "REFUND"));
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(422);
        assertThat(Instant.parse(tooEarly.json().get("allowedFrom").asString())).isEqualTo(promised);
        assertThat(Instant.parse(tooEarly.json().get("allowedUntil").asString()))
                .isEqualTo(promised.plus(Duration.ofDays(15)));

        Order late = newOrder();
        late.registerPromisedAgo(Duration.ofDays(16));
        refusedOrders.add(late.id);
        Response tooLate = api.post(path, late.buyer(), Api.openBody(late.id, "RESEND"));
        assertThat(tooLate.status()).isEqualTo(422);
        assertThat(tooLate.json().get("detail").asString()).contains("Buyer protection ended");
        assertThat(tooLate.json().has("allowedUntil")).isTrue();

        Order disputed = newOrder();
        disputed.registerPromisedAgo(Duration.ofDays(1));
        disputed.openDispute();
        Response second = api.post(path, disputed.buyer(), Api.openBody(disputed.id, "RESEND"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");

        awaitRecords(DisputeTopics.EVENTS, disputed.id, 1);
        for (String refused : refusedOrders) {
            assertThat(eventStore.lastSequenceNumberFor(DisputeId.forOrder(refused))).as(refused).isEmpty();
            assertThat(records(DisputeTopics.EVENTS, refused)).as(refused).isEmpty();
        }
        assertThat(eventStore.lastSequenceNumberFor(DisputeId.forOrder(disputed.id))).contains(0L);
        assertThat(records(DisputeTopics.EVENTS, disputed.id)).hasSize(1);
    }

    /**
     * Openings that pass the first check together are told apart by the event store alone: on
     * PostgreSQL a second stored opening of the same dispute is refused as a stream creation.
     */
    @Test
    void eventStoreRefusesASecondStoredOpeningOfTheSameDispute() {
        Order order = newOrder();
        order.registerPromisedAgo(Duration.ofDays(1));
        String disputeId = DisputeId.forOrder(order.id);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        OpenDispute open = new OpenDispute(disputeId, order.id, order.buyerId, order.sellerId,
                DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, null, new Money("23.90", "USD"),
                now.minus(Duration.ofDays(1)), DisputeCase.IN_TRANSIT, now);

        commands.sendAndWait(open);

        assertThatThrownBy(() -> commands.sendAndWait(open)).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(eventStore.readEvents(disputeId).asStream().toList()).hasSize(1);
    }

    @Test
    void opensOneDisputeWhenOpeningsOfTheSameOrderRace() throws Exception {
        Order order = newOrder();
        order.registerPromisedAgo(Duration.ofDays(1));
        String disputeId = DisputeId.forOrder(order.id);

        List<Integer> statuses = openAtOnce(order, 6);

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409, 409, 409);
        assertThat(eventStore.readEvents(disputeId).asStream().toList()).hasSize(1);
        PublisherProgress.awaitPublished(context, disputeId);
        assertThat(records(DisputeTopics.EVENTS, order.id))
                .extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactly("dispute.opened.v1");
    }

    @Test
    void allowsEarlyOpeningOnceTrackingShowsDelivery() {
        Order order = newOrder();
        order.register(clock.instant().plus(Duration.ofDays(3)));
        order.track(ShipmentStatus.DELIVERED);

        Response opened = api.post("/api/v1/disputes", order.buyer(), Api.openBody(order.id, "RESEND"));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    }

    @Test
    void opensAnInconsistentDeliveryAwaitingTheBuyerAndRecordsThePlatformsRequests() {
        Order order = newOrder();
        order.registerPromisedAgo(Duration.ofDays(1));
        TestKafka.send(Records.tracked(newId(), order.id, ShipmentStatus.DELIVERED, clock.instant(),
                AddressCheck.MISMATCH));
        await().atMost(Duration.ofSeconds(20)).until(() -> "MISMATCH".equals(jdbc.queryForObject(
                "select address_check from known_shipments where order_id = ?", String.class, order.id)));

        String disputeId = order.openDispute();
        JsonNode opened = api.get("/api/v1/disputes/" + disputeId, order.buyer()).json();
        assertThat(opened.get("status").asString()).isEqualTo("AWAITING_BUYER_CONFIRMATION");
        assertThat(opened.get("case").asString()).isEqualTo("INCONSISTENT_DELIVERY");
        Response answer = api.post("/api/v1/disputes/" + disputeId + "/seller-response", order.seller(),
                "{\"action\": \"ACCEPT\"}");
        assertThat(answer.status()).as("the platform is in charge").isEqualTo(409);

        Response denied = api.post("/api/v1/disputes/" + disputeId + "/buyer-response", order.buyer(),
                "{\"action\": \"STILL_NOT_RECEIVED\"}");
        assertThat(denied.status()).as(denied.toString()).isEqualTo(200);
        Instant due = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MILLIS);
        order.rule(newId(), new RulingEvent.ActionRequested(disputeId, order.id, order.buyerId, order.sellerId,
                clock.instant(), "request-1", RequestedAction.PRODUCE_DELIVERY_RECEIPT, Party.SELLER, due,
                "deadline-receipt", null, "cause"));

        JsonNode awaiting = awaitDispute(disputeId, order,
                d -> d.get("status").asString().equals("AWAITING_DELIVERY_RECEIPT"));
        JsonNode request = awaiting.get("timeline").get(awaiting.get("timeline").size() - 1);
        assertThat(request.get("type").asString()).isEqualTo("PLATFORM_REQUEST");
        assertThat(request.get("details").get("action").asString()).isEqualTo("PRODUCE_DELIVERY_RECEIPT");
        assertThat(Instant.parse(request.get("details").get("dueAt").asString())).isEqualTo(due);
        List<ConsumerRecord<String, String>> published = awaitRecords(DisputeTopics.EVENTS, order.id, 3);
        assertThat(published).extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactly(
                "dispute.opened.v1", "dispute.receipt-answered.v1", "dispute.platform-request-recorded.v1");
    }

    @Test
    void appliesThePlatformsRulingAndResolvesTheDispute() {
        Order order = newOrder();
        order.registerPromisedAgo(Duration.ofDays(2));
        String disputeId = order.openDispute();
        String openedEventId = header(awaitRecords(DisputeTopics.EVENTS, order.id, 1).get(0), CloudEventHeaders.ID);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant due = now.plus(Duration.ofDays(5));

        String caseChosen = newId();
        order.rule(caseChosen, new RulingEvent.CaseChosen(disputeId, order.id, order.buyerId, order.sellerId, now,
                DisputeCase.IN_TRANSIT, null, openedEventId));
        order.rule(newId(), new RulingEvent.DeadlineScheduled(disputeId, order.id, order.buyerId, order.sellerId, now,
                "deadline-1", DeadlineType.SELLER_RESPONSE, Party.SELLER, due, openedEventId, "dispute.opened.v1"));

        JsonNode awaiting = awaitDispute(disputeId, order, d -> d.get("version").asLong() == 1);
        assertThat(awaiting.get("case").asString()).isEqualTo("IN_TRANSIT");
        assertThat(awaiting.get("status").asString()).isEqualTo("AWAITING_SELLER_RESPONSE");
        assertThat(awaiting.get("deadlines")).hasSize(1);
        JsonNode deadline = awaiting.get("deadlines").get(0);
        assertThat(deadline.get("type").asString()).isEqualTo("SELLER_RESPONSE");
        assertThat(deadline.get("party").asString()).isEqualTo("SELLER");
        assertThat(Instant.parse(deadline.get("dueAt").asString())).isEqualTo(due);

        order.rule(newId(), new RulingEvent.DeadlineExpired(disputeId, order.id, order.buyerId, order.sellerId, due,
                "deadline-1", DeadlineType.SELLER_RESPONSE, due));
        String rulingEventId = newId();
        RulingEvent.RulingIssued ruling = new RulingEvent.RulingIssued(disputeId, order.id, order.buyerId,
                order.sellerId, due, "ruling-" + disputeId, "R1-SELLER-SILENT", Outcome.REFUND_BUYER,
                ResponsibleParty.SELLER, List.of("The seller did not answer within 5 days"),
                List.of(openedEventId), "2026-1", 1);
        Instant beforeApplied = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        order.rule(rulingEventId, ruling);

        JsonNode resolved = awaitDispute(disputeId, order, d -> d.get("status").asString().equals("RESOLVED"));
        Instant afterApplied = clock.instant();
        assertThat(resolved.get("version").asLong()).isEqualTo(4);
        assertThat(resolved.get("deadlines").isEmpty()).isTrue();
        JsonNode applied = resolved.get("ruling");
        assertThat(applied.get("rulingId").asString()).isEqualTo("ruling-" + disputeId);
        assertThat(applied.get("ruleId").asString()).isEqualTo("R1-SELLER-SILENT");
        assertThat(applied.get("outcome").asString()).isEqualTo("REFUND_BUYER");
        assertThat(applied.get("responsibleParty").asString()).isEqualTo("SELLER");
        assertThat(applied.get("reasons").get(0).asString()).isEqualTo("The seller did not answer within 5 days");
        assertThat(applied.get("factEventIds").get(0).asString()).isEqualTo(openedEventId);
        assertThat(applied.get("policyVersion").asString()).isEqualTo("2026-1");
        assertThat(applied.get("basedOnVersion").asLong()).isEqualTo(1);
        assertThat(Instant.parse(applied.get("issuedAt").asString())).isEqualTo(due);
        JsonNode resolution = resolved.get("resolution");
        assertThat(resolution.get("outcome").asString()).isEqualTo("REFUND_BUYER");
        assertThat(resolution.get("responsibleParty").asString()).isEqualTo("SELLER");
        assertThat(resolution.get("resolvedBy").asString()).isEqualTo("RULING");
        assertThat(resolution.has("amount")).isFalse();
        Instant resolvedAt = Instant.parse(resolution.get("resolvedAt").asString());
        assertThat(resolvedAt).as("when dispute-service applied the ruling, not when it was issued")
                .isBetween(beforeApplied, afterApplied);
        assertThat(resolved.get("timeline").findValuesAsString("type")).as("the platform's case confirms the"
                + " opening's: nothing to record").containsExactly("DISPUTE_OPENED", "DEADLINE_SCHEDULED",
                "DEADLINE_EXPIRED", "RULING_APPLIED", "DISPUTE_RESOLVED");
        assertThat(resolved.get("timeline").findValuesAsString("at").subList(3, 5)).extracting(Instant::parse)
                .containsOnly(resolvedAt);

        List<ConsumerRecord<String, String>> published = awaitRecords(DisputeTopics.EVENTS, order.id, 3);
        assertThat(published).extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactly(
                "dispute.opened.v1", "dispute.ruling-applied.v1", "dispute.resolved.v1");
        assertThat(published).extracting(r -> new Response(200, "", null, r.value()).json().get("version").asLong())
                .containsExactly(0L, 3L, 4L);
        assertThat(published).extracting(r -> header(r, CloudEventHeaders.ID)).doesNotHaveDuplicates();
        assertThat(meters.counter("disputes.resolved", "outcome", "REFUND_BUYER", "resolved_by", "RULING").count())
                .isPositive();

        order.rule(rulingEventId, ruling);
        order.rule(caseChosen, new RulingEvent.CaseChosen(disputeId, order.id, order.buyerId, order.sellerId, now,
                DisputeCase.IN_TRANSIT, null, openedEventId));
        order.rule(newId(), new RulingEvent.DeadlineCancelled(disputeId, order.id, order.buyerId, order.sellerId,
                due, "deadline-1", DeadlineType.SELLER_RESPONSE, "The dispute is resolved", rulingEventId));
        awaitConsumed(RulingTopics.RULINGS);

        JsonNode after = api.get("/api/v1/disputes/" + disputeId, order.buyer()).json();
        assertThat(after.get("version").asLong()).isEqualTo(4);
        assertThat(after.get("timeline")).hasSize(5);
        assertThat(records(DisputeTopics.EVENTS, order.id)).hasSize(3);
        assertThat(records(DeadLetters.topicFor(RulingTopics.RULINGS, "dispute-service"), order.id))
                .as("decisions refused after resolution are not dead letters").isEmpty();
    }

    @Test
    void supersedesARulingThatDidNotKnowTheLatestCase() {
        Order order = newOrder();
        order.registerPromisedAgo(Duration.ofDays(2));
        String disputeId = order.openDispute();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        order.rule(newId(), new RulingEvent.CaseChosen(disputeId, order.id, order.buyerId, order.sellerId, now,
                DisputeCase.IN_TRANSIT, null, "cause"));
        order.rule(newId(), new RulingEvent.CaseChosen(disputeId, order.id, order.buyerId, order.sellerId,
                now.plusSeconds(1), DisputeCase.PICKUP, DisputeCase.IN_TRANSIT, "cause"));
        order.rule(newId(), new RulingEvent.RulingIssued(disputeId, order.id, order.buyerId, order.sellerId,
                now.plusSeconds(2), "ruling-1", "R1-SELLER-SILENT", Outcome.REFUND_BUYER, ResponsibleParty.SELLER,
                List.of("The seller did not answer"), List.of(), "2026-1", 0));

        JsonNode dispute = awaitDispute(disputeId, order, d -> d.get("version").asLong() == 2);

        assertThat(dispute.get("status").asString()).isEqualTo("AWAITING_BUYER_PICKUP");
        assertThat(dispute.get("case").asString()).isEqualTo("PICKUP");
        assertThat(dispute.get("ruling").isNull()).isTrue();
        assertThat(dispute.get("timeline").findValuesAsString("type")).endsWith("RULING_SUPERSEDED");
        List<ConsumerRecord<String, String>> published = awaitRecords(DisputeTopics.EVENTS, order.id, 3);
        ConsumerRecord<String, String> superseded = published.get(2);
        assertThat(header(superseded, CloudEventHeaders.TYPE)).isEqualTo("dispute.ruling-superseded.v1");
        JsonNode event = new Response(200, "", null, superseded.value()).json();
        assertThat(event.get("version").asLong()).isEqualTo(2);
        assertThat(event.get("basedOnVersion").asLong()).isZero();
    }

    @Test
    void listsDisputesNewestFirstToTheirPartiesAndAllToOperators() {
        Order first = newOrder();
        first.registerPromisedAgo(Duration.ofDays(1));
        Order second = first.anotherOfTheSameBuyer();
        second.registerPromisedAgo(Duration.ofDays(1));
        String firstId = first.openDispute();
        String secondId = second.openDispute();

        List<String> buyers = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/v1/disputes", first.buyer()).json().findValuesAsString("disputeId"),
                ids -> ids.size() == 2);
        assertThat(buyers).containsExactly(secondId, firstId);
        JsonNode summary = api.get("/api/v1/disputes?orderId=" + first.id, first.buyer()).json().get(0);
        assertThat(summary.get("orderId").asString()).isEqualTo(first.id);
        assertThat(summary.get("status").asString()).isEqualTo("AWAITING_SELLER_RESPONSE");
        assertThat(api.get("/api/v1/disputes?limit=1", first.buyer()).json()).hasSize(1);
        assertThat(api.get("/api/v1/disputes?limit=1&offset=1", first.buyer()).json()
                .findValuesAsString("disputeId")).containsExactly(firstId);
        assertThat(api.get("/api/v1/disputes", TestTokens.bearer(second.sellerId, "SELLER")).json()
                .findValuesAsString("disputeId")).containsExactly(secondId);
        assertThat(api.get("/api/v1/disputes?orderId=" + first.id, TestTokens.bearer("buyer-other", "BUYER"))
                .json()).isEmpty();
        assertThat(api.get("/api/v1/disputes?orderId=" + second.id + "&status=AWAITING_SELLER_RESPONSE", OPERATOR)
                .json().findValuesAsString("disputeId")).containsExactly(secondId);
        assertThat(api.get("/api/v1/disputes?orderId=" + second.id + "&status=RESOLVED", OPERATOR).json()).isEmpty();
        assertThat(api.get("/api/v1/disputes?limit=100000", OPERATOR).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/disputes?status=LOST", OPERATOR).status()).isEqualTo(400);
    }

    @Test
    void refusesPagingOutsideItsBoundsNamingTheParameter() {
        for (String query : List.of("limit=0", "limit=-5", "limit=many", "offset=-1", "offset=first")) {
            Response refused = api.get("/api/v1/disputes?" + query, OPERATOR);

            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).as(query).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").findValuesAsString("field")).as(query)
                    .containsExactly(query.substring(0, query.indexOf('=')));
        }
        assertThat(api.get("/api/v1/disputes?limit=1&offset=0", OPERATOR).status()).isEqualTo(200);
    }

    @Test
    void sendsUnreadableTrackingRecordsToTheDeadLetterTopicAndGoesOn() {
        String orderId = "ORD-DLT-" + newId();
        String badId = newId();
        TestKafka.send(Records.unreadable(TrackingTopics.TRACKING, newId(), "shipment.lost-in-space.v1", orderId));
        TestKafka.send(Records.unreadable(TrackingTopics.TRACKING, badId, "shipment.registered.v1", orderId));
        TestKafka.send(Records.registered(newId(), orderId, "buyer-dlt", "seller-dlt",
                clock.instant().minus(Duration.ofDays(1))));
        String incompleteId = newId();
        TestKafka.send(Records.trackedWithoutShipmentStatus(incompleteId, orderId, ShipmentStatus.DELIVERED,
                clock.instant()));
        Order.of(orderId, "buyer-dlt", "seller-dlt", api, jdbc, clock).track(ShipmentStatus.IN_TRANSIT);

        awaitConsumed(TrackingTopics.TRACKING);
        List<ConsumerRecord<String, String>> dead = records(
                DeadLetters.topicFor(TrackingTopics.TRACKING, "dispute-service"), orderId);
        assertThat(dead).extracting(r -> header(r, CloudEventHeaders.ID)).containsExactly(badId, incompleteId);
        assertThat(header(dead.get(0), "kafka_dlt-exception-message")).contains("does not parse");
        assertThat(header(dead.get(1), "kafka_dlt-exception-message")).contains("no shipmentStatus");
    }

    @Test
    void sendsRulingsForUnknownDisputesToTheDeadLetterTopic() {
        String orderId = "ORD-NO-DISPUTE-" + newId();
        String eventId = newId();
        TestKafka.send(Records.ruling(eventId, new RulingEvent.CaseChosen(DisputeId.forOrder(orderId), orderId,
                "buyer-x", "seller-x", clock.instant(), DisputeCase.IN_TRANSIT, null, "cause")));

        List<ConsumerRecord<String, String>> dead = awaitRecords(
                DeadLetters.topicFor(RulingTopics.RULINGS, "dispute-service"), orderId, 1);

        assertThat(header(dead.get(0), CloudEventHeaders.ID)).isEqualTo(eventId);
        assertThat(header(dead.get(0), "kafka_dlt-exception-message")).contains("unknown dispute");
    }

    /** Releases the openings together, once every one of them is ready to send. */
    private List<Integer> openAtOnce(Order order, int openings) throws Exception {
        ExecutorService buyers = Executors.newFixedThreadPool(openings);
        try {
            CountDownLatch ready = new CountDownLatch(openings);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < openings; i++) {
                answers.add(buyers.submit(() -> {
                    ready.countDown();
                    go.await();
                    return api.post("/api/v1/disputes", order.buyer(), Api.openBody(order.id, "REFUND"));
                }));
            }
            ready.await();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS).status());
            }
            return statuses;
        } finally {
            buyers.shutdownNow();
        }
    }

    private JsonNode awaitDispute(String disputeId, Order order, Predicate<JsonNode> condition) {
        return order.awaitDispute(disputeId, condition);
    }

    private Order newOrder() {
        return Order.fresh(api, jdbc, clock);
    }
}
