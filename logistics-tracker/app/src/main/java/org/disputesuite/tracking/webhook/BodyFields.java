package org.disputesuite.tracking.webhook;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.disputesuite.platform.validation.CallerText;
import org.disputesuite.platform.validation.SupportedInstants;
import org.disputesuite.platform.web.FieldProblem;
import org.disputesuite.tracking.api.Identifiers;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one carrier body and collects what is wrong with them, each problem named by
 * its path ({@code events[1].occurredAt}), so a refusal lists every field at once. Texts are taken
 * in NFC; a blank optional text reads as absent.
 */
public final class BodyFields {


    private final List<FieldProblem> problems = new ArrayList<>();

    /** The problems found so far, in the order found. */
    public List<FieldProblem> problems() {
        return problems;
    }

    public void problem(String path, String message) {
        problems.add(new FieldProblem(path, message));
    }

    public String text(JsonNode parent, String name, String path, boolean required, int maxLength) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                problem(path, "is required");
            }
            return null;
        }
        if (!node.isString() && !node.isNumber()) {
            problem(path, "must be a string");
            return null;
        }
        String value = CallerText.nfc(node.asString());
        if (required && value.isBlank()) {
            problem(path, "must not be blank");
            return null;
        }
        if (value.length() > maxLength) {
            problem(path, "must be at most " + maxLength + " characters");
            return null;
        }
        return value.isBlank() ? null : value;
    }

    /** False when absent or null; a problem too when it is there but not an object. */
    public boolean object(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isObject()) {
            problem(path, "must be an object");
            return false;
        }
        return true;
    }

    public String id(JsonNode parent, String name, String path) {
        String value = text(parent, name, path, true, Identifiers.MAX_LENGTH);
        if (value != null && !Identifiers.isValid(value)) {
            problem(path, Identifiers.RULE);
            return null;
        }
        return value;
    }

    /** An ISO-8601 instant such as {@code 2026-11-18T15:20:00Z}, within the supported range. */
    public Instant instant(JsonNode parent, String name, String path, boolean required) {
        return instant(parent, name, path, required, BodyFields::iso,
                "must be an ISO-8601 instant such as 2026-11-18T15:20:00Z");
    }

    /**
     * A time in a carrier's own form: {@code parse} answers null for a text it cannot read, which is
     * then a problem with {@code form} as its message.
     */
    public Instant instant(JsonNode parent, String name, String path, boolean required,
            Function<String, Instant> parse, String form) {
        String value = text(parent, name, path, required, 40);
        if (value == null) {
            return null;
        }
        Instant instant = parse.apply(value);
        if (instant == null) {
            problem(path, form);
            return null;
        }
        if (!SupportedInstants.contains(instant)) {
            problem(path, SupportedInstants.MESSAGE);
            return null;
        }
        return instant;
    }

    private static Instant iso(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
