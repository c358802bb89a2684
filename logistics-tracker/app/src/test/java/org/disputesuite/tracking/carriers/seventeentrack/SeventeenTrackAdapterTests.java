package org.disputesuite.tracking.carriers.seventeentrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
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
import org.disputesuite.tracking.webhook.TooManyEventsException;
import org.disputesuite.tracking.webhook.WebhookDelivery;
import org.disputesuite.tracking.webhook.WebhookMetrics;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class SeventeenTrackAdapterTests {

    private static final String EXAMPLE_KEY = "17track-example-key";
    private static final String EXAMPLE_BODY = "{\"event\":\"TRACKING_STOPPED\",\"data\":{\"number\":\"LP00012345678CN\","
            + "\"carrier\":7041,\"param\":null,\"tag\":null}}";
    private static final String EXAMPLE_SIGN = "c0b9be30a2f5d43120b2c4c0a427a76407c849faed80a2aa603e57543ab1c167";
    private static final Instant NOW = Instant.parse("2026-11-09T12:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SeventeenTrackAdapter adapter = new SeventeenTrackAdapter(new WebhookMetrics(meters));

    @Test
    void verifiesTheDocumentedTestVectorWithAnyOfTheSecrets() {
        byte[] body = EXAMPLE_BODY.getBytes(StandardCharsets.UTF_8);

        assertThat(SeventeenTrackAdapter.sign(body, EXAMPLE_KEY)).isEqualTo(EXAMPLE_SIGN);
        assertThat(adapter.authenticate(delivery(body, EXAMPLE_SIGN), List.of("retired-key", EXAMPLE_KEY), NOW))
                .isEmpty();
        assertThat(adapter.authenticate(delivery(body, EXAMPLE_SIGN), List.of(EXAMPLE_KEY, "next-key"), NOW))
                .isEmpty();
    }

    @Test
    void refusesAWrongMissingOrOtherSecretsSignature() {
        byte[] body = EXAMPLE_BODY.getBytes(StandardCharsets.UTF_8);
        byte[] otherBody = EXAMPLE_BODY.replace("STOPPED", "UPDATED").getBytes(StandardCharsets.UTF_8);

        List<WebhookDelivery> refused = List.of(
                delivery(body, null),
                delivery(body, ""),
                delivery(body, "not-a-signature"),
                delivery(otherBody, EXAMPLE_SIGN),
                delivery(body, SeventeenTrackAdapter.sign(body, "another-carriers-key")));

        for (WebhookDelivery delivery : refused) {
            assertThatThrownBy(() -> adapter.authenticate(delivery, List.of(EXAMPLE_KEY), NOW))
                    .isInstanceOfSatisfying(ApiProblem.class,
                            problem -> assertThat(problem.status()).isEqualTo(HttpStatus.UNAUTHORIZED));
        }
    }

    @Test
    void mapsEveryEventOfEveryProviderOfARecordedPush() {
        CarrierReport report = adapter.read(delivery(sample(), null));

        assertThat(report.parcel()).isEqualTo(new ParcelId("17track", "LP00012345678CN"));
        assertThat(report.events())
                .extracting(CarrierEvent::status, CarrierEvent::rawStatus, CarrierEvent::subStatus,
                        CarrierEvent::occurredAt, CarrierEvent::description)
                .containsExactly(
                        tuple(ShipmentStatus.DELIVERED, "Delivered", "Delivered_Other",
                                Instant.parse("2026-11-09T11:31:00Z"), "Entregado"),
                        tuple(ShipmentStatus.AVAILABLE_FOR_PICKUP, "AvailableForPickup", "AvailableForPickup_Other",
                                Instant.parse("2026-11-07T09:02:00Z"), "Disponible para recoger en oficina"),
                        tuple(ShipmentStatus.ATTEMPT_FAILED, "DeliveryFailure", "DeliveryFailure_NoBody",
                                Instant.parse("2026-11-06T12:40:00Z"), "Entrega fallida: destinatario ausente"),
                        tuple(ShipmentStatus.OUT_FOR_DELIVERY, "OutForDelivery", "OutForDelivery_Other",
                                Instant.parse("2026-11-06T07:15:00Z"), "En reparto"),
                        tuple(ShipmentStatus.IN_TRANSIT, "InTransit", "InTransit_CustomsReleased",
                                Instant.parse("2026-11-04T05:20:00Z"), "Customs clearance completed"),
                        tuple(ShipmentStatus.IN_TRANSIT, "InTransit", "InTransit_PickedUp",
                                Instant.parse("2026-11-01T10:05:00Z"), "深圳市 已揽收"),
                        tuple(ShipmentStatus.INFO_RECEIVED, "InfoReceived", "InfoReceived",
                                Instant.parse("2026-11-01T09:00:00Z"), "Electronic information received"));
        assertThat(report.events()).extracting(CarrierEvent::location).containsExactly(
                new TrackingLocation("Madrid", "28013", "ES"),
                new TrackingLocation("OFICINA MADRID SUC 14", "28013", "ES"),
                new TrackingLocation("Madrid", null, "ES"),
                new TrackingLocation("Madrid", null, "ES"),
                new TrackingLocation("MADRID", null, "ES"),
                new TrackingLocation("Shenzhen", null, "CN"),
                null);
        assertThat(report.events()).extracting(CarrierEvent::eventId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("17t-").hasSize(68));
        assertThat(skipped()).isZero();
    }

    @Test
    void readsAnUnknownSubStatusAsExceptionKeepingItAndAppliesTheRest() {
        CarrierReport report = adapter.read(delivery(updated("LP1",
                event("Teleported_ToTheMoon", "2026-11-03T10:00:00Z", "Beamed up"),
                event("Exception_Returned", "2026-11-04T10:00:00Z", "Returned to sender"),
                event("Exception_Returning", "2026-11-03T12:00:00Z", "Returning"),
                event("Exception_Lost", "2026-11-03T11:00:00Z", "Lost"),
                event("Expired_Other", "2026-11-05T10:00:00Z", "No news"),
                event("InTransit_Arrival", "2026-11-02T10:00:00Z", "Arrived")), null));

        assertThat(report.events())
                .extracting(CarrierEvent::status, CarrierEvent::rawStatus, CarrierEvent::subStatus,
                        CarrierEvent::unknownCode)
                .containsExactly(
                        tuple(ShipmentStatus.EXCEPTION, "Teleported", "Teleported_ToTheMoon", true),
                        tuple(ShipmentStatus.RETURNED_TO_SENDER, "Exception", "Exception_Returned", false),
                        tuple(ShipmentStatus.RETURNED_TO_SENDER, "Exception", "Exception_Returning", false),
                        tuple(ShipmentStatus.EXCEPTION, "Exception", "Exception_Lost", false),
                        tuple(ShipmentStatus.EXPIRED, "Expired", "Expired_Other", false),
                        tuple(ShipmentStatus.IN_TRANSIT, "InTransit", "InTransit_Arrival", false));
    }

    @Test
    void givesNoEventForNotFound() {
        CarrierReport report = adapter.read(delivery(updated("LP1",
                event("NotFound_Other", "2026-11-01T10:00:00Z", "Not found"),
                event("NotFound_InvalidCode", "2026-11-01T11:00:00Z", "Invalid number")), null));

        assertThat(report.events()).isEmpty();
        assertThat(skipped()).isZero();
    }

    @Test
    void skipsAndCountsAnEventItCannotReadAndAppliesTheRest() {
        CarrierReport report = adapter.read(delivery(updated("LP1",
                "{\"time_iso\": null, \"time_utc\": null, \"description\": \"Scanned\", \"sub_status\": \"InTransit_Other\"}",
                event("InTransit_Other", "yesterday", "Scanned"),
                "{\"time_utc\": \"2026-11-02T10:00:00Z\", \"description\": \"No status\"}",
                "\"not an event\"",
                event("Delivered_Other", "2026-11-05T10:00:00Z", "Delivered")), null));

        assertThat(report.events()).extracting(CarrierEvent::subStatus).containsExactly("Delivered_Other");
        assertThat(skipped("no_time")).isEqualTo(1);
        assertThat(skipped("unreadable_time")).isEqualTo(1);
        assertThat(skipped("no_status")).isEqualTo(1);
        assertThat(skipped("not_an_object")).isEqualTo(1);
    }

    @Test
    void derivesIdsFromTimeSubStatusAndTextAlone() {
        List<String> first = ids(adapter.read(delivery(sample(), null)));
        List<String> again = ids(adapter.read(delivery(sample(), null)));
        String scan = ids(adapter.read(delivery(updated("LP1",
                event("InTransit_Other", "2026-11-02T10:00:00Z", "Scanned")), null))).get(0);
        String sameScanElsewhereInAnotherOffset = ids(adapter.read(delivery(updated("LP1",
                "{\"time_iso\": \"2026-11-02T11:00:00+01:00\", \"description\": \"Scanned\","
                        + " \"sub_status\": \"InTransit_Other\", \"location\": \"Lyon\", \"stage\": \"Arrival\"}"),
                null))).get(0);
        String otherText = ids(adapter.read(delivery(updated("LP1",
                event("InTransit_Other", "2026-11-02T10:00:00Z", "Scanned again")), null))).get(0);

        assertThat(again).isEqualTo(first);
        assertThat(sameScanElsewhereInAnotherOffset).isEqualTo(scan);
        assertThat(otherText).isNotEqualTo(scan);
    }

    @Test
    void givesNoEventsForTrackingStopped() {
        CarrierReport report = adapter.read(delivery(EXAMPLE_BODY.getBytes(StandardCharsets.UTF_8), EXAMPLE_SIGN));

        assertThat(report.parcel()).isEqualTo(new ParcelId("17track", "LP00012345678CN"));
        assertThat(report.events()).isEmpty();
    }

    @Test
    void refusesABodyWithoutATrackingNumberAndTooManyEvents() {
        String tooMany = updated("LP1", Collections.nCopies(CarrierReport.MAX_EVENTS + 1,
                event("InTransit_Other", "2026-11-02T10:00:00Z", "Scanned")).toArray(String[]::new));

        assertThatThrownBy(() -> adapter.read(delivery(updated(null), null)))
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThatThrownBy(() -> adapter.read(delivery("{oops".getBytes(StandardCharsets.UTF_8), null)))
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThatThrownBy(() -> adapter.read(delivery(tooMany, null))).isInstanceOf(TooManyEventsException.class);
    }

    static byte[] sample() {
        try (InputStream in = SeventeenTrackAdapterTests.class.getResourceAsStream("/carriers/17track/tracking-updated.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String updated(String number, String... events) {
        return "{\"event\": \"TRACKING_UPDATED\", \"data\": {\"number\": " + (number == null ? "null" : "\"" + number + "\"")
                + ", \"carrier\": 7041, \"track_info\": {\"latest_status\": {\"status\": \"InTransit\","
                + " \"sub_status\": \"InTransit_Other\"}, \"tracking\": {\"providers\": [{\"provider\": {\"key\": 7041},"
                + " \"events\": [" + String.join(", ", events) + "]}]}}}}";
    }

    static String event(String subStatus, String timeUtc, String description) {
        return "{\"time_iso\": null, \"time_utc\": \"" + timeUtc + "\", \"description\": \"" + description
                + "\", \"location\": null, \"stage\": null, \"sub_status\": \"" + subStatus + "\"}";
    }

    private static List<String> ids(CarrierReport report) {
        return report.events().stream().map(CarrierEvent::eventId).toList();
    }

    private double skipped() {
        return meters.find("tracking.events.skipped").counters().stream().mapToDouble(Counter::count).sum();
    }

    private double skipped(String reason) {
        Counter counter = meters.find("tracking.events.skipped").tag("carrier", "17track").tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static WebhookDelivery delivery(String body, String sign) {
        return delivery(body.getBytes(StandardCharsets.UTF_8), sign);
    }

    private static WebhookDelivery delivery(byte[] body, String sign) {
        Map<String, String> headers = new HashMap<>();
        if (sign != null) {
            headers.put("sign", sign);
        }
        return new WebhookDelivery("17track", headers, body);
    }
}
