package org.disputesuite.tracking.webhook;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.disputesuite.tracking.TrackerIntegration;
import org.disputesuite.tracking.api.WebhookSignature;
import org.disputesuite.tracking.carriers.aftership.AfterShipCarrierAdapter;
import org.disputesuite.tracking.carriers.seventeentrack.SeventeenTrackAdapter;

import tools.jackson.databind.json.JsonMapper;

/** The carriers whose adapters the ingestion contract holds for, one fixture each. */
final class CarrierFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CarrierFixtures() {
    }

    static List<CarrierFixture> all() {
        return List.of(new Generic(), new AfterShip(), new SeventeenTrack(), new Cainiao(), new Upu());
    }

    private static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }

    private static String joined(List<CarrierFixture.Scan> scans, Function<CarrierFixture.Scan, String> event) {
        return scans.stream().map(event).collect(Collectors.joining(", "));
    }

    private static String withOffset(CarrierFixture.Scan scan, int hours) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(scan.at().atOffset(ZoneOffset.ofHours(hours)));
    }

    /** Standard Webhooks headers: the delivery id is the webhook-id, and the timestamp is signed. */
    private abstract static class StandardWebhooksFixture implements CarrierFixture {

        @Override
        public Map<String, String> signatureHeaders(String deliveryId, long timestamp, byte[] body, String secret) {
            return Map.of(WebhookSignature.ID_HEADER, deliveryId,
                    WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                    WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, deliveryId, timestamp, body));
        }

        @Override
        public List<String> requiredHeaders() {
            return List.of(WebhookSignature.ID_HEADER, WebhookSignature.TIMESTAMP_HEADER,
                    WebhookSignature.SIGNATURE_HEADER);
        }

        @Override
        public boolean remembersDeliveryIds() {
            return true;
        }

        @Override
        public boolean signsTimestamp() {
            return true;
        }

        @Override
        public String toString() {
            return code();
        }
    }

    /** The suite's own format, as docs/carriers.md shows it. */
    static final class Generic extends StandardWebhooksFixture {

        @Override
        public String code() {
            return "generic";
        }

        @Override
        public String secret() {
            return TrackerIntegration.GENERIC_SECRET;
        }

        @Override
        public String retiringSecret() {
            return TrackerIntegration.GENERIC_RETIRING_SECRET;
        }

        @Override
        public String push(String trackingNumber, String deliveryId, List<Scan> scans) {
            return "{\"trackingNumber\": " + quoted(trackingNumber) + ", \"events\": [" + joined(scans, scan -> """
                    {"eventId": "c-%d-%s", "status": "%s", "occurredAt": "%s", "description": %s,
                     "location": {"city": "Madrid", "postalCode": "28013", "countryCode": "ES"}}"""
                    .formatted(scan.at().toEpochMilli(), scan.kind(), status(scan.kind()), scan.at(),
                            quoted(scan.text()))) + "]}";
        }

        private static String status(Kind kind) {
            return kind == Kind.UNKNOWN ? "TELEPORTED" : kind.name();
        }

        @Override
        public String otherShape() {
            return "[]";
        }

        @Override
        public String unknownCodeKeptAs() {
            return "TELEPORTED";
        }
    }

    /** The AfterShip tracking webhook (docs/carriers/aftership.md): its event_id is the delivery id. */
    static final class AfterShip implements CarrierFixture {

        @Override
        public String code() {
            return "aftership";
        }

        @Override
        public String secret() {
            return TrackerIntegration.AFTERSHIP_SECRET;
        }

        @Override
        public String retiringSecret() {
            return "aftership-test-secret-retiring";
        }

        @Override
        public String push(String trackingNumber, String deliveryId, List<Scan> scans) {
            return """
                    {"event": "tracking_update", "event_id": %s, "is_tracking_first_tag": false, "ts": 1762706700,
                     "msg": {"id": "e7f1c4a0b2d3", "tracking_number": %s, "slug": "correos-de-espana",
                             "tag": "InTransit", "subtag": "InTransit_001", "checkpoints": [%s]}}"""
                    .formatted(quoted(deliveryId), quoted(trackingNumber), joined(scans, scan -> """
                            {"slug": "correos-de-espana", "checkpoint_time": "%s", "tag": "%s", "subtag": "%s_001",
                             "raw_tag": "%s", "message": %s, "city": "Madrid", "zip": "28013",
                             "country_region": "ESP", "location": "Madrid"}"""
                            .formatted(withOffset(scan, 1), tag(scan.kind()), tag(scan.kind()), rawTag(scan.kind()),
                                    quoted(scan.text()))));
        }

        private static String tag(Kind kind) {
            return switch (kind) {
                case IN_TRANSIT -> "InTransit";
                case DELIVERED -> "Delivered";
                case UNKNOWN -> "Teleported";
            };
        }

        private static String rawTag(Kind kind) {
            return switch (kind) {
                case IN_TRANSIT -> "SC_INBOUND";
                case DELIVERED -> "SIGNED";
                case UNKNOWN -> "BEAMED";
            };
        }

        @Override
        public Map<String, String> signatureHeaders(String deliveryId, long timestamp, byte[] body, String secret) {
            return Map.of(AfterShipCarrierAdapter.SIGNATURE_HEADER, AfterShipCarrierAdapter.signature(secret, body));
        }

        @Override
        public List<String> requiredHeaders() {
            return List.of(AfterShipCarrierAdapter.SIGNATURE_HEADER);
        }

        @Override
        public boolean remembersDeliveryIds() {
            return true;
        }

        @Override
        public boolean signsTimestamp() {
            return false;
        }

        @Override
        public String otherShape() {
            return "[]";
        }

        @Override
        public String unknownCodeKeptAs() {
            return "Teleported/BEAMED";
        }

        @Override
        public String toString() {
            return code();
        }
    }

    /** The 17TRACK API v2 push (docs/carriers/17track.md): no delivery id, no timestamp. */
    static final class SeventeenTrack implements CarrierFixture {

        @Override
        public String code() {
            return "17track";
        }

        @Override
        public String secret() {
            return TrackerIntegration.SEVENTEEN_TRACK_SECRET;
        }

        @Override
        public String retiringSecret() {
            return "17track-test-key-retiring";
        }

        @Override
        public String push(String trackingNumber, String deliveryId, List<Scan> scans) {
            return """
                    {"event": "TRACKING_UPDATED",
                     "data": {"number": %s, "carrier": 190271, "param": null, "tag": null,
                              "track_info": {"latest_status": {"status": "InTransit", "sub_status": "InTransit_Other"},
                                             "tracking": {"providers_hash": 1860451395, "providers": [
                                               {"provider": {"key": 190271, "name": "Correos", "country": "ES"},
                                                "events": [%s]}]}}}}"""
                    .formatted(quoted(trackingNumber), joined(scans, scan -> """
                            {"time_iso": "%s", "time_utc": "%s", "description": %s, "location": "MADRID",
                             "stage": null, "sub_status": "%s",
                             "address": {"country": "ES", "state": null, "city": "Madrid", "street": null,
                                         "postal_code": "28013", "coordinates": {"longitude": null, "latitude": null}}}"""
                            .formatted(withOffset(scan, 1), scan.at(), quoted(scan.text()), subStatus(scan.kind()))));
        }

        private static String subStatus(Kind kind) {
            return switch (kind) {
                case IN_TRANSIT -> "InTransit_Other";
                case DELIVERED -> "Delivered_Other";
                case UNKNOWN -> "Teleported_Beamed";
            };
        }

        @Override
        public Map<String, String> signatureHeaders(String deliveryId, long timestamp, byte[] body, String secret) {
            return Map.of(SeventeenTrackAdapter.SIGNATURE_HEADER, SeventeenTrackAdapter.sign(body, secret));
        }

        @Override
        public List<String> requiredHeaders() {
            return List.of(SeventeenTrackAdapter.SIGNATURE_HEADER);
        }

        @Override
        public boolean remembersDeliveryIds() {
            return false;
        }

        @Override
        public boolean signsTimestamp() {
            return false;
        }

        @Override
        public String otherShape() {
            return "{\"event\": \"TRACKING_UPDATED\"}";
        }

        @Override
        public String unknownCodeKeptAs() {
            return "Teleported";
        }

        @Override
        public String toString() {
            return code();
        }
    }

    /** Cainiao's tracking push (docs/carriers/cainiao.md), signed like generic. */
    static final class Cainiao extends StandardWebhooksFixture {

        @Override
        public String code() {
            return "cainiao";
        }

        @Override
        public String secret() {
            return TrackerIntegration.CAINIAO_SECRET;
        }

        @Override
        public String retiringSecret() {
            return "cainiao-test-secret-retiring";
        }

        @Override
        public String push(String trackingNumber, String deliveryId, List<Scan> scans) {
            return """
                    {"mailNo": %s, "cpCode": "CAINIAO_GLOBAL", "logisticsStatus": "TRANSPORTING",
                     "detailList": [%s]}"""
                    .formatted(quoted(trackingNumber), joined(scans, scan -> """
                            {"time": %d, "timeZone": "+8", "actionCode": "%s", "desc": %s, "standerdDesc": %s,
                             "group": "TRANSPORT"}"""
                            .formatted(scan.at().toEpochMilli(), actionCode(scan.kind()), quoted(scan.text()),
                                    quoted(scan.text()))));
        }

        private static String actionCode(Kind kind) {
            return switch (kind) {
                case IN_TRANSIT -> "SC_INBOUND_SUCCESS";
                case DELIVERED -> "GTMS_SIGNED";
                case UNKNOWN -> "ZZ_TELEPORTED";
            };
        }

        @Override
        public String otherShape() {
            return "[]";
        }

        @Override
        public String unknownCodeKeptAs() {
            return "ZZ_TELEPORTED";
        }
    }

    /** A postal operator's UPU items (docs/carriers/upu.md), signed like generic. */
    static final class Upu extends StandardWebhooksFixture {

        @Override
        public String code() {
            return "upu";
        }

        @Override
        public String secret() {
            return TrackerIntegration.UPU_SECRET;
        }

        @Override
        public String retiringSecret() {
            return "upu-test-secret-retiring";
        }

        @Override
        public String push(String trackingNumber, String deliveryId, List<Scan> scans) {
            return """
                    [{"ID": %s, "ItemCategoryCd": "A", "OrigCountryCd": "CN", "DestCountryCd": "ES",
                      "Events": [%s]}]"""
                    .formatted(quoted(trackingNumber), joined(scans, scan -> """
                            {"EventCd": "%s", "EventNm": %s, "EventLocation": "MADRID CTA 28070", "EventDT": "%s",
                             "EventOfficeCd": "ES28070", "ReasonCd": null, "ActionCd": null}"""
                            .formatted(eventCode(scan.kind()), quoted(scan.text()), withOffset(scan, 2))));
        }

        private static String eventCode(Kind kind) {
            return switch (kind) {
                case IN_TRANSIT -> "EMD";
                case DELIVERED -> "EMI";
                case UNKNOWN -> "ZZQ";
            };
        }

        @Override
        public String otherShape() {
            return "{\"ID\": \"RR123456785CN\", \"Events\": []}";
        }

        @Override
        public String unknownCodeKeptAs() {
            return "ZZQ";
        }
    }
}
