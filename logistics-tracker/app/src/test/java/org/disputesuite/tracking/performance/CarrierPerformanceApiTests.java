package org.disputesuite.tracking.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeEvent;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.kafka.DeadLetters;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.Money;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Carrier performance from registrations, carrier webhooks and dispute events on the real broker
 * to {@code GET /api/v1/carriers/performance}. This tracker has a consumer group of its own, so no
 * other tracker of the test JVM takes a partition of {@code disputes.events.v1} from it.
 */
class CarrierPerformanceApiTests extends TrackerIntegration {

    private static final String GROUP = unique("logistics-tracker-performance");
    private static final String FAST_SECRET = "perf-fast-secret";
    private static final String STEADY_SECRET = "perf-steady-secret";
    private static final String SHIPPED_AT = "2026-11-01T09:00:00Z";
    private static final String PROMISED_BY = "2026-11-05T23:59:59Z";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final EventCodec<DisputeEvent> DISPUTE_EVENTS =
            new EventCodec<>(DisputeEvent.class, DisputeTopics.SOURCE);
    private static final String BUYER = "buyer-17";
    private static final String SELLER = "seller-3";

    @DynamicPropertySource
    static void carriersAndGroup(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.consumer.group-id", () -> GROUP);
        registry.add("suite.carriers.perf-fast.secret", () -> FAST_SECRET);
        registry.add("suite.carriers.perf-steady.secret", () -> STEADY_SECRET);
    }

    @Test
    void ranksTheCarriersOfACountryFromTheirDeliveriesAndTheirDisputesRulings() {
        String fastOnTime = shipped("perf-fast", "PT");
        String fastCollected = shipped("perf-fast", "PT");
        String fastLate = shipped("perf-fast", "PT");
        String fastUnderway = shipped("perf-fast", "PT");
        String steadyFirst = shipped("perf-steady", "PT");
        String steadySecond = shipped("perf-steady", "PT");
        String idle = shipped("perf-idle", "PT");
        String elsewhere = shipped("perf-fast", "FR");
        delivered("perf-fast", FAST_SECRET, fastOnTime, "2026-11-03T09:00:00Z");
        delivered("perf-fast", FAST_SECRET, fastOnTime, "2026-11-08T09:00:00Z");
        reported("perf-fast", FAST_SECRET, fastCollected, "AVAILABLE_FOR_PICKUP", "2026-11-03T12:00:00Z");
        delivered("perf-fast", FAST_SECRET, fastCollected, "2026-11-04T21:00:00Z");
        delivered("perf-fast", FAST_SECRET, fastLate, "2026-11-07T09:00:00Z");
        reported("perf-fast", FAST_SECRET, fastUnderway, "IN_TRANSIT", "2026-11-02T09:00:00Z");
        delivered("perf-fast", FAST_SECRET, elsewhere, "2026-11-02T09:00:00Z");
        delivered("perf-steady", STEADY_SECRET, steadyFirst, "2026-11-04T09:00:00Z");
        delivered("perf-steady", STEADY_SECRET, steadySecond, "2026-11-05T09:00:00Z");

        JsonNode before = performance("PT");
        assertThat(before).extracting(entry -> entry.get("carrier").asString())
                .containsExactly("perf-steady", "perf-fast", "perf-idle");
        assertThat(figures(before.get(0))).isEqualTo(Map.of("carrier", "perf-steady", "destinationCountry", "PT",
                "shipments", 2, "delivered", 2, "deliveredShare", 1.0, "medianTransitDays", 3.5,
                "p90TransitDays", 4.0, "onTimeShare", 1.0, "disputeShare", 0.0, "sellerResponsibleShare", 0.0));
        assertThat(figures(before.get(1))).containsAllEntriesOf(Map.of("shipments", 4, "delivered", 3,
                "deliveredShare", 0.75, "medianTransitDays", 3.5, "p90TransitDays", 6.0, "onTimeShare", 0.6667,
                "disputeShare", 0.0, "sellerResponsibleShare", 0.0));
        JsonNode idleFigures = before.get(2);
        assertThat(idleFigures.get("shipments").asInt()).isEqualTo(1);
        assertThat(idleFigures.get("delivered").asInt()).isZero();
        assertThat(idleFigures.get("deliveredShare").asDouble()).isZero();
        assertThat(idleFigures.get("medianTransitDays").isNull()).isTrue();
        assertThat(idleFigures.get("p90TransitDays").isNull()).isTrue();
        assertThat(idleFigures.get("onTimeShare").isNull()).isTrue();
        assertThat(before).extracting(entry -> entry.get("rank").asInt()).containsExactly(1, 2, 3);

        Dispute collectedDispute = new Dispute(fastCollected);
        Dispute underwayDispute = new Dispute(fastUnderway);
        publish(collectedDispute.opened());
        publish(collectedDispute.ruled("R-collected", ResponsibleParty.SELLER));
        publish(underwayDispute.opened());
        publish(underwayDispute.superseded("R-underway-first"));
        publish(underwayDispute.ruled("R-underway-second", ResponsibleParty.BUYER));
        awaitFastShares(0.5, 0.25);

        publish(collectedDispute.superseded("R-collected"));
        awaitFastShares(0.5, 0.0);

        Dispute lateDispute = new Dispute(fastLate);
        EventEnvelope lateRuling = lateDispute.ruled("R-late", ResponsibleParty.SELLER);
        publish(lateDispute.opened());
        publish(lateDispute.opened());
        publish(lateRuling);
        publish(lateRuling);
        awaitFastShares(0.75, 0.25);

        JsonNode after = performance("PT");
        assertThat(after).extracting(entry -> entry.get("carrier").asString())
                .containsExactly("perf-steady", "perf-fast", "perf-idle");
        assertThat(jdbc.queryForObject("select count(*) from dispute_outcomes where order_id in (?, ?, ?)",
                Integer.class, fastCollected, fastUnderway, fastLate)).isEqualTo(3);
        assertThat(performance("FR").get(0).get("disputeShare").asDouble()).isZero();
    }

    @Test
    void answersAnEmptyListForACountryNoShipmentGoesTo() {
        HttpResponse<String> response = get("/api/v1/carriers/performance?destinationCountry=IS",
                TestTokens.bearer(BUYER, "BUYER"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).isArray()).isTrue();
        assertThat(json(response).isEmpty()).isTrue();
    }

    @Test
    void letsEveryPartyReadIt() {
        shipped("perf-idle", "IT");

        for (String[] party : List.of(new String[] {BUYER, "BUYER"}, new String[] {SELLER, "SELLER"},
                new String[] {"ops-1", "OPERATOR"})) {
            HttpResponse<String> response = get("/api/v1/carriers/performance?destinationCountry=IT",
                    TestTokens.bearer(party[0], party[1]));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json(response).get(0).get("carrier").asString()).isEqualTo("perf-idle");
        }
    }

    @Test
    void refusesAMissingOrMalformedCountryNamingTheField() {
        for (String query : List.of("", "?destinationCountry=", "?destinationCountry=pt", "?destinationCountry=PRT",
                "?destinationCountry=P1", "?destinationCountry=PT&destinationCountry=ES", "?country=PT")) {
            HttpResponse<String> response = get("/api/v1/carriers/performance" + query,
                    TestTokens.bearer(BUYER, "BUYER"));
            assertProblem(response, 400);
            assertThat(json(response).get("errors").get(0).get("field").asString()).as(query)
                    .isEqualTo("destinationCountry");
        }
    }

    @Test
    void refusesACallerWithoutATokenOrWithoutARole() {
        assertProblem(get("/api/v1/carriers/performance?destinationCountry=PT", null), 401);
        assertProblem(get("/api/v1/carriers/performance?destinationCountry=PT", TestTokens.bearer("nobody")), 403);
    }

    @Test
    void sendsADisputeEventItCannotCountToTheDeadLetterTopic() {
        String orderId = unique("ORD");
        DisputeEvent withoutOrder = new DisputeEvent.DisputeOpened(unique("DSP"), null, BUYER, SELLER, 1,
                Instant.parse("2026-11-06T10:00:00Z"), DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND,
                "Nothing arrived", new Money("23.90", "USD"), Instant.parse(PROMISED_BY), DisputeCase.IN_TRANSIT,
                DisputeStatus.AWAITING_SELLER_RESPONSE);

        publish(DISPUTE_EVENTS.encode(unique("ce"), withoutOrder.occurredAt(), orderId, withoutOrder.disputeId(),
                withoutOrder));

        String deadLetters = DeadLetters.topicFor(DisputeTopics.EVENTS, GROUP);
        await().atMost(WAIT).until(() -> !TestKafka.recordsFor(deadLetters, orderId, Duration.ofSeconds(10)).isEmpty());
        assertThat(jdbc.queryForObject("select count(*) from dispute_outcomes where order_id = ?", Integer.class,
                orderId)).isZero();
    }

    private void awaitFastShares(double disputeShare, double sellerResponsibleShare) {
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode fast = performance("PT").get(1);
            assertThat(fast.get("carrier").asString()).isEqualTo("perf-fast");
            assertThat(fast.get("disputeShare").asDouble()).isEqualTo(disputeShare);
            assertThat(fast.get("sellerResponsibleShare").asDouble()).isEqualTo(sellerResponsibleShare);
        });
    }

    private JsonNode performance(String country) {
        HttpResponse<String> response = get("/api/v1/carriers/performance?destinationCountry=" + country,
                TestTokens.bearer(BUYER, "BUYER"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static Map<String, Object> figures(JsonNode entry) {
        return Map.of("carrier", entry.get("carrier").asString(),
                "destinationCountry", entry.get("destinationCountry").asString(),
                "shipments", entry.get("shipments").asInt(),
                "delivered", entry.get("delivered").asInt(),
                "deliveredShare", entry.get("deliveredShare").asDouble(),
                "medianTransitDays", entry.get("medianTransitDays").asDouble(),
                "p90TransitDays", entry.get("p90TransitDays").asDouble(),
                "onTimeShare", entry.get("onTimeShare").asDouble(),
                "disputeShare", entry.get("disputeShare").asDouble(),
                "sellerResponsibleShare", entry.get("sellerResponsibleShare").asDouble());
    }

    /** Registers a shipment of the carrier to the country; its order id is also its tracking number. */
    private String shipped(String carrier, String country) {
        String orderId = unique("PERF");
        HttpResponse<String> response = register("""
                {"orderId": "%s", "trackingNumber": "%s", "carrier": "%s", "sellerId": "%s", "buyerId": "%s",
                 "destination": {"name": "Ana Sousa", "line1": "Rua Augusta 5", "city": "Lisboa",
                                 "postalCode": "1100-048", "countryCode": "%s"},
                 "shippedAt": "%s", "promisedDeliveryBy": "%s", "amount": {"value": "23.90", "currency": "USD"}}
                """.formatted(orderId, orderId, carrier, SELLER, BUYER, country, SHIPPED_AT, PROMISED_BY),
                TestTokens.bearer(SELLER, "SELLER"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return orderId;
    }

    private void delivered(String carrier, String secret, String trackingNumber, String occurredAt) {
        reported(carrier, secret, trackingNumber, "DELIVERED", occurredAt);
    }

    private void reported(String carrier, String secret, String trackingNumber, String status, String occurredAt) {
        HttpResponse<String> response = webhook(carrier, unique("msg"),
                trackingBody(trackingNumber, event(unique("c"), status, occurredAt)), secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private static void publish(EventEnvelope envelope) {
        TestKafka.send(envelope.toRecord(DisputeTopics.EVENTS));
    }

    /** The events dispute-service publishes about a dispute on one order; each call is a new event. */
    private record Dispute(String orderId, String disputeId) {

        private static final Instant OPENED_AT = Instant.parse("2026-11-06T10:00:00Z");

        Dispute(String orderId) {
            this(orderId, "DSP-" + orderId);
        }

        EventEnvelope opened() {
            return envelope(new DisputeEvent.DisputeOpened(disputeId, orderId, BUYER, SELLER, 1, OPENED_AT,
                    DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, "Nothing arrived", new Money("23.90", "USD"),
                    Instant.parse(PROMISED_BY), DisputeCase.IN_TRANSIT, DisputeStatus.AWAITING_SELLER_RESPONSE),
                    "opened");
        }

        EventEnvelope ruled(String rulingId, ResponsibleParty responsible) {
            Outcome outcome = responsible == ResponsibleParty.SELLER ? Outcome.REFUND_BUYER : Outcome.RELEASE_TO_SELLER;
            return envelope(new DisputeEvent.RulingApplied(disputeId, orderId, BUYER, SELLER, 5,
                    OPENED_AT.plus(Duration.ofDays(3)), rulingId, "R1-SELLER-SILENT", outcome, responsible,
                    List.of("The seller did not answer in time"), List.of(), "2026-11", 4,
                    OPENED_AT.plus(Duration.ofDays(3))), rulingId);
        }

        EventEnvelope superseded(String rulingId) {
            return envelope(new DisputeEvent.RulingSuperseded(disputeId, orderId, BUYER, SELLER, 6,
                    OPENED_AT.plus(Duration.ofDays(4)), rulingId, "R1-SELLER-SILENT", 4,
                    "The dispute changed after the version the ruling was based on"), "superseded-" + rulingId);
        }

        private EventEnvelope envelope(DisputeEvent event, String what) {
            return DISPUTE_EVENTS.encode(disputeId + ":" + what, event.occurredAt(), orderId, disputeId, event);
        }
    }
}
