package org.disputesuite.tracking.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputesuite.platform.events.EventCodec;
import org.disputesuite.platform.events.EventEnvelope;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.Money;
import org.disputesuite.tracking.api.TrackingEvent;
import org.disputesuite.tracking.api.TrackingEvent.ShipmentRegistered;
import org.disputesuite.tracking.api.TrackingTopics;
import org.disputesuite.tracking.publishing.TrackingPublisher;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class ShipmentRegistrationTests extends TrackerIntegration {

    private static final EventCodec<TrackingEvent> CODEC = new EventCodec<>(TrackingEvent.class, TrackingTopics.SOURCE);

    @Test
    void registersAShipmentAndPublishesItKeyedByOrderWithCloudEventHeaders() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");

        HttpResponse<String> response = registerAsSeller(orderId, trackingNumber);

        JsonNode body = json(response);
        assertThat(body.get("orderId").asString()).isEqualTo(orderId);
        assertThat(body.get("trackingNumber").asString()).isEqualTo(trackingNumber);
        assertThat(body.get("destination").get("postalCode").asString()).isEqualTo("28013");
        assertThat(body.get("amount").get("value").asString()).isEqualTo("23.90");
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/shipments/" + orderId);

        List<ConsumerRecord<String, String>> records = recordsFor(orderId);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo(orderId);
        ShipmentRegistered registered = (ShipmentRegistered) CODEC.decode(
                EventEnvelope.from(record.key(), record.value(), record.headers()));
        assertThat(header(record, "ce_id")).matches("shipment-registered:" + orderId + ":[0-9a-f]{16}")
                .isEqualTo(TrackingPublisher.registeredEventId(registered));
        assertThat(header(record, "ce_type")).isEqualTo("shipment.registered.v1");
        assertThat(header(record, "ce_source")).isEqualTo("logistics-tracker");
        assertThat(header(record, "ce_subject")).isEqualTo(orderId);
        Instant registeredAt = Instant.parse(body.get("registeredAt").asString());
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(registeredAt);
        assertThat(registered.registeredAt()).isEqualTo(registeredAt);
        assertThat(registered.sellerId()).isEqualTo("seller-3");
        assertThat(registered.buyerId()).isEqualTo("buyer-17");
        assertThat(registered.destination()).isEqualTo(
                new Address("Ana García", "Calle Mayor 5", "2º B", "Madrid", "Madrid", "28013", "ES"));
        assertThat(registered.promisedDeliveryBy()).isEqualTo(Instant.parse("2026-11-20T23:59:59Z"));
        assertThat(registered.amount()).isEqualTo(new Money("23.90", "USD"));
    }

    @Test
    void answersTheSameRegistrationAgainWith200AndPublishesNothingNew() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);

        HttpResponse<String> again = register(registration(orderId, trackingNumber, "seller-3", "buyer-17"),
                TestTokens.bearer("seller-3", "SELLER"));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("orderId").asString()).isEqualTo(orderId);
        assertThat(recordsFor(orderId)).hasSize(1);
        assertThat(shipmentsOf(orderId)).isEqualTo(1);
    }

    @Test
    void refusesADifferentShipmentForAnOrderThatHasOne() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);

        HttpResponse<String> otherTracking = register(registration(orderId, unique("LP"), "seller-3", "buyer-17"),
                TestTokens.bearer("seller-3", "SELLER"));
        HttpResponse<String> otherBuyer = register(registration(orderId, trackingNumber, "seller-3", "buyer-99"),
                TestTokens.bearer("seller-3", "SELLER"));

        assertProblem(otherTracking, 409);
        assertProblem(otherBuyer, 409);
        assertThat(recordsFor(orderId)).hasSize(1);
        assertThat(jdbc.queryForObject("select buyer_id from shipments where order_id = ?", String.class, orderId))
                .isEqualTo("buyer-17");
    }

    @Test
    void refusesATrackingNumberThatBelongsToAnotherOrder() {
        String trackingNumber = unique("LP");
        registerAsSeller(unique("ORD"), trackingNumber);
        String secondOrder = unique("ORD");

        HttpResponse<String> response = register(registration(secondOrder, trackingNumber, "seller-3", "buyer-17"),
                TestTokens.bearer("seller-3", "SELLER"));

        assertProblem(response, 409);
        assertNothingStoredOrPublished(secondOrder);
    }

    @Test
    void refusesASellerTheOrderOfAnotherSellerBeforeComparingTheShipments() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);

        HttpResponse<String> sameShipment = register(registration(orderId, trackingNumber, "seller-4", "buyer-17"),
                TestTokens.bearer("seller-4", "SELLER"));
        HttpResponse<String> otherShipment = register(registration(orderId, unique("LP"), "seller-4", "buyer-99"),
                TestTokens.bearer("seller-4", "SELLER"));

        assertProblem(sameShipment, 403);
        assertProblem(otherShipment, 403);
        assertThat(recordsFor(orderId)).hasSize(1);
        assertThat(jdbc.queryForObject("select seller_id from shipments where order_id = ?", String.class, orderId))
                .isEqualTo("seller-3");
    }

    @Test
    void letsAnOperatorRepeatOrContradictAnySellersRegistration() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);

        HttpResponse<String> same = register(registration(orderId, trackingNumber, "seller-3", "buyer-17"),
                TestTokens.bearer("ops-1", "OPERATOR"));
        HttpResponse<String> different = register(registration(orderId, trackingNumber, "seller-3", "buyer-99"),
                TestTokens.bearer("ops-1", "OPERATOR"));

        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertProblem(different, 409);
    }

    @Test
    void keepsTimesToTheMillisecondSoTheSameRequestAgainIsTheSameShipment() {
        String orderId = unique("ORD");
        String body = registration(orderId, unique("LP"), "seller-3", "buyer-17")
                .replace("2026-11-01T09:00:00Z", "2026-11-01T09:00:00.123456789Z")
                .replace("2026-11-20T23:59:59Z", "2026-11-20T23:59:59.999999Z");

        HttpResponse<String> first = registerBySeller3(body);
        HttpResponse<String> again = registerBySeller3(body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode shown = json(get("/api/v1/shipments/" + orderId, TestTokens.bearer("seller-3", "SELLER")));
        assertThat(shown.get("shippedAt").asString()).isEqualTo("2026-11-01T09:00:00.123Z");
        assertThat(shown.get("promisedDeliveryBy").asString()).isEqualTo("2026-11-20T23:59:59.999Z");
        List<ConsumerRecord<String, String>> records = recordsFor(orderId);
        assertThat(records).hasSize(1);
        ShipmentRegistered published = (ShipmentRegistered) CODEC.decode(
                EventEnvelope.from(records.get(0).key(), records.get(0).value(), records.get(0).headers()));
        assertThat(published.shippedAt()).isEqualTo(Instant.parse("2026-11-01T09:00:00.123Z"));
        assertThat(published.promisedDeliveryBy()).isEqualTo(Instant.parse("2026-11-20T23:59:59.999Z"));
    }

    @Test
    void takesAmountsInTheCurrencysMinorUnits() {
        String dollars = unique("ORD");
        String yen = unique("ORD");
        String dinars = unique("ORD");

        HttpResponse<String> inDollars = registerBySeller3(withAmount(dollars, "0.00", "USD"));
        HttpResponse<String> inYen = registerBySeller3(withAmount(yen, "100", "JPY"));
        HttpResponse<String> inDinars = registerBySeller3(withAmount(dinars, "1.500", "BHD"));

        assertThat(inDollars.statusCode()).as(inDollars.body()).isEqualTo(201);
        assertThat(inYen.statusCode()).as(inYen.body()).isEqualTo(201);
        assertThat(json(inYen).get("amount").get("value").asString()).isEqualTo("100");
        assertThat(inDinars.statusCode()).as(inDinars.body()).isEqualTo(201);
    }

    @Test
    void refusesAmountsNotInTheCurrencysMinorUnitsNamingTheField() {
        assertAmountRefused("23.9", "USD", "amount.value");
        assertAmountRefused("23", "USD", "amount.value");
        assertAmountRefused("23.900", "USD", "amount.value");
        assertAmountRefused("100.50", "JPY", "amount.value");
        assertAmountRefused("-1.00", "USD", "amount.value");
        assertAmountRefused("23.90", "ZZZ", "amount.currency");
        assertAmountRefused("23.90", "XAU", "amount.currency");
        assertAmountRefused("23.90", "usd", "amount.currency");
    }

    private void assertAmountRefused(String value, String currency, String field) {
        String orderId = unique("ORD");

        HttpResponse<String> response = registerBySeller3(withAmount(orderId, value, currency));

        assertProblem(response, 400);
        assertThat(json(response).get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .as(value + " " + currency).containsExactly(field);
        assertNothingStoredOrPublished(orderId);
    }

    private HttpResponse<String> registerBySeller3(String body) {
        return register(body, TestTokens.bearer("seller-3", "SELLER"));
    }

    private static String withAmount(String orderId, String value, String currency) {
        return registration(orderId, unique("LP"), "seller-3", "buyer-17").replace(
                "\"amount\": {\"value\": \"23.90\", \"currency\": \"USD\"}",
                "\"amount\": {\"value\": \"" + value + "\", \"currency\": \"" + currency + "\"}");
    }

    @Test
    void letsAnOperatorRegisterForAnySeller() {
        String orderId = unique("ORD");

        HttpResponse<String> response = register(registration(orderId, unique("LP"), "seller-8", "buyer-1"),
                TestTokens.bearer("ops-1", "OPERATOR"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(recordsFor(orderId)).hasSize(1);
    }

    @Test
    void namesEveryInvalidFieldByItsDotPath() {
        String orderId = unique("ORD");
        String body = """
                {"orderId": "%s", "trackingNumber": " ", "carrier": "generic", "sellerId": "seller-3",
                 "destination": {"name": "Ana", "line1": "Calle Mayor 5", "city": "Madrid", "countryCode": "ES"},
                 "shippedAt": "2026-11-01T09:00:00Z", "promisedDeliveryBy": "2026-11-20T23:59:59Z",
                 "amount": {"value": "23.90"}}
                """.formatted(orderId);

        HttpResponse<String> response = register(body, TestTokens.bearer("seller-3", "SELLER"));

        assertProblem(response, 400);
        List<String> fields = json(response).get("errors").valueStream()
                .map(error -> error.get("field").asString()).toList();
        assertThat(fields).contains("trackingNumber", "buyerId", "destination.postalCode", "amount.currency");
        assertThat(fields).doesNotContain("destination.line2", "destination.region");
        assertNothingStoredOrPublished(orderId);
    }

    @Test
    void refusesMalformedJson() {
        HttpResponse<String> response = register("{\"orderId\": \"ORD-", TestTokens.bearer("seller-3", "SELLER"));

        assertProblem(response, 400);
    }

    @Test
    void refusesABuyerBeforeReadingTheBody() {
        String orderId = unique("ORD");

        HttpResponse<String> valid = register(registration(orderId, unique("LP"), "buyer-17", "buyer-17"),
                TestTokens.bearer("buyer-17", "BUYER"));
        HttpResponse<String> malformed = register("not even json", TestTokens.bearer("buyer-17", "BUYER"));

        assertProblem(valid, 403);
        assertProblem(malformed, 403);
        assertNothingStoredOrPublished(orderId);
    }

    @Test
    void refusesASellerRegisteringForAnotherSeller() {
        String orderId = unique("ORD");

        HttpResponse<String> response = register(registration(orderId, unique("LP"), "seller-3", "buyer-17"),
                TestTokens.bearer("seller-4", "SELLER"));

        assertProblem(response, 403);
        assertNothingStoredOrPublished(orderId);
    }

    @Test
    void refusesCallersWithoutAValidToken() {
        String orderId = unique("ORD");
        String body = registration(orderId, unique("LP"), "seller-3", "buyer-17");
        List<String> badBearers = Arrays.asList(
                null,
                "Bearer " + TestTokens.token("another-key-another-key-another-key-0123", "seller-3",
                        clock.instant().plusSeconds(3600), "SELLER"),
                "Bearer " + TestTokens.unsigned("seller-3", "SELLER"),
                "Bearer " + TestTokens.token(TestTokens.SECRET, "seller-3", clock.instant().minusSeconds(120), "SELLER"),
                "Bearer " + TestTokens.token(TestTokens.SECRET, "seller-3", (Instant) null, "SELLER"),
                "Bearer not-a-jwt");

        for (String bearer : badBearers) {
            assertProblem(register(body, bearer), 401);
        }
        assertNothingStoredOrPublished(orderId);
    }

    private void assertNothingStoredOrPublished(String orderId) {
        assertThat(shipmentsOf(orderId)).isZero();
        assertThat(recordsFor(orderId)).isEmpty();
    }
}
