package org.disputesuite.tracking.carriers.upu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.platform.web.FieldProblem;
import org.disputesuite.platform.web.PayloadTooLargeException;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingLocation;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.disputesuite.tracking.webhook.WebhookDelivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpuAdapterTests {

    private final UpuCarrierAdapter adapter = new UpuCarrierAdapter();

    @Test
    void mapsEveryEventOfARecordedItem() throws IOException {
        CarrierReport report = onlyReport(sample("item-madrid-pickup.json"));

        assertThat(report.parcel()).isEqualTo(new ParcelId("upu", "RR123456785CN"));
        assertThat(report.events())
                .extracting(CarrierEvent::rawStatus, CarrierEvent::status, CarrierEvent::subStatus,
                        CarrierEvent::occurredAt)
                .containsExactly(
                        tuple("EMA", ShipmentStatus.IN_TRANSIT, null, Instant.parse("2025-10-08T05:20:00Z")),
                        tuple("EMC", ShipmentStatus.IN_TRANSIT, null, Instant.parse("2025-10-08T18:15:00Z")),
                        tuple("EMD", ShipmentStatus.IN_TRANSIT, null, Instant.parse("2025-10-11T04:30:00Z")),
                        tuple("EDB", ShipmentStatus.IN_TRANSIT, "CUSTOMS", Instant.parse("2025-10-11T07:05:00Z")),
                        tuple("EDC", ShipmentStatus.IN_TRANSIT, null, Instant.parse("2025-10-12T11:40:00Z")),
                        tuple("EMG", ShipmentStatus.IN_TRANSIT, null, Instant.parse("2025-10-13T01:00:00Z")),
                        tuple("EDG", ShipmentStatus.OUT_FOR_DELIVERY, null, Instant.parse("2025-10-13T06:20:00Z")),
                        tuple("EMH", ShipmentStatus.ATTEMPT_FAILED, null, Instant.parse("2025-10-13T10:55:00Z")),
                        tuple("EDH", ShipmentStatus.AVAILABLE_FOR_PICKUP, null, Instant.parse("2025-10-14T08:42:00Z")),
                        tuple("EMI", ShipmentStatus.DELIVERED, null, Instant.parse("2025-10-15T15:03:00Z")));
        CarrierEvent pickup = report.events().get(8);
        assertThat(pickup.description()).isEqualTo("Arrival at collection point for pick-up");
        assertThat(pickup.location()).isEqualTo(new TrackingLocation("MADRID CTA 28070", null, null));
        assertThat(pickup.pickupPoint()).isEqualTo(new PickupPoint(null, "MADRID CTA 28070", null, null));
        assertThat(report.events()).filteredOn(event -> event != pickup)
                .allSatisfy(event -> assertThat(event.pickupPoint()).isNull());
        assertThat(report.events()).extracting(CarrierEvent::eventId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("upu-[0-9a-f]{32}"));
    }

    @ParameterizedTest
    @CsvSource({
            "EMA, IN_TRANSIT,", "EMB, IN_TRANSIT,", "EMC, IN_TRANSIT,", "EMD, IN_TRANSIT,",
            "EME, IN_TRANSIT, CUSTOMS", "EMF, IN_TRANSIT,", "EMG, IN_TRANSIT,", "EMJ, IN_TRANSIT,",
            "EMK, IN_TRANSIT,", "EDA, IN_TRANSIT,", "EDB, IN_TRANSIT, CUSTOMS", "EDC, IN_TRANSIT,",
            "EDD, IN_TRANSIT,", "EDE, IN_TRANSIT,", "EXA, IN_TRANSIT, CUSTOMS", "EXB, IN_TRANSIT, CUSTOMS",
            "EXC, IN_TRANSIT,", "EXD, IN_TRANSIT,", "EDG, OUT_FOR_DELIVERY,", "EDF, AVAILABLE_FOR_PICKUP,",
            "EDH, AVAILABLE_FOR_PICKUP,", "EMH, ATTEMPT_FAILED,", "EMI, DELIVERED,", "EDX, EXCEPTION,",
            "EXX, EXCEPTION,"})
    void mapsEachCode(String code, ShipmentStatus status, String subStatus) {
        CarrierEvent event = only(item("LP1", upuEvent(code, "Some event", "OFFICE 1", "2025-10-14T10:42:00Z")));

        assertThat(event.status()).isEqualTo(status);
        assertThat(event.subStatus()).isEqualTo(subStatus);
        assertThat(event.rawStatus()).isEqualTo(code);
        assertThat(event.description()).isEqualTo("Some event");
    }

    @Test
    void theCodeTableHoldsExactlyTheDocumentedCodes() {
        Map<String, UpuEventCodes.Meaning> all = UpuEventCodes.all();
        assertThat(all).hasSize(25);
        assertThat(all.entrySet()).filteredOn(entry -> "CUSTOMS".equals(entry.getValue().subStatus()))
                .extracting(Map.Entry::getKey).containsExactlyInAnyOrder("EME", "EDB", "EXA", "EXB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EDF", "EDH"})
    void anArrivalForPickUpNamesItsPickupPointByTheEventLocation(String code) {
        CarrierEvent event = only(item("LP1",
                upuEvent(code, "Held at delivery office", "OFICINA CORREOS SOL", "2025-10-14T10:42:00+02:00")));

        assertThat(event.status()).isEqualTo(ShipmentStatus.AVAILABLE_FOR_PICKUP);
        assertThat(event.pickupPoint()).isEqualTo(new PickupPoint(null, "OFICINA CORREOS SOL", null, null));
    }

    @Test
    void anArrivalForPickUpWithoutALocationNamesNoPickupPoint() {
        CarrierEvent event = only(item("LP1",
                "{\"EventCd\": \"EDH\", \"EventNm\": \"At pick-up point\", \"EventDT\": \"2025-10-14T10:42:00Z\"}"));

        assertThat(event.pickupPoint()).isNull();
        assertThat(event.location()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/Date(1760431320000)/ | 2025-10-14T08:42:00Z",
            "/Date(1760431320000+0200)/ | 2025-10-14T08:42:00Z",
            "/Date(1760431320000-0500)/ | 2025-10-14T08:42:00Z",
            "2025-10-14T10:42:00+02:00 | 2025-10-14T08:42:00Z",
            "2025-10-14T10:42:00.5+02:00 | 2025-10-14T08:42:00.500Z",
            "2025-10-14T08:42:00Z | 2025-10-14T08:42:00Z",
            "2025-10-14T08:42:00 | 2025-10-14T08:42:00Z",
            "2025-10-14T08:42 | 2025-10-14T08:42:00Z"})
    void readsMicrosoftAndIsoTimesWithOrWithoutAnOffsetTheLatterAsUtc(String eventDt, Instant expected) {
        CarrierEvent event = only(item("LP1", upuEvent("EMD", "Arrival", "MADRID", eventDt)));

        assertThat(event.occurredAt()).isEqualTo(expected);
    }

    @Test
    void theSameEventHasTheSameIdHoweverItsTimeIsWritten() {
        CarrierEvent asMilliseconds = only(item("LP1", upuEvent("EDH", "At pick-up", "SOL", "/Date(1760431320000)/")));
        CarrierEvent asIso = only(item("LP1", upuEvent("EDH", "At pick-up", "SOL", "2025-10-14T10:42:00+02:00")));
        CarrierEvent again = only(item("LP1", upuEvent("EDH", "At pick-up", "SOL", "2025-10-14T08:42:00Z")));

        assertThat(asIso.eventId()).isEqualTo(asMilliseconds.eventId()).isEqualTo(again.eventId())
                .isEqualTo(UpuCarrierAdapter.eventId(Instant.parse("2025-10-14T08:42:00Z"), "EDH", "At pick-up"));
    }

    @Test
    void eventsDifferingInTimeCodeOrTextHaveDifferentIds() {
        List<CarrierEvent> events = onlyReport(item("LP1",
                upuEvent("EDH", "At pick-up", "SOL", "2025-10-14T08:42:00Z"),
                upuEvent("EDH", "At pick-up", "SOL", "2025-10-14T08:43:00Z"),
                upuEvent("EDF", "At pick-up", "SOL", "2025-10-14T08:42:00Z"),
                upuEvent("EDH", "At pick-up point", "SOL", "2025-10-14T08:42:00Z"))).events();

        assertThat(events).extracting(CarrierEvent::eventId).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void anUnknownCodeIsAnExceptionWithItsRawCodeKeptAndTheRestIsRead() {
        List<CarrierEvent> events = onlyReport(item("LP1",
                upuEvent("EMD", "Arrival at inward office of exchange", "MADRID", "2025-10-11T06:30:00+02:00"),
                upuEvent("ZZQ", "Something new", "MADRID", "2025-10-11T07:30:00+02:00"),
                upuEvent("EMI", "Final delivery", "MADRID", "2025-10-12T07:30:00+02:00"))).events();

        assertThat(events).extracting(CarrierEvent::rawStatus, CarrierEvent::status, CarrierEvent::unknownCode)
                .containsExactly(
                        tuple("EMD", ShipmentStatus.IN_TRANSIT, false),
                        tuple("ZZQ", ShipmentStatus.EXCEPTION, true),
                        tuple("EMI", ShipmentStatus.DELIVERED, false));
        assertThat(events.get(1).description()).isEqualTo("Something new");
    }

    @Test
    void readsEachItemOfAPushAsItsOwnParcelInTheOrderSent() {
        String body = items(
                item("RR2", upuEvent("EMD", "Arrival at inward office of exchange", "MADRID CTI",
                        "2025-10-11T06:30:00+02:00")),
                item("RR1", upuEvent("EMA", "Posting/collection", "SHENZHEN", "2025-10-08T05:20:00Z"),
                        upuEvent("ZZQ", "Something new", "SHENZHEN", "2025-10-08T07:20:00Z")));

        List<CarrierReport> reports = adapter.readParcels(delivery(body));

        assertThat(reports).extracting(CarrierReport::parcel)
                .containsExactly(new ParcelId("upu", "RR2"), new ParcelId("upu", "RR1"));
        assertThat(reports.get(0).events()).extracting(CarrierEvent::rawStatus).containsExactly("EMD");
        assertThat(reports.get(1).events()).extracting(CarrierEvent::rawStatus, CarrierEvent::unknownCode)
                .containsExactly(tuple("EMA", false), tuple("ZZQ", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{\"ID\": \"LP1\", \"Events\": []}", "{oops", "null", "\"RR1\""})
    void refusesABodyThatIsNotAListOfItems(String body) {
        assertThatThrownBy(() -> adapter.readParcels(delivery(body))).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.status().value()).isEqualTo(400));
    }

    @Test
    void refusesTheWholePushWhenOneItemCannotBeReadNamingItByItsIndex() {
        String body = items(
                item("RR1", upuEvent("EMA", "Posting/collection", "SHENZHEN", "2025-10-08T05:20:00Z")),
                "[\"RR2\"]",
                "[{\"Events\": []}]",
                item("RR4", "{\"EventCd\": \"EMA\"}"));

        assertThatThrownBy(() -> adapter.readParcels(delivery(body))).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(fields(problem)).containsExactly("[1]", "[2].ID", "[3].Events[0].EventDT"));
    }

    @Test
    void namesEveryMissingOrUnreadableFieldByItsPath() {
        String body = """
                [{"ID": "not a tracking number", "Events": [
                  {"EventNm": "No code", "EventDT": "2025-10-14T08:42:00Z"},
                  {"EventCd": "EMA", "EventDT": "yesterday"},
                  {"EventCd": "EMA"}]}]""";

        assertThatThrownBy(() -> adapter.readParcels(delivery(body))).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status().value()).isEqualTo(400);
            assertThat(fields(problem)).containsExactly(
                    "[0].ID", "[0].Events[0].EventCd", "[0].Events[1].EventDT", "[0].Events[2].EventDT");
        });
    }

    @Test
    void refusesMoreEventsThanOneWebhookMayCarryCountingEveryItemBeforeReadingThem() {
        String events = String.join(", ", Collections.nCopies(CarrierReport.MAX_EVENTS + 1, "{}"));
        String half = String.join(", ", Collections.nCopies(CarrierReport.MAX_EVENTS / 2, "{}"));
        String oneItem = "[{\"ID\": \"LP1\", \"Events\": [" + events + "]}]";
        String threeItems = "[{\"ID\": \"LP1\", \"Events\": [" + half + "]}, {\"ID\": \"LP2\", \"Events\": [" + half
                + "]}, {\"ID\": \"LP3\", \"Events\": [{}]}]";

        assertThatThrownBy(() -> adapter.readParcels(delivery(oneItem))).isInstanceOf(PayloadTooLargeException.class);
        assertThatThrownBy(() -> adapter.readParcels(delivery(threeItems)))
                .isInstanceOfSatisfying(PayloadTooLargeException.class,
                        tooMany -> assertThat(tooMany.getMessage()).contains("has " + (CarrierReport.MAX_EVENTS + 1)));
    }

    @Test
    void ignoresFieldsItDoesNotReadAndTakesTextsInNfc() {
        CarrierEvent event = only("""
                [{"ID": "LP1", "Extra": {"a": 1}, "Events": [{"EventCd": "EDH", "EventNm": "Cafe\u0301",
                  "EventLocation": "CORUN\u0303A 15001", "EventDT": "2025-10-14T08:42:00Z", "Signatory": null,
                  "EventOfficeCd": "ES15001"}]}]""");

        assertThat(event.description()).isEqualTo("Café");
        assertThat(event.pickupPoint().name()).isEqualTo("CORUÑA 15001");
    }

    @Test
    void checksTheDocumentedSignatureVectorAsGenericDoes() {
        String body = "[{\"ID\":\"RR123456785CN\",\"Events\":[{\"EventCd\":\"EDH\",\"EventNm\":"
                + "\"Arrival at collection point for pick-up\",\"EventLocation\":\"MADRID CTA 28070\","
                + "\"EventDT\":\"2025-10-14T10:42:00+02:00\"}]}]";
        WebhookDelivery signed = new WebhookDelivery("upu", Map.of("webhook-id", "msg_2Kq7upu01",
                "webhook-timestamp", "1760431400",
                "webhook-signature", "v1,FlXOFL3i+Dfz6ekSykJ85jDs7vTpVyJQlVnmUpYhtV4="),
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(adapter.authenticate(signed, List.of("upu-example-secret"), Instant.ofEpochSecond(1760431460)))
                .contains("msg_2Kq7upu01");
        assertThatThrownBy(() -> adapter.authenticate(signed, List.of("upu-example-secret"),
                Instant.ofEpochSecond(1760431400 + 301))).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> adapter.authenticate(signed, List.of("another-secret"),
                Instant.ofEpochSecond(1760431400))).isInstanceOf(ApiProblem.class);
        assertThat(adapter.readParcels(signed)).singleElement().satisfies(report -> assertThat(report.events())
                .singleElement().extracting(event -> event.pickupPoint().name()).isEqualTo("MADRID CTA 28070"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ApiProblem problem) {
        List<FieldProblem> errors = (List<FieldProblem>) problem.toProblemDetail().getProperties().get("errors");
        return errors.stream().map(FieldProblem::field).toList();
    }

    private CarrierReport onlyReport(String body) {
        List<CarrierReport> reports = adapter.readParcels(delivery(body));
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    private CarrierEvent only(String body) {
        List<CarrierEvent> events = onlyReport(body).events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static String item(String id, String... events) {
        return "[{\"ID\": \"" + id + "\", \"Events\": [" + String.join(", ", events) + "]}]";
    }

    /** One push of the items, each written as {@link #item} writes it. */
    static String items(String... items) {
        return "[" + String.join(", ", Arrays.stream(items)
                .map(item -> item.strip().substring(1, item.strip().length() - 1)).toList()) + "]";
    }

    static String upuEvent(String code, String name, String location, String eventDt) {
        return """
                {"EventCd": "%s", "EventNm": "%s", "EventLocation": "%s", "EventDT": "%s", "ReasonCd": null,
                 "ActionCd": null}""".formatted(code, name, location, eventDt);
    }

    static String sample(String name) throws IOException {
        try (InputStream in = UpuAdapterTests.class.getResourceAsStream("/carriers/upu/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static WebhookDelivery delivery(String body) {
        return new WebhookDelivery("upu", Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }
}
