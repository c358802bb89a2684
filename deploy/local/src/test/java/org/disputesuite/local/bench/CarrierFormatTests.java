package org.disputesuite.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CarrierFormatTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> CODES = CarrierFormat.CODES;

    @Test
    void signsGenericAndCainiaoWithTheStandardWebhooksTestVector() {
        BenchEvent event = event("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", 1700000000);
        byte[] body = "{\"trackingNumber\":\"LP00012345678CN\",\"events\":[]}".getBytes(StandardCharsets.UTF_8);

        for (String code : new String[] {GenericFormat.CODE, CainiaoFormat.CODE}) {
            assertThat(CarrierFormat.named(code).signatureHeaders("whsec-example-carrier-secret", event, body))
                    .containsEntry("webhook-id", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W")
                    .containsEntry("webhook-timestamp", "1700000000")
                    .containsEntry("webhook-signature", "v1,wdtkJIhdZYZ/DCpyArNpTLEDJPrypHB64x0ollZY+4M=");
        }
    }

    @Test
    void signsUpuWithItsDocumentedTestVector() {
        byte[] body = ("[{\"ID\":\"RR123456785CN\",\"Events\":[{\"EventCd\":\"EDH\",\"EventNm\":\"Arrival at collection"
                + " point for pick-up\",\"EventLocation\":\"MADRID CTA 28070\",\"EventDT\":\"2025-10-14T10:42:00+02:00\"}]}]")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(new UpuFormat().signatureHeaders("upu-example-secret", event("msg_2Kq7upu01", 1760431400), body))
                .containsEntry("webhook-signature", "v1,FlXOFL3i+Dfz6ekSykJ85jDs7vTpVyJQlVnmUpYhtV4=");
    }

    @Test
    void signsAfterShipWithItsDocumentedTestVector() {
        byte[] body = ("{\"event\":\"tracking_update\",\"event_id\":\"5b2c4d6e-0f1a-4b3c-9d8e-7f6a5b4c3d2e\",\"ts\":1760432400,"
                + "\"msg\":{\"tracking_number\":\"LP00012345678CN\",\"tag\":\"InTransit\",\"checkpoints\":[]}}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(new AfterShipFormat().signatureHeaders("aftership-example-secret", event("any", 0), body))
                .containsOnlyKeys("aftership-hmac-sha256")
                .containsEntry("aftership-hmac-sha256", "H/rjZE8OUhi5mLm96edC17LUWait3bgCyzva9sOdRPY=");
    }

    @Test
    void signs17TrackWithItsDocumentedTestVector() {
        byte[] body = ("{\"event\":\"TRACKING_STOPPED\",\"data\":{\"number\":\"LP00012345678CN\",\"carrier\":7041,"
                + "\"param\":null,\"tag\":null}}").getBytes(StandardCharsets.UTF_8);

        assertThat(new SeventeenTrackFormat().signatureHeaders("17track-example-key", event("any", 0), body))
                .containsOnlyKeys("sign")
                .containsEntry("sign", "c0b9be30a2f5d43120b2c4c0a427a76407c849faed80a2aa603e57543ab1c167");
    }

    @ParameterizedTest
    @FieldSource("CODES")
    void everyWebhookIsJsonOfExactlyTheDefaultBodySizeNamingItsParcel(String code) {
        CarrierTraffic traffic = traffic(code);

        for (int index = 0; index < 12; index++) {
            byte[] body = traffic.body(traffic.event(index, "test"));

            assertThat(body).hasSize(400);
            JsonNode json = JSON.readTree(body);
            assertThat(json.toString()).contains("\"" + traffic.trackingNumber(index % 5) + "\"");
        }
    }

    @ParameterizedTest
    @FieldSource("CODES")
    void eachEventOfAParcelIsLaterThanTheOneBeforeAndHasItsOwnIds(String code) {
        CarrierTraffic traffic = traffic(code);

        BenchEvent first = traffic.event(2, "test");
        BenchEvent next = traffic.event(7, "test");

        assertThat(next.trackingNumber()).isEqualTo(first.trackingNumber());
        assertThat(next.occurredAt()).isAfter(first.occurredAt());
        assertThat(next.eventId()).isNotEqualTo(first.eventId());
        assertThat(next.deliveryId()).isNotEqualTo(first.deliveryId());
    }

    @Test
    void refusesAnUnknownCarrier() {
        assertThatThrownBy(() -> CarrierFormat.named("dhl")).hasMessageContaining("bench.carrier");
    }

    private static CarrierTraffic traffic(String code) {
        return new CarrierTraffic("http://127.0.0.1:1", CarrierFormat.named(code), "RUN001", 5, 400, NOW);
    }

    private static BenchEvent event(String deliveryId, long sentAt) {
        return new BenchEvent("LP00012345678CN", "ev-1", deliveryId, 0, NOW, sentAt);
    }
}
