package org.disputesuite.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disputesuite.platform.validation.SupportedInstants;
import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.platform.web.FieldProblem;
import org.disputesuite.platform.web.PayloadTooLargeException;
import org.disputesuite.tracking.api.Identifiers;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.junit.jupiter.api.Test;

/** The adapter's share of the limits on what carriers send (docs/limits.md). */
class GenericCarrierAdapterLimitsTests {

    private final GenericCarrierAdapter adapter = new GenericCarrierAdapter();

    @Test
    void readsAsManyEventsAsAWebhookMayCarry() {
        String body = webhook("LP1", CarrierReport.MAX_EVENTS);

        CarrierReport report = adapter.read(delivery(body));

        assertThat(report.events()).hasSize(CarrierReport.MAX_EVENTS);
    }

    @Test
    void refusesOneEventMoreAsTooLargeStatingTheLimitBeforeReadingAnyEvent() {
        String body = webhook("LP/not-even-an-id", CarrierReport.MAX_EVENTS + 1);

        Throwable refused = catchThrowable(() -> adapter.read(delivery(body)));

        assertThat(refused).isInstanceOf(PayloadTooLargeException.class).hasMessage(
                "A webhook may carry at most 1000 events; this one has 1001. Send them in several webhooks");
    }

    @Test
    void takesTextsInTheirComposedForm() {
        String body = """
                {"trackingNumber": "LP-%s", "events": [{"eventId": "e-%s", "status": "IN_TRANSIT",
                 "occurredAt": "2026-11-18T15:20:00Z", "description": "Almace%sn", "location": {"city": "Ma%slaga"}}]}
                """.formatted("e\u0301", "e\u0301", "\u0301", "\u0301");

        CarrierReport report = adapter.read(delivery(body));

        assertThat(report.parcel().trackingNumber()).isEqualTo("LP-\u00e9");
        assertThat(report.events().get(0).eventId()).isEqualTo("e-\u00e9");
        assertThat(report.events().get(0).description()).isEqualTo("Almac\u00e9n");
        assertThat(report.events().get(0).location().city()).isEqualTo("M\u00e1laga");
        assertThat(Normalizer.isNormalized(report.events().get(0).description(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void refusesATrackingNumberOutsideTheIdCharacterSet() {
        ApiProblem problem = refusal("{\"trackingNumber\": \"LP 1\", \"events\": []}");

        assertThat(problem.toProblemDetail().getProperties().get("errors"))
                .isEqualTo(List.of(new FieldProblem("trackingNumber", Identifiers.RULE)));
    }

    @Test
    void refusesEventTimesOutsideTheSupportedRangeNamingEachEvent() {
        ApiProblem problem = refusal("""
                {"trackingNumber": "LP1", "events": [
                  {"eventId": "e1", "status": "IN_TRANSIT", "occurredAt": "+1000000000-12-31T23:59:59Z"},
                  {"eventId": "e2", "status": "IN_TRANSIT", "occurredAt": "2026-11-18T15:20:00Z"},
                  {"eventId": "e3", "status": "IN_TRANSIT", "occurredAt": "1969-12-31T23:59:59Z"}]}
                """);

        assertThat(problem.toProblemDetail().getProperties().get("errors")).isEqualTo(List.of(
                new FieldProblem("events[0].occurredAt", SupportedInstants.MESSAGE),
                new FieldProblem("events[2].occurredAt", SupportedInstants.MESSAGE)));
    }

    @Test
    void takesTheEdgesOfTheSupportedRange() {
        CarrierReport report = adapter.read(delivery("""
                {"trackingNumber": "LP1", "events": [
                  {"eventId": "e1", "status": "IN_TRANSIT", "occurredAt": "1970-01-01T00:00:00Z"},
                  {"eventId": "e2", "status": "IN_TRANSIT", "occurredAt": "9999-12-31T23:59:59.999Z"}]}
                """));

        assertThat(report.events()).extracting(event -> event.occurredAt()).containsExactly(
                Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999Z"));
    }

    private ApiProblem refusal(String json) {
        Throwable thrown = catchThrowable(() -> adapter.read(delivery(json)));
        assertThat(thrown).isInstanceOf(ApiProblem.class);
        return (ApiProblem) thrown;
    }

    private static String webhook(String trackingNumber, int events) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            list.add("{\"eventId\": \"e" + i + "\", \"status\": \"IN_TRANSIT\", \"occurredAt\": \""
                    + Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i) + "\"}");
        }
        return "{\"trackingNumber\": \"" + trackingNumber + "\", \"events\": [" + String.join(", ", list) + "]}";
    }

    private static WebhookDelivery delivery(String json) {
        return new WebhookDelivery("generic", Map.of(), json.getBytes(StandardCharsets.UTF_8));
    }
}
