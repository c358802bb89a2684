package org.disputesuite.tracking.carriers.cainiao;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disputesuite.platform.validation.CallerText;
import org.disputesuite.platform.validation.SupportedInstants;
import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.platform.web.FieldProblem;
import org.disputesuite.tracking.api.Identifiers;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.carriers.cainiao.CainiaoStatuses.Meaning;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.disputesuite.tracking.webhook.CarrierBodies;
import org.disputesuite.tracking.webhook.OneParcelAdapter;
import org.disputesuite.tracking.webhook.StandardWebhooks;
import org.disputesuite.tracking.webhook.TooManyEventsException;
import org.disputesuite.tracking.webhook.WebhookDelivery;
import org.disputesuite.tracking.webhook.WebhookMetrics;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Cainiao's tracking push (docs/carriers/cainiao.md): {@code {"mailNo", "detailList": [{"time",
 * "timeZone", "actionCode", "desc", "standerdDesc"}]}}, signed with Standard Webhooks headers like
 * {@code generic}. The status comes from a known {@code actionCode}, else from the text ({@code desc},
 * then {@code standerdDesc}), else it is EXCEPTION with the code kept raw. Cainiao gives no event id:
 * one is derived from the time, code and text. An event without a readable time is skipped and
 * counted; any other field is ignored.
 */
@Component
public class CainiaoCarrierAdapter implements OneParcelAdapter {

    public static final String NAME = "cainiao";

    /** The longest code and text the tracker stores. */
    static final int MAX_CODE_LENGTH = 100;
    static final int MAX_TEXT_LENGTH = 2000;


    private final WebhookMetrics metrics;

    public CainiaoCarrierAdapter(WebhookMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> skipReasons() {
        return List.of("not_an_object", "no_time", "unreadable_time", "too_long");
    }

    @Override
    public Optional<String> authenticate(WebhookDelivery delivery, List<String> secrets, Instant now) {
        return Optional.of(StandardWebhooks.authenticate(delivery, secrets, now));
    }

    @Override
    public CarrierReport read(WebhookDelivery delivery) {
        JsonNode root = CarrierBodies.json(delivery);
        if (root == null || !root.isObject()) {
            throw CarrierBodies.malformed("The body must be a JSON object with mailNo and detailList");
        }
        JsonNode details = root.get("detailList");
        if (details != null && details.isArray() && details.size() > CarrierReport.MAX_EVENTS) {
            throw new TooManyEventsException(details.size());
        }
        List<FieldProblem> problems = new ArrayList<>();
        String mailNo = text(root.get("mailNo"));
        if (mailNo == null) {
            problems.add(new FieldProblem("mailNo", "is required"));
        } else if (!Identifiers.isValid(mailNo)) {
            problems.add(new FieldProblem("mailNo", Identifiers.RULE));
        }
        if (details == null || !details.isArray()) {
            problems.add(new FieldProblem("detailList", "is required: a list of events"));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        List<CarrierEvent> events = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (JsonNode detail : details) {
            Read read = event(detail);
            if (read.event() != null) {
                events.add(read.event());
            } else {
                skipped.add(read.skipReason());
            }
        }
        skipped.forEach(reason -> metrics.skipped(delivery.carrier(), reason));
        return new CarrierReport(new ParcelId(delivery.carrier(), mailNo), events);
    }

    /** One event, or why it was skipped. */
    private record Read(CarrierEvent event, String skipReason) {

        static Read skip(String reason) {
            return new Read(null, reason);
        }
    }

    private static Read event(JsonNode detail) {
        if (detail == null || !detail.isObject()) {
            return Read.skip("not_an_object");
        }
        JsonNode time = detail.get("time");
        if (time == null || time.isNull() || (time.isString() && time.asString().isBlank())) {
            return Read.skip("no_time");
        }
        Instant occurredAt = instant(time);
        if (occurredAt == null) {
            return Read.skip("unreadable_time");
        }
        String actionCode = text(detail.get("actionCode"));
        String desc = text(detail.get("desc"));
        String standardDesc = text(detail.get("standerdDesc"));
        String zone = text(detail.get("timeZone"));
        String shown = desc != null ? desc : standardDesc;
        String description = shown == null ? null : zone == null ? shown : shown + " [timeZone " + zone + "]";
        if ((actionCode != null && actionCode.length() > MAX_CODE_LENGTH)
                || (description != null && description.length() > MAX_TEXT_LENGTH)) {
            return Read.skip("too_long");
        }
        Optional<Meaning> known = CainiaoStatuses.ofActionCode(actionCode)
                .or(() -> CainiaoStatuses.ofText(desc))
                .or(() -> CainiaoStatuses.ofText(standardDesc));
        Meaning meaning = known.orElse(Meaning.of(ShipmentStatus.EXCEPTION));
        String rawStatus = actionCode == null ? "" : actionCode;
        String eventId = eventId(occurredAt, rawStatus, shown);
        CarrierEvent event = new CarrierEvent(eventId, meaning.status(), rawStatus, meaning.subStatus(), occurredAt,
                description, null);
        return new Read(known.isPresent() ? event : event.ofUnknownCode(), null);
    }

    /** Epoch milliseconds, a number or a string of digits; an absolute instant whatever the time zone says. */
    private static Instant instant(JsonNode time) {
        long millis;
        if (time.isIntegralNumber() && time.canConvertToLong()) {
            millis = time.asLong();
        } else if (time.isString() && time.asString().trim().matches("-?\\d{1,19}")) {
            try {
                millis = Long.parseLong(time.asString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        Instant instant = Instant.ofEpochMilli(millis);
        return SupportedInstants.contains(instant) ? instant : null;
    }

    /**
     * Stable for the same time, code and text, however often Cainiao pushes the event again:
     * {@code cn-} and the first 32 hex digits of their SHA-256.
     */
    static String eventId(Instant occurredAt, String actionCode, String text) {
        return CarrierBodies.derivedEventId("cn-", 32, occurredAt, actionCode, text);
    }

    /** A string or number in NFC, trimmed; null when absent, blank or of another kind. */
    private static String text(JsonNode node) {
        if (node == null || !(node.isString() || node.isNumber())) {
            return null;
        }
        String value = CallerText.nfc(node.asString()).strip();
        return value.isEmpty() ? null : value;
    }

}
