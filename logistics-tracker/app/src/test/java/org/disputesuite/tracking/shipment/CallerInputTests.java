package org.disputesuite.tracking.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.Identifiers;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;

/**
 * What callers type: ids from one character set that can always be read back by URL, text in any
 * Unicode normalization form, and instants in the supported range.
 */
class CallerInputTests extends TrackerIntegration {

    private static final String OPERATOR = TestTokens.bearer("ops-1", "OPERATOR");

    @Test
    void readsBackEveryKindOfIdItRegisters() {
        List<String> suffixes = List.of("a-b_c.d:e~f", "ends.", "ends~", "Pedido-Nº", "заказ", "订单", "طلب-٣",
                "आदेश-३", "주문", "Garci\u0301a", "\ud835\udc00", "A..B");
        for (String suffix : suffixes) {
            String orderId = unique("ORD") + "-" + suffix;
            String trackingNumber = unique("LP") + suffix;
            String sellerId = "seller-" + suffix;
            String sellerToken = TestTokens.bearer(Normalizer.normalize(sellerId, Normalizer.Form.NFC), "SELLER");

            HttpResponse<String> registered = register(
                    registration(orderId, trackingNumber, sellerId, "buyer-" + suffix), sellerToken);

            assertThat(registered.statusCode()).as(suffix + ": " + registered.body()).isEqualTo(201);
            String stored = Normalizer.normalize(orderId, Normalizer.Form.NFC);
            HttpResponse<String> byPath = get("/api/v1/shipments/" + pathSegment(orderId), OPERATOR);
            assertThat(byPath.statusCode()).as(suffix + ": " + byPath.body()).isEqualTo(200);
            assertThat(json(byPath).get("orderId").asString()).isEqualTo(stored);
            String location = registered.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> byLocation = send(HttpRequest.newBuilder(
                    uri("").resolve(URI.create(location))).header("Authorization", OPERATOR).GET().build());
            assertThat(byLocation.statusCode()).as(location).isEqualTo(200);
        }
    }

    @Test
    void refusesIdsOutsideTheCharacterSetNamingTheFieldAndWhatIsAllowed() {
        Map<String, String> badIds = Map.of("percent", "ORD%41", "semicolon", "ORD;1", "backslash", "ORD\\\\1",
                "slash", "ORD/1", "nul", "ORD\\u00001", "space", "ORD 1", "leading-dash", "-ORD",
                "too-long", "x".repeat(Identifiers.MAX_LENGTH + 1));
        for (Map.Entry<String, String> bad : badIds.entrySet()) {
            for (String field : List.of("orderId", "trackingNumber", "sellerId", "buyerId")) {
                String orderId = unique("ORD");
                String body = registration(orderId, unique("LP"), "seller-3", "buyer-17")
                        .replaceFirst("\"" + field + "\": \"[^\"]*\"",
                                Matcher.quoteReplacement("\"" + field + "\": \"" + bad.getValue() + "\""));

                HttpResponse<String> response = register(body, OPERATOR);

                assertProblem(response, 400);
                JsonNode errors = json(response).get("errors");
                assertThat(errors.findValuesAsString("field")).as(bad.getKey() + " " + field).containsExactly(field);
                if (!bad.getKey().equals("too-long")) {
                    assertThat(errors.get(0).get("message").asString()).isEqualTo(Identifiers.RULE)
                            .contains("letters, combining marks, digits and the marks - _ . : ~");
                }
                assertThat(shipmentsOf(orderId)).isZero();
                assertThat(recordsFor(orderId)).isEmpty();
            }
        }
    }

    @Test
    void takesTheSameRegistrationInAnotherNormalizationFormAsTheSame() {
        String composed = unique("ORD") + "-caf\u00e9";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        String trackingNumber = unique("LP") + "\u00e9";
        HttpResponse<String> first = register(registration(composed, trackingNumber, "seller-3", "buyer-17"),
                TestTokens.bearer("seller-3", "SELLER"));
        String spelledApart = Normalizer.normalize(
                registration(composed, trackingNumber, "seller-3", "buyer-17"), Normalizer.Form.NFD);

        HttpResponse<String> again = register(spelledApart, TestTokens.bearer("seller-3", "SELLER"));
        HttpResponse<String> readDecomposed = get("/api/v1/shipments/" + pathSegment(decomposed), OPERATOR);

        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(spelledApart).contains("Garci\u0301a");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("orderId").asString()).isEqualTo(composed);
        assertThat(json(again).get("destination").get("name").asString()).isEqualTo("Ana Garc\u00eda");
        assertThat(readDecomposed.statusCode()).as(readDecomposed.body()).isEqualTo(200);
        assertThat(shipmentsOf(composed)).isEqualTo(1);
        assertThat(shipmentsOf(decomposed)).isZero();
        assertThat(recordsFor(composed)).hasSize(1);
        assertThat(recordsFor(decomposed)).isEmpty();
    }

    @Test
    void appliesAWebhookWhoseTrackingNumberIsSpelledInAnotherNormalizationForm() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP") + "-\u00e9";
        registerAsSeller(orderId, trackingNumber);

        HttpResponse<String> response = webhook("generic", unique("msg"), trackingBody(
                Normalizer.normalize(trackingNumber, Normalizer.Form.NFD),
                event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z").replace("Scanned", "Recibido en almace\u0301n")),
                GENERIC_SECRET);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(recordsFor(orderId)).hasSize(2);
        JsonNode shipment = json(get("/api/v1/shipments/" + orderId, OPERATOR));
        assertThat(shipment.get("events").get(0).get("description").asString()).isEqualTo("Recibido en almac\u00e9n");
    }

    @Test
    void refusesAWebhookTrackingNumberNoSellerCouldRegister() {
        String trackingNumber = "LP/" + unique("X");
        String webhookId = unique("msg");

        HttpResponse<String> response = webhook("generic", webhookId,
                trackingBody(trackingNumber, event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z")), GENERIC_SECRET);

        assertProblem(response, 400);
        assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("trackingNumber");
        assertThat(json(response).get("errors").get(0).get("message").asString()).isEqualTo(Identifiers.RULE);
        assertThat(eventsOf(trackingNumber)).isZero();
        assertThat(receiptsOf(webhookId)).isZero();
    }

    @Test
    void refusesRegistrationInstantsOutsideTheSupportedRangeNamingTheField() {
        Map<String, String> cases = Map.of(
                "shippedAt", "+1000000000-12-31T23:59:59Z",
                "promisedDeliveryBy", "+10000-01-01T00:00:00Z");
        for (Map.Entry<String, String> outOfRange : cases.entrySet()) {
            String orderId = unique("ORD");
            String body = registration(orderId, unique("LP"), "seller-3", "buyer-17")
                    .replaceFirst("\"" + outOfRange.getKey() + "\": \"[^\"]*\"",
                            "\"" + outOfRange.getKey() + "\": \"" + outOfRange.getValue() + "\"");

            HttpResponse<String> response = register(body, OPERATOR);

            assertProblem(response, 400);
            JsonNode errors = json(response).get("errors");
            assertThat(errors.findValuesAsString("field")).containsExactly(outOfRange.getKey());
            assertThat(errors.get(0).get("message").asString())
                    .isEqualTo("must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z");
            assertThat(shipmentsOf(orderId)).isZero();
            assertThat(recordsFor(orderId)).isEmpty();
        }
        String early = unique("ORD");
        HttpResponse<String> beforeEpoch = register(registration(early, unique("LP"), "seller-3", "buyer-17")
                .replace("2026-11-01T09:00:00Z", "1969-12-31T23:59:59Z"), OPERATOR);
        assertProblem(beforeEpoch, 400);
        assertThat(json(beforeEpoch).get("errors").findValuesAsString("field")).containsExactly("shippedAt");
        assertThat(shipmentsOf(early)).isZero();
    }

    @Test
    void takesTheLastSupportedInstant() {
        String orderId = unique("ORD");

        HttpResponse<String> response = register(registration(orderId, unique("LP"), "seller-3", "buyer-17")
                .replace("2026-11-20T23:59:59Z", "9999-12-31T23:59:59.999Z"), OPERATOR);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).get("promisedDeliveryBy").asString()).isEqualTo("9999-12-31T23:59:59.999Z");
    }

    @Test
    void refusesAWebhookEventTimeOutsideTheSupportedRangeNamingTheEvent() {
        String orderId = unique("ORD");
        String trackingNumber = unique("LP");
        registerAsSeller(orderId, trackingNumber);
        String webhookId = unique("msg");

        HttpResponse<String> response = webhook("generic", webhookId, trackingBody(trackingNumber,
                event("c-1", "IN_TRANSIT", "+1000000000-12-31T23:59:59Z"),
                event("c-2", "IN_TRANSIT", "1969-07-20T20:17:40Z"),
                event("c-3", "IN_TRANSIT", "2026-11-02T10:00:00Z")), GENERIC_SECRET);

        assertProblem(response, 400);
        JsonNode errors = json(response).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("events[0].occurredAt", "events[1].occurredAt");
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z");
        assertThat(eventsOf(trackingNumber)).isZero();
        assertThat(receiptsOf(webhookId)).isZero();
        assertThat(recordsFor(orderId)).hasSize(1);
    }

    private static String pathSegment(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
