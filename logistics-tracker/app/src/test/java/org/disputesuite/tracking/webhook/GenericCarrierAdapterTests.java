package org.disputesuite.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.platform.web.FieldProblem;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingLocation;
import org.disputesuite.tracking.api.WebhookSignature;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class GenericCarrierAdapterTests {

    private final GenericCarrierAdapter adapter = new GenericCarrierAdapter();

    @Test
    void mapsTheSuitesOwnFormatToNormalizedEvents() {
        CarrierReport report = read("""
                {"trackingNumber": "LP00012345678CN",
                 "events": [{"eventId": "c-981", "status": "AVAILABLE_FOR_PICKUP", "subStatus": "LOCKER",
                             "occurredAt": "2026-11-18T15:20:00Z", "description": "Parcel at pickup point",
                             "location": {"city": "Madrid", "postalCode": "28013", "countryCode": "ES"},
                             "pickupPoint": {"id": "PP-77", "name": "Kiosko Sol"}, "signedBy": "A. García"},
                            {"eventId": 982, "status": "IN_TRANSIT", "occurredAt": "2026-11-17T10:00:00.123Z"}],
                 "somethingNew": true}
                """);

        assertThat(report.parcel()).isEqualTo(new ParcelId("generic", "LP00012345678CN"));
        assertThat(report.events()).containsExactly(
                new CarrierEvent("c-981", ShipmentStatus.AVAILABLE_FOR_PICKUP, "AVAILABLE_FOR_PICKUP", "LOCKER",
                        Instant.parse("2026-11-18T15:20:00Z"), "Parcel at pickup point",
                        new TrackingLocation("Madrid", "28013", "ES"),
                        new PickupPoint("PP-77", "Kiosko Sol", null, null), null, "A. García"),
                new CarrierEvent("982", ShipmentStatus.IN_TRANSIT, "IN_TRANSIT", null,
                        Instant.parse("2026-11-17T10:00:00.123Z"), null, null));
    }

    @Test
    void readsTheSampleDocumentedForCarriers() throws IOException {
        CarrierReport report = read(sample("pickup-then-collection.json"));

        Address kioskoSol = new Address(null, "Calle del Sol 3", null, "Madrid", null, "28013", "ES");
        assertThat(report.parcel()).isEqualTo(new ParcelId("generic", "LP00012345678CN"));
        assertThat(report.events()).containsExactly(
                new CarrierEvent("c-981", ShipmentStatus.AVAILABLE_FOR_PICKUP, "AVAILABLE_FOR_PICKUP", "LOCKER",
                        Instant.parse("2026-11-18T15:20:00Z"), "Parcel at pickup point",
                        new TrackingLocation("Madrid", "28013", "ES"),
                        new PickupPoint("PP-77", "Kiosko Sol", kioskoSol, Instant.parse("2026-11-25T20:00:00Z")),
                        null, null),
                new CarrierEvent("c-990", ShipmentStatus.DELIVERED, "DELIVERED", null,
                        Instant.parse("2026-11-20T11:00:00Z"), "Collected", null, null, kioskoSol, "A. García"));
    }

    @Test
    void readsEachEventsPickupPointDeliveryAddressAndSigner() {
        CarrierReport report = read("""
                {"trackingNumber": "LP1",
                 "events": [{"eventId": "c-1", "status": "AVAILABLE_FOR_PICKUP", "occurredAt": "2026-11-18T15:20:00Z",
                             "pickupPoint": {"id": "PP-77", "name": "Kiosko Sol", "collectBy": "2026-11-25T20:00:00Z",
                                             "address": {"line1": "Calle del Sol 3", "city": "Madrid",
                                                         "postalCode": "28013", "countryCode": "ES"}}},
                            {"eventId": "c-2", "status": "DELIVERED", "occurredAt": "2026-11-19T11:00:00Z",
                             "deliveredTo": {"name": "Ana García", "line1": "Calle Mayor 7", "line2": "2º B",
                                             "city": "Madrid", "region": "Madrid", "postalCode": "28013",
                                             "countryCode": "ES"},
                             "signedBy": "A. García"},
                            {"eventId": "c-3", "status": "DELIVERED", "occurredAt": "2026-11-20T11:00:00Z",
                             "pickupPoint": {}, "deliveredTo": {"city": null}}]}
                """);

        CarrierEvent arrival = report.events().get(0);
        assertThat(arrival.pickupPoint()).isEqualTo(new PickupPoint("PP-77", "Kiosko Sol",
                new Address(null, "Calle del Sol 3", null, "Madrid", null, "28013", "ES"),
                Instant.parse("2026-11-25T20:00:00Z")));
        assertThat(arrival.deliveredTo()).isNull();
        assertThat(arrival.signedBy()).isNull();
        CarrierEvent delivery = report.events().get(1);
        assertThat(delivery.pickupPoint()).isNull();
        assertThat(delivery.deliveredTo()).isEqualTo(
                new Address("Ana García", "Calle Mayor 7", "2º B", "Madrid", "Madrid", "28013", "ES"));
        assertThat(delivery.signedBy()).isEqualTo("A. García");
        CarrierEvent saysNothing = report.events().get(2);
        assertThat(saysNothing.pickupPoint()).isNull();
        assertThat(saysNothing.deliveredTo()).isNull();
    }

    @Test
    void namesAMalformedPickupPointOrDeliveryAddressByItsPath() {
        ApiProblem problem = refusal("""
                {"trackingNumber": "LP1",
                 "events": [{"eventId": "c-1", "status": "AVAILABLE_FOR_PICKUP", "occurredAt": "2026-11-18T15:20:00Z",
                             "pickupPoint": {"collectBy": "next week", "address": "Calle del Sol 3"}},
                            {"eventId": "c-2", "status": "DELIVERED", "occurredAt": "2026-11-19T11:00:00Z",
                             "deliveredTo": {"countryCode": "ESP", "line1": {"street": "Mayor"}},
                             "signedBy": ["A. García"]},
                            {"eventId": "c-3", "status": "DELIVERED", "occurredAt": "2026-11-19T11:00:00Z",
                             "pickupPoint": "PP-77", "deliveredTo": "Calle Mayor 7"}]}
                """);

        assertThat(fields(problem)).containsExactly("events[0].pickupPoint.address",
                "events[0].pickupPoint.collectBy", "events[1].deliveredTo.line1", "events[1].deliveredTo.countryCode",
                "events[1].signedBy", "events[2].pickupPoint", "events[2].deliveredTo");
    }

    @Test
    void keepsAnUnknownStatusRawAndReadsItAsException() {
        CarrierReport report = read("""
                {"trackingNumber": "LP1", "events": [{"eventId": "e1", "status": "HELD_AT_CUSTOMS",
                  "occurredAt": "2026-11-18T15:20:00Z"}]}
                """);

        assertThat(report.events().get(0).status()).isEqualTo(ShipmentStatus.EXCEPTION);
        assertThat(report.events().get(0).rawStatus()).isEqualTo("HELD_AT_CUSTOMS");
        assertThat(report.events().get(0).unknownCode()).isTrue();
    }

    @Test
    void acceptsAWebhookWithoutEvents() {
        assertThat(read("{\"trackingNumber\":\"LP00012345678CN\",\"events\":[]}").events()).isEmpty();
    }

    @Test
    void namesEveryMissingOrMalformedFieldByItsPath() {
        ApiProblem problem = refusal("""
                {"events": [{"eventId": "e1", "status": "IN_TRANSIT"},
                            {"status": " ", "occurredAt": "yesterday", "location": "Madrid"},
                            "not an event"]}
                """);

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(problem)).containsExactly("trackingNumber", "events[0].occurredAt", "events[1].eventId",
                "events[1].status", "events[1].occurredAt", "events[1].location", "events[2]");
    }

    @Test
    void refusesABodyThatIsNotJsonOrNotAnObject() {
        assertThat(refusal("{\"trackingNumber\": ").status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refusal("").status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refusal("[1, 2]").status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refusal("{\"trackingNumber\": \"LP1\"}"))).containsExactly("events");
    }

    @Test
    void refusesFieldsLongerThanTheTrackerKeeps() {
        String longId = "x".repeat(201);
        ApiProblem problem = refusal("{\"trackingNumber\": \"LP1\", \"events\": [{\"eventId\": \"" + longId
                + "\", \"status\": \"IN_TRANSIT\", \"occurredAt\": \"2026-11-18T15:20:00Z\"}]}");

        assertThat(fields(problem)).containsExactly("events[0].eventId");
    }

    @Test
    void authenticatesWithStandardWebhooksHeaders() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String signature = WebhookSignature.sign("s3cret", "msg-1", 1_700_000_000L, body);
        WebhookDelivery delivery = new WebhookDelivery("generic", Map.of("Webhook-Id", "msg-1",
                "webhook-timestamp", "1700000000", "webhook-signature", signature), body);

        assertThat(adapter.authenticate(delivery, List.of("old", "s3cret"), now)).contains("msg-1");
        assertThatThrownBy(() -> adapter.authenticate(delivery, List.of("old"), now))
                .isInstanceOf(ApiProblem.class);
    }

    private CarrierReport read(String json) {
        return adapter.read(delivery(json));
    }

    private ApiProblem refusal(String json) {
        Throwable thrown = catchThrowable(() -> adapter.read(delivery(json)));
        assertThat(thrown).isInstanceOf(ApiProblem.class);
        return (ApiProblem) thrown;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ApiProblem problem) {
        List<FieldProblem> errors = (List<FieldProblem>) problem.toProblemDetail().getProperties().get("errors");
        return errors.stream().map(FieldProblem::field).toList();
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = GenericCarrierAdapterTests.class.getResourceAsStream("/carriers/generic/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static WebhookDelivery delivery(String json) {
        return new WebhookDelivery("generic", Map.of(), json.getBytes(StandardCharsets.UTF_8));
    }

}
