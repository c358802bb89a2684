package org.disputesuite.tracking.carriers.aftership;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AfterShip tracking webhook (docs/carriers/aftership.md): {@code {"event": "tracking_update",
 * "event_id", "ts", "msg": {tracking}}}, signed with a base64 HMAC-SHA256 of the raw body in
 * {@code aftership-hmac-sha256}. Each checkpoint is one event; AfterShip gives checkpoints no id, so
 * it is derived from the checkpoint's time, codes and message. Fields not read here are ignored.
 */
@Component
public class AfterShipCarrierAdapter implements OneParcelAdapter {

    public static final String NAME = "aftership";
    public static final String SIGNATURE_HEADER = "aftership-hmac-sha256";
    static final String TRACKING_UPDATE = "tracking_update";

    /** Why a checkpoint was skipped: the reason label of the skipped-events counter. */
    static final String NO_TIME = "no_time";
    static final String UNREADABLE_TIME = "unreadable_time";
    static final String NO_TAG = "no_tag";
    static final String NOT_AN_OBJECT = "not_an_object";

    /** The webhook receipts' column holds event ids up to this length; a longer one is not remembered. */
    private static final int MAX_EVENT_ID_LENGTH = 255;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, String> ALPHA2_BY_ALPHA3 = Stream.of(Locale.getISOCountries())
            .collect(Collectors.toMap(alpha2 -> new Locale("", alpha2).getISO3Country(), Function.identity()));

    private final WebhookMetrics metrics;

    public AfterShipCarrierAdapter(WebhookMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> skipReasons() {
        return List.of(NO_TIME, UNREADABLE_TIME, NO_TAG, NOT_AN_OBJECT);
    }

    /** AfterShip signs no timestamp and retries for hours: the delivery's age is not checked. */
    @Override
    public Optional<String> authenticate(WebhookDelivery delivery, List<String> secrets, Instant now) {
        String signature = delivery.header(SIGNATURE_HEADER);
        if (signature == null || signature.isBlank()) {
            throw WebhookRefusal.missingHeaders("The " + SIGNATURE_HEADER + " header is required");
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(signature.trim());
        } catch (IllegalArgumentException e) {
            throw WebhookRefusal.malformedHeaders("The " + SIGNATURE_HEADER + " header must be base64");
        }
        boolean valid = secrets.stream().anyMatch(secret -> MessageDigest.isEqual(sign(secret, delivery.body()), claimed));
        if (!valid) {
            throw WebhookRefusal.badSignature("The " + SIGNATURE_HEADER + " signature is not valid for this carrier");
        }
        return eventId(delivery.body());
    }

    /** Base64 of HMAC-SHA256 over the body, keyed with the secret's UTF-8 bytes. */
    public static String signature(String secret, byte[] body) {
        return Base64.getEncoder().encodeToString(sign(secret, body));
    }

    private static byte[] sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empty when the body has none: replays are then stopped by the checkpoints already known. */
    private static Optional<String> eventId(byte[] body) {
        try {
            JsonNode id = JSON.readTree(body).path("event_id");
            if (id.isString() && !id.asString().isBlank() && id.asString().length() <= MAX_EVENT_ID_LENGTH) {
                return Optional.of(id.asString());
            }
        } catch (JacksonException e) {
            // read() answers it with 400
        }
        return Optional.empty();
    }

    @Override
    public CarrierReport read(WebhookDelivery delivery) {
        JsonNode root = CarrierBodies.json(delivery);
        if (root == null || !root.isObject()) {
            throw CarrierBodies.malformed("The body must be a JSON object with event and msg");
        }
        JsonNode event = root.path("event");
        if (!event.isString() || !TRACKING_UPDATE.equals(event.asString())) {
            return CarrierReport.nothing(delivery.carrier());
        }
        JsonNode tracking = root.get("msg");
        if (tracking == null || !tracking.isObject()) {
            throw ApiProblem.invalid("msg", "is required: the tracking");
        }
        JsonNode checkpoints = tracking.get("checkpoints");
        if (checkpoints != null && !checkpoints.isNull() && !checkpoints.isArray()) {
            throw ApiProblem.invalid("msg.checkpoints", "must be a list");
        }
        if (checkpoints != null && checkpoints.size() > CarrierReport.MAX_EVENTS) {
            throw new TooManyEventsException(checkpoints.size());
        }
        String trackingNumber = text(tracking, "tracking_number", Identifiers.MAX_LENGTH + 1);
        if (trackingNumber == null || !Identifiers.isValid(trackingNumber)) {
            throw ApiProblem.invalid("msg.tracking_number", trackingNumber == null ? "is required" : Identifiers.RULE);
        }
        List<CarrierEvent> events = new ArrayList<>();
        if (checkpoints != null) {
            for (JsonNode checkpoint : checkpoints) {
                event(checkpoint, delivery.carrier()).ifPresent(events::add);
            }
        }
        return new CarrierReport(new ParcelId(delivery.carrier(), trackingNumber), events);
    }

    /** Empty for Pending, and for a checkpoint that cannot be read, which is counted. */
    private Optional<CarrierEvent> event(JsonNode checkpoint, String carrier) {
        if (!checkpoint.isObject()) {
            return skipped(carrier, NOT_AN_OBJECT);
        }
        String time = text(checkpoint, "checkpoint_time", 100);
        if (time == null) {
            return skipped(carrier, NO_TIME);
        }
        Optional<Instant> occurredAt = instant(time);
        if (occurredAt.isEmpty()) {
            return skipped(carrier, UNREADABLE_TIME);
        }
        String tag = text(checkpoint, "tag", 100);
        if (tag == null) {
            return skipped(carrier, NO_TAG);
        }
        if (AfterShipTags.isPending(tag)) {
            return Optional.empty();
        }
        String subtag = text(checkpoint, "subtag", 100);
        Optional<ShipmentStatus> status = AfterShipTags.status(tag, subtag);
        String rawTag = text(checkpoint, "raw_tag", 100);
        String message = text(checkpoint, "message", 2000);
        String rawStatus = clip(rawTag == null ? tag : tag + "/" + rawTag, 100);
        CarrierEvent event = new CarrierEvent(derivedId(occurredAt.get(), tag, subtag, rawTag, message),
                status.orElse(ShipmentStatus.EXCEPTION), rawStatus, subtag, occurredAt.get(), message,
                location(checkpoint));
        return Optional.of(status.isPresent() ? event : event.ofUnknownCode());
    }

    private Optional<CarrierEvent> skipped(String carrier, String reason) {
        metrics.skipped(carrier, reason);
        return Optional.empty();
    }

    /** The checkpoint's local time: with an offset (or zone) as it says, without one read as UTC. */
    private static Optional<Instant> instant(String text) {
        Instant instant;
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from,
                    LocalDateTime::from);
            instant = parsed instanceof ZonedDateTime zoned ? zoned.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return SupportedInstants.contains(instant) ? Optional.of(instant) : Optional.empty();
    }

    /** The same checkpoint pushed again, in any later snapshot, gets the same id. */
    private static String derivedId(Instant occurredAt, String tag, String subtag, String rawTag, String message) {
        return CarrierBodies.derivedEventId("as-", 64, occurredAt, tag, subtag, rawTag, message);
    }

    private static TrackingLocation location(JsonNode checkpoint) {
        String city = text(checkpoint, "city", 100);
        String postalCode = clip(Optional.ofNullable(text(checkpoint, "zip", 20))
                .orElse(text(checkpoint, "postal_code", 20)), 20);
        String countryCode = Optional.ofNullable(countryCode(text(checkpoint, "country_region", 10)))
                .orElse(countryCode(text(checkpoint, "country_iso3", 10)));
        if (city == null && postalCode == null && countryCode == null) {
            return null;
        }
        return new TrackingLocation(city, postalCode, countryCode);
    }

    /** AfterShip names countries by ISO alpha-3 code; the suite keeps alpha-2. Null when unknown. */
    private static String countryCode(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (upper.length() == 2) {
            return ALPHA2_BY_ALPHA3.containsValue(upper) ? upper : null;
        }
        return ALPHA2_BY_ALPHA3.get(upper);
    }

    /**
     * A string or number field in NFC, null when absent or blank; an aggregator's over-long text is
     * cut to what the tracker keeps rather than refusing the parcel's other events.
     */
    private static String text(JsonNode parent, String name, int maxLength) {
        JsonNode node = parent.get(name);
        if (node == null || !(node.isString() || node.isNumber())) {
            return null;
        }
        String value = CallerText.nfc(node.asString()).strip();
        return value.isEmpty() ? null : clip(value, maxLength);
    }

    private static String clip(String value, int maxLength) {
        if (value == null || value.length() <= maxLength) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return value.substring(0, end);
    }

}
