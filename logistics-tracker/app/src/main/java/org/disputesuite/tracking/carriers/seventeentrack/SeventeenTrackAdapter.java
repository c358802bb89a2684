package org.disputesuite.tracking.carriers.seventeentrack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.disputesuite.platform.validation.CallerText;
import org.disputesuite.platform.validation.SupportedInstants;
import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.tracking.api.Identifiers;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingLocation;
import org.disputesuite.tracking.shipment.model.CarrierEvent;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.disputesuite.tracking.shipment.model.ParcelId;
import org.disputesuite.tracking.webhook.CarrierBodies;
import org.disputesuite.tracking.webhook.OneParcelAdapter;
import org.disputesuite.tracking.webhook.TooManyEventsException;
import org.disputesuite.tracking.webhook.WebhookDelivery;
import org.disputesuite.tracking.webhook.WebhookMetrics;
import org.disputesuite.tracking.webhook.WebhookRefusal;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The 17TRACK API v2 push (docs/carriers/17track.md). Each push is the parcel's whole history, so
 * events carry ids derived from their time, sub-status and text, and the ones already known have
 * no second effect. An event that cannot be read is skipped and counted, never refusing the rest:
 * the other events of a snapshot are still true.
 */
@Component
public class SeventeenTrackAdapter implements OneParcelAdapter {

    public static final String NAME = "17track";
    public static final String SIGNATURE_HEADER = "sign";
    static final String UPDATED = "TRACKING_UPDATED";

    private static final int MAX_CODE = 100;
    private static final int MAX_DESCRIPTION = 2000;
    private static final int MAX_CITY = 100;
    private static final int MAX_POSTAL_CODE = 20;

    private final WebhookMetrics metrics;

    public SeventeenTrackAdapter(WebhookMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> skipReasons() {
        return List.of("not_an_object", "no_status", "no_time", "unreadable_time");
    }

    /** 17TRACK's scheme has no delivery id or timestamp: replays are stopped by the derived event ids. */
    @Override
    public Optional<String> authenticate(WebhookDelivery delivery, List<String> secrets, Instant now) {
        String sign = delivery.header(SIGNATURE_HEADER);
        if (sign == null || sign.isBlank()) {
            throw WebhookRefusal.missingHeaders("The sign header is required");
        }
        byte[] given = sign.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        for (String secret : secrets) {
            if (MessageDigest.isEqual(given, sign(delivery.body(), secret).getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
        }
        throw WebhookRefusal.badSignature("The sign header is not valid for this carrier");
    }

    /** Lowercase hex SHA-256 of the raw body, "/" and the secret: a plain hash, as 17TRACK signs. */
    public static String sign(byte[] body, String secret) {
        MessageDigest sha256 = sha256();
        sha256.update(body);
        sha256.update(("/" + secret).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    @Override
    public CarrierReport read(WebhookDelivery delivery) {
        JsonNode root = CarrierBodies.json(delivery);
        if (root == null || !root.isObject() || !root.path("data").isObject()) {
            throw CarrierBodies.malformed("The body must be a JSON object with event and data");
        }
        JsonNode kind = root.get("event");
        if (kind == null || !kind.isString()) {
            throw ApiProblem.invalid("event", "is required: TRACKING_UPDATED or TRACKING_STOPPED");
        }
        JsonNode data = root.get("data");
        String number = data.path("number").isString() ? CallerText.nfc(data.get("number").asString().trim()) : null;
        if (number == null || !Identifiers.isValid(number)) {
            throw ApiProblem.invalid("data.number", number == null ? "is required" : Identifiers.RULE);
        }
        ParcelId parcel = new ParcelId(delivery.carrier(), number);
        if (!UPDATED.equals(kind.asString())) {
            return new CarrierReport(parcel, List.of());
        }
        List<JsonNode> eventNodes = new ArrayList<>();
        JsonNode providers = data.path("track_info").path("tracking").path("providers");
        for (JsonNode provider : elements(providers)) {
            eventNodes.addAll(elements(provider.path("events")));
        }
        if (eventNodes.size() > CarrierReport.MAX_EVENTS) {
            throw new TooManyEventsException(eventNodes.size());
        }
        List<CarrierEvent> events = new ArrayList<>();
        for (JsonNode node : eventNodes) {
            event(node, delivery.carrier()).ifPresent(events::add);
        }
        return new CarrierReport(parcel, events);
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(elements::add);
        }
        return elements;
    }

    private Optional<CarrierEvent> event(JsonNode node, String carrier) {
        if (!node.isObject()) {
            return skipped(carrier, "not_an_object");
        }
        String subStatus = text(node, "sub_status");
        if (subStatus == null || subStatus.length() > MAX_CODE) {
            return skipped(carrier, "no_status");
        }
        if (SeventeenTrackStatuses.statusOf(subStatus).equals(SeventeenTrackStatuses.NOT_FOUND)) {
            return Optional.empty();
        }
        String utc = text(node, "time_utc");
        String local = text(node, "time_iso");
        if (utc == null && local == null) {
            return skipped(carrier, "no_time");
        }
        Instant occurredAt = instant(utc).or(() -> instant(local)).orElse(null);
        if (occurredAt == null) {
            return skipped(carrier, "unreadable_time");
        }
        String description = text(node, "description");
        JsonNode address = node.path("address");
        String city = text(address, "city");
        String postalCode = text(address, "postal_code");
        String country = text(address, "country");
        TrackingLocation location = location(city != null ? city : text(node, "location"), postalCode, country);
        Optional<ShipmentStatus> status = SeventeenTrackStatuses.map(subStatus);
        CarrierEvent event = new CarrierEvent(eventId(occurredAt, subStatus, description),
                status.orElse(ShipmentStatus.EXCEPTION), SeventeenTrackStatuses.statusOf(subStatus), subStatus,
                occurredAt, cut(description, MAX_DESCRIPTION), location);
        return Optional.of(status.isPresent() ? event : event.ofUnknownCode());
    }

    private Optional<CarrierEvent> skipped(String carrier, String reason) {
        metrics.skipped(carrier, reason);
        return Optional.empty();
    }

    /** Stable across pushes, so a snapshot pushed again adds nothing. */
    static String eventId(Instant occurredAt, String subStatus, String description) {
        return CarrierBodies.derivedEventId("17t-", 64, occurredAt, subStatus, description);
    }

    /** A time without an offset is UTC; one outside the supported range is unreadable. */
    private static Optional<Instant> instant(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                instant = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
        return SupportedInstants.contains(instant) ? Optional.of(instant) : Optional.empty();
    }

    /** What fits the tracker's columns is kept; a part that does not fit is left out rather than the event. */
    private static TrackingLocation location(String city, String postalCode, String country) {
        String countryCode = country != null && country.matches("[A-Za-z]{2}") ? country.toUpperCase(Locale.ROOT) : null;
        String keptCity = city != null && city.length() <= MAX_CITY ? city : null;
        String keptPostalCode = postalCode != null && postalCode.length() <= MAX_POSTAL_CODE ? postalCode : null;
        if (keptCity == null && keptPostalCode == null && countryCode == null) {
            return null;
        }
        return new TrackingLocation(keptCity, keptPostalCode, countryCode);
    }

    /** Non-blank text in NFC, or null; numbers are read as their text. */
    private static String text(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !(node.isString() || node.isNumber())) {
            return null;
        }
        String value = CallerText.nfc(node.asString().trim());
        return value.isEmpty() ? null : value;
    }

    private static String cut(String text, int maxLength) {
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return text.substring(0, end);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

}
