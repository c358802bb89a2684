package org.disputesuite.tracking.carriers.upu;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingLocation;
import org.disputesuite.tracking.carriers.upu.UpuEventCodes.Meaning;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.disputesuite.tracking.webhook.BodyFields;
import org.disputesuite.tracking.webhook.CarrierAdapter;
import org.disputesuite.tracking.webhook.CarrierBodies;
import org.disputesuite.tracking.webhook.StandardWebhooks;
import org.disputesuite.tracking.webhook.TooManyEventsException;
import org.disputesuite.tracking.webhook.WebhookDelivery;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * A postal operator's UPU EMSEVT events, in the shape of UPU tracking items (docs/carriers/upu.md):
 * {@code [{"ID": "<tracking number>", "Events": [{"EventCd", "EventNm", "EventLocation", "EventDT",
 * "ReasonCd", "ActionCd"}]}, ...]}, signed with Standard Webhooks headers as {@code generic} is.
 * Each item is its own parcel; a push is taken whole or refused whole, an unreadable item or event
 * refusing it (a postal operator posts its own events, so none is skipped). Each event keeps its
 * code as {@code rawStatus}, its name as {@code description} and its location, an office's name,
 * as the location's {@code city} (and, on an arrival for pick-up, as the pickup point's
 * {@code name}); UPU items carry no event ids, so each is derived from the event's time, code and
 * name. Fields not read here are ignored.
 */
@Component
public class UpuCarrierAdapter implements CarrierAdapter {

    public static final String NAME = "upu";

    /** {@code /Date(1760431320000)/}, or {@code /Date(1760431320000+0200)/}: the milliseconds are UTC either way. */
    private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d{1,18})([+-]\\d{4})?\\)/");


    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> authenticate(WebhookDelivery delivery, List<String> secrets, Instant now) {
        return Optional.of(StandardWebhooks.authenticate(delivery, secrets, now));
    }

    @Override
    public List<CarrierReport> readParcels(WebhookDelivery delivery) {
        JsonNode root = CarrierBodies.json(delivery);
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw CarrierBodies.malformed("The body must be a JSON list of UPU tracking items:"
                    + " [{\"ID\": ..., \"Events\": [...]}, ...]");
        }
        int eventCount = eventCount(root);
        if (eventCount > CarrierReport.MAX_EVENTS) {
            throw new TooManyEventsException(eventCount);
        }
        BodyFields fields = new BodyFields();
        List<CarrierReport> reports = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            item(root.get(i), "[" + i + "]", delivery.carrier(), fields).ifPresent(reports::add);
        }
        if (!fields.problems().isEmpty()) {
            throw ApiProblem.invalid(fields.problems());
        }
        return reports;
    }

    /** The events of every item together: all the push's parcels are held locked while it is taken in. */
    private static int eventCount(JsonNode items) {
        int count = 0;
        for (JsonNode item : items) {
            JsonNode events = item.get("Events");
            if (events != null && events.isArray()) {
                count += events.size();
            }
        }
        return count;
    }

    /** One item, one parcel; empty, with its problems noted, when it cannot be read. */
    private static Optional<CarrierReport> item(JsonNode item, String path, String carrier, BodyFields fields) {
        if (!item.isObject()) {
            fields.problem(path, "must be an object");
            return Optional.empty();
        }
        int before = fields.problems().size();
        String trackingNumber = fields.id(item, "ID", path + ".ID");
        JsonNode eventNodes = item.get("Events");
        List<CarrierEvent> events = new ArrayList<>();
        if (eventNodes == null || !eventNodes.isArray()) {
            fields.problem(path + ".Events", "is required: a list of events");
        } else {
            for (int i = 0; i < eventNodes.size(); i++) {
                event(eventNodes.get(i), path + ".Events[" + i + "]", fields).ifPresent(events::add);
            }
        }
        if (fields.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CarrierReport(new ParcelId(carrier, trackingNumber), events));
    }

    private static Optional<CarrierEvent> event(JsonNode node, String path, BodyFields fields) {
        if (node == null || !node.isObject()) {
            fields.problem(path, "must be an object");
            return Optional.empty();
        }
        int before = fields.problems().size();
        String code = fields.text(node, "EventCd", path + ".EventCd", true, 100);
        String name = fields.text(node, "EventNm", path + ".EventNm", false, 2000);
        String location = fields.text(node, "EventLocation", path + ".EventLocation", false, 100);
        Instant occurredAt = fields.instant(node, "EventDT", path + ".EventDT", true, UpuCarrierAdapter::parseTime,
                "must be /Date(<epoch milliseconds>)/ or an ISO-8601 time such as 2025-10-14T10:42:00+02:00"
                        + " (without an offset, UTC)");
        if (fields.problems().size() > before) {
            return Optional.empty();
        }
        Optional<Meaning> known = UpuEventCodes.meaningOf(code);
        Meaning meaning = known.orElse(new Meaning(ShipmentStatus.EXCEPTION, null));
        PickupPoint pickupPoint = meaning.status() == ShipmentStatus.AVAILABLE_FOR_PICKUP && location != null
                ? new PickupPoint(null, location, null, null) : null;
        TrackingLocation where = location == null ? null : new TrackingLocation(location, null, null);
        CarrierEvent event = new CarrierEvent(eventId(occurredAt, code, name), meaning.status(), code,
                meaning.subStatus(), occurredAt, name, where, pickupPoint, null, null);
        return Optional.of(known.isPresent() ? event : event.ofUnknownCode());
    }

    /**
     * The same event always gets the same id, however its time was written ({@code /Date(ms)/} or
     * ISO-8601): {@code upu-} and 32 hex digits of the SHA-256 of its instant, code and name.
     */
    static String eventId(Instant occurredAt, String code, String name) {
        return CarrierBodies.derivedEventId("upu-", 32, occurredAt, code, name);
    }

    /**
     * {@code /Date(ms)/} (optionally with an offset, which does not change the instant), an ISO-8601
     * time with an offset, or one without, read as UTC. Null when it is none of these.
     */
    static Instant parseTime(String text) {
        Matcher ms = MS_DATE.matcher(text);
        if (ms.matches()) {
            return Instant.ofEpochMilli(Long.parseLong(ms.group(1)));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

}
