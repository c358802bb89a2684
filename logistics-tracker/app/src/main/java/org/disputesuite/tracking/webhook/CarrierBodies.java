package org.disputesuite.tracking.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.disputesuite.platform.web.ApiProblem;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every carrier adapter does alike with a body: read it as JSON, refuse it, name an event that has no id. */
public final class CarrierBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final char SEPARATOR = '\u001f';

    private CarrierBodies() {
    }

    /** The body as JSON, read as UTF-8 (see {@link JsonBodyEncoding}); 400 when it does not parse. */
    public static JsonNode json(WebhookDelivery delivery) {
        String text = JsonBodyEncoding.text(delivery.body());
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw malformed("The body is not valid JSON");
        }
    }

    public static ApiProblem malformed(String detail) {
        return WebhookRefusal.malformedBody(detail);
    }

    /**
     * The id of an event a carrier gives none for: {@code prefix} and the first {@code hexDigits}
     * hex digits of a SHA-256 over its time and {@code parts} (an absent part counting as empty), so
     * the same event pushed again, in any later snapshot, gets the same id.
     */
    public static String derivedEventId(String prefix, int hexDigits, Instant occurredAt, String... parts) {
        StringBuilder key = new StringBuilder(occurredAt.toString());
        for (String part : parts) {
            key.append(SEPARATOR).append(part == null ? "" : part);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(hash, 0, hexDigits / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
