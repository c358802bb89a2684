package org.disputesuite.tracking.carriers.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingLocation;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.disputesuite.tracking.webhook.WebhookDelivery;
import org.disputesuite.tracking.webhook.WebhookMetrics;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class AfterShipAdapterTests {

    private static final String SECRET = "aftership-example-secret";
    private static final Instant NOW = Instant.parse("2026-11-10T00:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AfterShipCarrierAdapter adapter = new AfterShipCarrierAdapter(new WebhookMetrics(meters));

    @Test
    void verifiesTheDocumentedTestVector() {
        String body = "{\"event\":\"tracking_update\",\"event_id\":\"5b2c4d6e-0f1a-4b3c-9d8e-7f6a5b4c3d2e\","
                + "\"ts\":1760432400,\"msg\":{\"tracking_number\":\"LP00012345678CN\",\"tag\":\"InTransit\","
                + "\"checkpoints\":[]}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        assertThat(AfterShipCarrierAdapter.signature(SECRET, bytes)).isEqualTo("H/rjZE8OUhi5mLm96edC17LUWait3bgCyzva9sOdRPY=");
        assertThat(adapter.authenticate(delivery(bytes, "H/rjZE8OUhi5mLm96edC17LUWait3bgCyzva9sOdRPY="),
                List.of(SECRET), NOW)).contains("5b2c4d6e-0f1a-4b3c-9d8e-7f6a5b4c3d2e");
    }

    @Test
    void acceptsASignatureOfAnyOfTheCarriersSecrets() {
        byte[] body = sample();

        assertThat(adapter.authenticate(delivery(body, AfterShipCarrierAdapter.signature("retiring", body)),
                List.of(SECRET, "retiring"), NOW)).contains("8a7d3c2e-5b14-4f0a-9c6e-2d1b0a9f8e7d");
    }

    @Test
    void refusesAWrongMissingOrOtherSecretsSignatureWith401() {
        byte[] body = sample();
        String valid = AfterShipCarrierAdapter.signature(SECRET, body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("Madrid", "Madrld")
                .getBytes(StandardCharsets.UTF_8);

        assertUnauthorized(delivery(tampered, valid));
        assertUnauthorized(delivery(body, null));
        assertUnauthorized(delivery(body, ""));
        assertUnauthorized(delivery(body, "not base64!"));
        assertUnauthorized(delivery(body, AfterShipCarrierAdapter.signature("another-carriers-secret", body)));
    }

    @Test
    void mapsEveryCheckpointOfARecordedPushKeepingItsCodesTextAndPlace() {
        CarrierReport report = adapter.read(delivery(sample(), null));

        assertThat(report.parcel()).isEqualTo(new ParcelId("aftership", "LP00012345678CN"));
        assertThat(report.events())
                .extracting(CarrierEvent::status, CarrierEvent::rawStatus, CarrierEvent::subStatus,
                        CarrierEvent::occurredAt, CarrierEvent::description, CarrierEvent::location)
                .containsExactly(
                        tuple(ShipmentStatus.INFO_RECEIVED, "InfoReceived/GTMS_ACCEPT", "InfoReceived_001",
                                Instant.parse("2026-11-01T01:12:00Z"), "Electronic information received",
                                new TrackingLocation("Shenzhen", "518000", "CN")),
                        tuple(ShipmentStatus.IN_TRANSIT, "InTransit/SC_OUTBOUND", "InTransit_002",
                                Instant.parse("2026-11-02T18:40:00Z"), "Departed from sorting center",
                                new TrackingLocation("Guangzhou", "510000", "CN")),
                        tuple(ShipmentStatus.IN_TRANSIT, "InTransit/CUSTOMS_CLEARED", "InTransit_007",
                                Instant.parse("2026-11-06T14:05:00Z"), "Arrived at destination country",
                                new TrackingLocation("Madrid", "28042", "ES")),
                        tuple(ShipmentStatus.OUT_FOR_DELIVERY, "OutForDelivery/DLV_OUT", "OutForDelivery_001",
                                Instant.parse("2026-11-07T07:30:00Z"), "Out for delivery",
                                new TrackingLocation("Madrid", "28013", "ES")),
                        tuple(ShipmentStatus.ATTEMPT_FAILED, "AttemptFail/DLV_FAIL", "AttemptFail_001",
                                Instant.parse("2026-11-07T12:10:00Z"), "Recipient not at home",
                                new TrackingLocation("Madrid", "28013", "ES")),
                        tuple(ShipmentStatus.AVAILABLE_FOR_PICKUP, "AvailableForPickup/PUP_ARRIVED",
                                "AvailableForPickup_001", Instant.parse("2026-11-08T09:00:00Z"),
                                "Available for collection at Kiosko Sol", new TrackingLocation("Madrid", "28013", "ES")),
                        tuple(ShipmentStatus.DELIVERED, "Delivered/SIGNED", "Delivered_001",
                                Instant.parse("2026-11-09T16:45:00Z"), "Collected by the recipient",
                                new TrackingLocation("Madrid", "28013", "ES")));
        assertThat(report.events()).extracting(CarrierEvent::eventId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("as-"));
    }

    @Test
    void mapsTheOtherTagsAndTheReturnSubtags() {
        CarrierReport report = adapter.read(delivery(push(
                checkpoint("2026-11-05T10:00:00Z", "Exception", "Exception_004", "Customs held"),
                checkpoint("2026-11-05T11:00:00Z", "Exception", "Exception_010", "Returning to sender"),
                checkpoint("2026-11-05T12:00:00Z", "Exception", "Exception_011", "Returned to sender"),
                checkpoint("2026-11-05T13:00:00Z", "Expired", "Expired_001", "No updates")), null));

        assertThat(report.events()).extracting(CarrierEvent::status).containsExactly(ShipmentStatus.EXCEPTION,
                ShipmentStatus.RETURNED_TO_SENDER, ShipmentStatus.RETURNED_TO_SENDER, ShipmentStatus.EXPIRED);
        assertThat(report.events()).extracting(CarrierEvent::unknownCode).containsOnly(false);
    }

    @Test
    void readsAnUnknownTagAsExceptionKeepingItAndAppliesTheRest() {
        CarrierReport report = adapter.read(delivery(push(
                checkpoint("2026-11-05T10:00:00+02:00", "Teleported", "Teleported_001", "Beamed up"),
                checkpoint("2026-11-05T11:00:00+02:00", "InTransit", "InTransit_001", "On its way")), null));

        assertThat(report.events()).extracting(CarrierEvent::status, CarrierEvent::rawStatus, CarrierEvent::subStatus,
                        CarrierEvent::unknownCode)
                .containsExactly(tuple(ShipmentStatus.EXCEPTION, "Teleported", "Teleported_001", true),
                        tuple(ShipmentStatus.IN_TRANSIT, "InTransit", "InTransit_001", false));
    }

    @Test
    void givesNoEventForPending() {
        CarrierReport report = adapter.read(delivery(push(
                checkpoint("2026-11-05T10:00:00Z", "Pending", "Pending_001", "Tracking created"),
                checkpoint("2026-11-05T11:00:00Z", "InfoReceived", "InfoReceived_001", "Label printed")), null));

        assertThat(report.events()).extracting(CarrierEvent::status).containsExactly(ShipmentStatus.INFO_RECEIVED);
        assertThat(skipped("no_time") + skipped("unreadable_time") + skipped("no_tag")).isZero();
    }

    @Test
    void skipsAndCountsACheckpointItCannotReadAndAppliesTheRest() {
        assertThat(skipped("no_time")).isZero();
        assertThat(skipped("unreadable_time")).isZero();

        CarrierReport report = adapter.read(delivery(push(
                "{\"tag\": \"InTransit\", \"message\": \"No time at all\"}",
                checkpoint("yesterday", "InTransit", "InTransit_001", "A time nobody can read"),
                "\"not a checkpoint\"",
                checkpoint("2026-11-05T11:00:00Z", "Delivered", "Delivered_001", "Delivered")), null));

        assertThat(report.events()).extracting(CarrierEvent::status).containsExactly(ShipmentStatus.DELIVERED);
        assertThat(skipped("no_time")).isEqualTo(1);
        assertThat(skipped("unreadable_time")).isEqualTo(1);
        assertThat(skipped("not_an_object")).isEqualTo(1);
    }

    @Test
    void derivesTheSameEventIdForTheSameCheckpointAndAnotherForAnotherOne() {
        String first = checkpoint("2026-11-05T10:00:00+01:00", "InTransit", "InTransit_001", "Arrived at hub");
        String again = checkpoint("2026-11-05T10:00:00+01:00", "InTransit", "InTransit_001", "Arrived at hub");
        String otherTime = checkpoint("2026-11-05T10:01:00+01:00", "InTransit", "InTransit_001", "Arrived at hub");
        String otherCode = checkpoint("2026-11-05T10:00:00+01:00", "InTransit", "InTransit_002", "Arrived at hub");
        String otherText = checkpoint("2026-11-05T10:00:00+01:00", "InTransit", "InTransit_001", "Left the hub");

        List<String> ids = adapter.read(delivery(push(first, otherTime, otherCode, otherText), null)).events()
                .stream().map(CarrierEvent::eventId).toList();
        String idAgain = adapter.read(delivery(push(again), null)).events().get(0).eventId();

        assertThat(idAgain).isEqualTo(ids.get(0));
        assertThat(ids).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void givesNoEventsForOtherEventKinds() {
        String body = "{\"event\": \"tracking_deleted\", \"event_id\": \"e-1\", \"ts\": 1760432400,"
                + " \"msg\": {\"tracking_number\": \"LP00012345678CN\", \"checkpoints\": ["
                + checkpoint("2026-11-05T10:00:00Z", "Delivered", "Delivered_001", "Delivered") + "]}}";

        CarrierReport report = adapter.read(delivery(body.getBytes(StandardCharsets.UTF_8), null));

        assertThat(report.events()).isEmpty();
        assertThat(report.saysNothing()).isTrue();
    }

    @Test
    void refusesABodyThatIsNotJsonOrHasNoValidTrackingNumberWith400() {
        assertBadRequest("not json");
        assertBadRequest("{\"event\": \"tracking_update\", \"event_id\": \"e-1\"}");
        assertBadRequest("{\"event\": \"tracking_update\", \"msg\": {\"checkpoints\": []}}");
        assertBadRequest("{\"event\": \"tracking_update\", \"msg\": {\"tracking_number\": \"has spaces\"}}");
    }

    private void assertBadRequest(String body) {
        assertThatThrownBy(() -> adapter.read(delivery(body.getBytes(StandardCharsets.UTF_8), null)))
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    private void assertUnauthorized(WebhookDelivery delivery) {
        assertThatThrownBy(() -> adapter.authenticate(delivery, List.of(SECRET), NOW))
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.UNAUTHORIZED));
    }

    private double skipped(String reason) {
        Counter counter = meters.find("tracking.events.skipped").tag("carrier", "aftership").tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    static String checkpoint(String time, String tag, String subtag, String message) {
        return """
                {"checkpoint_time": "%s", "tag": "%s", "subtag": "%s", "message": "%s", "slug": "dhl"}"""
                .formatted(time, tag, subtag, message);
    }

    static byte[] push(String... checkpoints) {
        return ("{\"event\": \"tracking_update\", \"event_id\": \"e-1\", \"ts\": 1760432400, \"msg\": "
                + "{\"tracking_number\": \"LP00012345678CN\", \"tag\": \"InTransit\", \"checkpoints\": ["
                + String.join(", ", checkpoints) + "]}}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sample() {
        try (InputStream in = AfterShipAdapterTests.class.getResourceAsStream("/carriers/aftership/tracking-update.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebhookDelivery delivery(byte[] body, String signature) {
        Map<String, String> headers = new HashMap<>();
        if (signature != null) {
            headers.put("AfterShip-Hmac-Sha256", signature);
        }
        return new WebhookDelivery("aftership", headers, body);
    }
}
