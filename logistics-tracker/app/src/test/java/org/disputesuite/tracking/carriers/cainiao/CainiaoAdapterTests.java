package org.disputesuite.tracking.carriers.cainiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.platform.web.FieldProblem;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.WebhookSignature;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.disputesuite.tracking.webhook.TooManyEventsException;
import org.disputesuite.tracking.webhook.WebhookDelivery;
import org.disputesuite.tracking.webhook.WebhookMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

class CainiaoAdapterTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CainiaoCarrierAdapter adapter = new CainiaoCarrierAdapter(new WebhookMetrics(meters));

    @Test
    void readsEachLineOfARecordedCrossBorderFeed() throws IOException {
        CarrierReport report = read(sample("cross-border-to-es.json"));

        assertThat(report.parcel()).isEqualTo(new ParcelId("cainiao", "LP00012345678CN"));
        assertThat(report.events())
                .extracting(CarrierEvent::rawStatus, CarrierEvent::status, CarrierEvent::subStatus)
                .containsExactly(
                        tuple("GWMS_ACCEPT", ShipmentStatus.IN_TRANSIT, null),
                        tuple("GWMS_OUTBOUND", ShipmentStatus.IN_TRANSIT, null),
                        tuple("SC_INBOUND_SUCCESS", ShipmentStatus.IN_TRANSIT, null),
                        tuple("CC_EX_START", ShipmentStatus.IN_TRANSIT, "CUSTOMS"),
                        tuple("LH_HO_IN_SUCCESS", ShipmentStatus.IN_TRANSIT, null),
                        tuple("CC_IM_START", ShipmentStatus.IN_TRANSIT, "CUSTOMS"),
                        tuple("GTMS_ACCEPT", ShipmentStatus.IN_TRANSIT, null),
                        tuple("GTMS_DELIVERING", ShipmentStatus.OUT_FOR_DELIVERY, null),
                        tuple("GTMS_DLV_ABNORMAL", ShipmentStatus.ATTEMPT_FAILED, null),
                        tuple("GTMS_STA_SIGNED", ShipmentStatus.AVAILABLE_FOR_PICKUP, null),
                        tuple("GTMS_WAIT_SELF_PICK", ShipmentStatus.AVAILABLE_FOR_PICKUP, null),
                        tuple("GTMS_SIGNED", ShipmentStatus.DELIVERED, null));
        CarrierEvent first = report.events().get(0);
        assertThat(first.occurredAt()).isEqualTo(Instant.parse("2025-10-14T00:00:00Z"));
        assertThat(first.description()).isEqualTo("包裹已到达菜鸟广州仓，正在处理 [timeZone +8]");
        assertThat(report.events()).extracting(CarrierEvent::eventId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("cn-[0-9a-f]{32}"));
        assertThat(report.events()).extracting(CarrierEvent::location).containsOnlyNulls();
    }

    @ParameterizedTest
    @CsvSource({
            "快件已到达待取点, AVAILABLE_FOR_PICKUP",
            "到达待取，请凭取件码取件, AVAILABLE_FOR_PICKUP",
            "您的快件待取件, AVAILABLE_FOR_PICKUP",
            "快件已到达，请及时取件, AVAILABLE_FOR_PICKUP",
            "快件已由菜鸟驿站代收, AVAILABLE_FOR_PICKUP",
            "您的快件已放入快递柜, AVAILABLE_FOR_PICKUP",
            "快件已被【XX路菜鸟驿站】签收, AVAILABLE_FOR_PICKUP",
            "已签收，签收人：菜鸟驿站, AVAILABLE_FOR_PICKUP",
            "快件已签收, DELIVERED",
            "签收人：本人, DELIVERED",
            "您的快件已本人签收, DELIVERED",
            "快件已从快递柜取出, DELIVERED",
            "已签收，凭取件码签收, DELIVERED",
            "快件派送中，请保持电话畅通, OUT_FOR_DELIVERY",
            "派件中, OUT_FOR_DELIVERY",
            "投递失败：地址不详, ATTEMPT_FAILED",
            "运输中, IN_TRANSIT",
            "包裹已退回发件人, RETURNED_TO_SENDER",
    })
    void readsTheStatusFromTheChineseTextWhenTheCodeIsNotKnown(String text, ShipmentStatus status) {
        CarrierEvent event = single(detail("1760431320000", "\"+8\"", "\"NEW_CODE\"", text, null));

        assertThat(event.status()).isEqualTo(status);
        assertThat(event.rawStatus()).isEqualTo("NEW_CODE");
        assertThat(event.description()).isEqualTo(text + " [timeZone +8]");
    }

    @Test
    void readsCustomsTextAsInTransitWithACustomsSubStatus() {
        CarrierEvent event = single(detail("1760431320000", "\"+8\"", null, "进口清关中", null));

        assertThat(event.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(event.subStatus()).isEqualTo("CUSTOMS");
    }

    @Test
    void aStationOrLockerSigningIsAnArrivalForCollectionAndOnlyTheRecipientsSignatureADelivery() {
        assertThat(single(detail("1760431320000", "\"+8\"", "\"GTMS_STA_SIGNED\"", "已签收", null)).status())
                .isEqualTo(ShipmentStatus.AVAILABLE_FOR_PICKUP);
        assertThat(single(detail("1760431320000", "\"+8\"", null, "快件已由菜鸟驿站代收", null)).status())
                .isEqualTo(ShipmentStatus.AVAILABLE_FOR_PICKUP);
        assertThat(single(detail("1760431320000", "\"+8\"", null, "已放入快递柜，请及时取件", null)).status())
                .isEqualTo(ShipmentStatus.AVAILABLE_FOR_PICKUP);
        assertThat(single(detail("1760431320000", "\"+8\"", null, "本人签收", null)).status())
                .isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(single(detail("1760431320000", "\"+8\"", null, "已签收", null)).status())
                .isEqualTo(ShipmentStatus.DELIVERED);
    }

    @Test
    void aKnownActionCodeDecidesBeforeTheText() {
        CarrierEvent event = single(detail("1760431320000", "\"+8\"", "\"GTMS_SIGNED\"", "派送中", null));

        assertThat(event.status()).isEqualTo(ShipmentStatus.DELIVERED);
    }

    @Test
    void readsStanderdDescWhenDescSaysNothingItKnows() {
        CarrierEvent unreadableDesc = single(detail("1760431320000", "\"+8\"", "\"X\"", "Paquete en camino", "派送中"));
        CarrierEvent noDesc = single(detail("1760431320000", "\"+8\"", "\"X\"", null, "已签收"));

        assertThat(unreadableDesc.status()).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
        assertThat(unreadableDesc.description()).isEqualTo("Paquete en camino [timeZone +8]");
        assertThat(noDesc.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(noDesc.description()).isEqualTo("已签收 [timeZone +8]");
    }

    @Test
    void takesEpochMillisecondsAsAbsoluteWhateverTheTimeZoneAndKeepsTheZoneInTheText() {
        CarrierEvent beijing = single(detail("1760431320000", "\"+8\"", "\"GTMS_SIGNED\"", "已签收", null));
        CarrierEvent madrid = single(detail("\"1760431320000\"", "\"+2\"", "\"GTMS_SIGNED\"", "已签收", null));
        CarrierEvent noZone = single(detail("1760431320000", null, "\"GTMS_SIGNED\"", "已签收", null));

        assertThat(List.of(beijing.occurredAt(), madrid.occurredAt(), noZone.occurredAt()))
                .containsOnly(Instant.parse("2025-10-14T08:42:00Z"));
        assertThat(beijing.description()).isEqualTo("已签收 [timeZone +8]");
        assertThat(madrid.description()).isEqualTo("已签收 [timeZone +2]");
        assertThat(noZone.description()).isEqualTo("已签收");
    }

    @Test
    void readsAnUnknownCodeWithUnreadableTextAsExceptionKeepingTheCodeAndTheRestOfTheBatch() {
        CarrierReport report = read(body("LP00012345678CN",
                detail("1760431320000", "\"+8\"", "\"GTMS_SOMETHING_NEW\"", "状态更新", "Status update"),
                detail("1760431380000", "\"+8\"", "\"GTMS_SIGNED\"", "已签收", null)));

        assertThat(report.events()).extracting(CarrierEvent::status, CarrierEvent::rawStatus, CarrierEvent::unknownCode)
                .containsExactly(
                        tuple(ShipmentStatus.EXCEPTION, "GTMS_SOMETHING_NEW", true),
                        tuple(ShipmentStatus.DELIVERED, "GTMS_SIGNED", false));
        assertThat(report.events().get(0).description()).isEqualTo("状态更新 [timeZone +8]");
    }

    @Test
    void derivesTheSameEventIdFromTheSameTimeCodeAndTextOnly() {
        String line = detail("1760431320000", "\"+8\"", "\"GTMS_SIGNED\"", "已签收", null);
        String id = single(line).eventId();

        assertThat(single(line).eventId()).isEqualTo(id);
        assertThat(single(line.replace("}", ", \"group\": \"SIGN\", \"extra\": 1}")).eventId()).isEqualTo(id);
        assertThat(CainiaoCarrierAdapter.eventId(Instant.ofEpochMilli(1760431320000L), "GTMS_SIGNED", "已签收"))
                .isEqualTo(id);
        assertThat(List.of(
                single(detail("1760431320001", "\"+8\"", "\"GTMS_SIGNED\"", "已签收", null)).eventId(),
                single(detail("1760431320000", "\"+8\"", "\"GTMS_STA_SIGNED\"", "已签收", null)).eventId(),
                single(detail("1760431320000", "\"+8\"", "\"GTMS_SIGNED\"", "签收人：本人", null)).eventId()))
                .doesNotContain(id).doesNotHaveDuplicates();
    }

    @Test
    void skipsAnEventWithoutAReadableTimeCountsItAndAppliesTheRest() {
        CarrierReport report = read(body("LP00012345678CN",
                detail(null, "\"+8\"", "\"GTMS_DELIVERING\"", "派送中", null),
                detail("\"yesterday\"", "\"+8\"", "\"GTMS_DELIVERING\"", "派送中", null),
                detail("1760431320000", "\"+8\"", "\"GTMS_SIGNED\"", "已签收", null)));

        assertThat(report.events()).extracting(CarrierEvent::rawStatus).containsExactly("GTMS_SIGNED");
        assertThat(skipped("no_time")).isEqualTo(1);
        assertThat(skipped("unreadable_time")).isEqualTo(1);
    }

    @Test
    void takesTextsInNfc() {
        CarrierEvent event = single(detail("1760431320000", null, "\"X\"", "Entregado a Jose\u0301", null));

        assertThat(event.description()).isEqualTo("Entregado a José");
    }

    @Test
    void refusesABodyWithoutAMailNoOrADetailListNamingTheField() {
        assertThat(fields(refusal("{\"detailList\": []}"))).containsExactly("mailNo");
        assertThat(fields(refusal("{\"mailNo\": \"LP1\"}"))).containsExactly("detailList");
        assertThat(fields(refusal("{\"mailNo\": \"LP 1/2\", \"detailList\": {}}")))
                .containsExactly("mailNo", "detailList");
        assertThat(refusal("{oops").status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refusal("[]").status()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void refusesMoreEventsThanOneWebhookMayCarryBeforeReadingThem() {
        String many = body("LP1", Collections.nCopies(CarrierReport.MAX_EVENTS + 1, "{}")
                .toArray(String[]::new));

        assertThatThrownBy(() -> read(many)).isInstanceOf(TooManyEventsException.class);
    }

    @Test
    void checksTheStandardWebhooksSignatureAndReturnsTheWebhookId() {
        byte[] body = "{\"mailNo\":\"LP1\",\"detailList\":[]}".getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.parse("2026-11-18T15:20:00Z");
        long timestamp = now.getEpochSecond();
        WebhookDelivery signed = new WebhookDelivery("cainiao", Map.of(
                WebhookSignature.ID_HEADER, "msg-1",
                WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign("secret", "msg-1", timestamp, body)), body);

        assertThat(adapter.authenticate(signed, List.of("secret"), now)).contains("msg-1");
        assertThatThrownBy(() -> adapter.authenticate(signed, List.of("other"), now)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> adapter.authenticate(signed, List.of("secret"), now.plusSeconds(301)))
                .isInstanceOf(ApiProblem.class);
    }

    private ApiProblem refusal(String body) {
        Throwable thrown = catchThrowable(() -> read(body));
        assertThat(thrown).isInstanceOf(ApiProblem.class);
        return (ApiProblem) thrown;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ApiProblem problem) {
        List<FieldProblem> errors = (List<FieldProblem>) problem.toProblemDetail().getProperties().get("errors");
        return errors.stream().map(FieldProblem::field).toList();
    }

    private double skipped(String reason) {
        Counter counter = meters.find("tracking.events.skipped").tag("carrier", "cainiao").tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private CarrierEvent single(String detail) {
        CarrierReport report = read(body("LP00012345678CN", detail));
        assertThat(report.events()).hasSize(1);
        return report.events().get(0);
    }

    private CarrierReport read(String body) {
        return adapter.read(new WebhookDelivery("cainiao", Map.of(), body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String body(String mailNo, String... details) {
        return "{\"mailNo\": \"" + mailNo + "\", \"detailList\": [" + String.join(", ", details) + "]}";
    }

    /** One line of detailList; time, timeZone and actionCode as JSON (null leaves them out), the texts as strings. */
    static String detail(String time, String timeZone, String actionCode, String desc, String standerdDesc) {
        StringBuilder json = new StringBuilder("{");
        append(json, "time", time);
        append(json, "timeZone", timeZone);
        append(json, "actionCode", actionCode);
        append(json, "desc", desc == null ? null : "\"" + desc + "\"");
        append(json, "standerdDesc", standerdDesc == null ? null : "\"" + standerdDesc + "\"");
        return json.append("}").toString();
    }

    private static void append(StringBuilder json, String name, String value) {
        if (value != null) {
            json.append(json.length() > 1 ? ", " : "").append('"').append(name).append("\": ").append(value);
        }
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = CainiaoAdapterTests.class.getResourceAsStream("/carriers/cainiao/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
