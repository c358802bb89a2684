package org.disputesuite.tracking.webhook;

import java.util.Optional;

/**
 * How a carrier webhook was answered, as the metrics label it (docs/metrics.md). {@code outcome}
 * is the label of {@code tracking_webhooks_received_total}, whose values dashboards already use;
 * a refusal also has a {@code reason} of its own, the label of {@code tracking_webhooks_refused_total},
 * telling apart refusals that share an outcome (the several 401s, say).
 */
public enum WebhookOutcome {

    ACCEPTED("accepted", null),
    /** A push of a kind the adapter does not use: 202, nothing stored. */
    IGNORED("ignored", null),
    /** A webhook id seen before: 202, no effect. */
    DUPLICATE("duplicate", null),
    RATE_LIMITED("rate_limited", "rate_limited"),
    UNKNOWN_CARRIER("unknown_carrier", "unknown_carrier"),
    /** A body over 1 MiB. */
    TOO_LARGE("too_large", "too_large"),
    /** More events than one webhook may carry. */
    TOO_MANY_EVENTS("too_large", "too_many_events"),
    TOO_SLOW("too_slow", "too_slow"),
    /** No signature, or for Standard Webhooks no id or timestamp either. */
    MISSING_HEADERS("unauthorized", "missing_headers"),
    /** A timestamp that is not Unix seconds, or an id too long to remember. */
    MALFORMED_HEADERS("unauthorized", "malformed_headers"),
    /** A timestamp more than the tolerance off, in the past or the future. */
    STALE_TIMESTAMP("unauthorized", "stale_timestamp"),
    /** A signature no secret of the carrier's makes. */
    BAD_SIGNATURE("unauthorized", "bad_signature"),
    /** A header value the firewall refuses (a control character, say): 400. */
    REJECTED_HEADERS("invalid", "rejected_headers"),
    /** Not JSON, or not the shape the carrier's format has. */
    MALFORMED_BODY("invalid", "malformed_body"),
    /** Fields missing or invalid, each named in the answer. */
    INVALID_FIELDS("invalid", "invalid_fields"),
    /** A body whose bytes are not UTF-8, as JSON must be: 400. */
    NOT_UTF8("invalid", "not_utf8"),
    /** A {@code Content-Type} declaring a charset other than UTF-8: 415. */
    UNSUPPORTED_CHARSET("invalid", "unsupported_charset"),
    /** Kafka did not acknowledge the events: 503, nothing stored, the carrier retries. */
    KAFKA_UNAVAILABLE("unavailable", "kafka_unavailable"),
    /** Too many bodies were being received at once: 503, the carrier retries. */
    TOO_BUSY("unavailable", "too_busy"),
    FAILED("failed", "failed");

    private final String outcome;
    private final String reason;

    WebhookOutcome(String outcome, String reason) {
        this.outcome = outcome;
        this.reason = reason;
    }

    /** The label value of {@code tracking_webhooks_received_total}. */
    public String outcome() {
        return outcome;
    }

    /** The label value of {@code tracking_webhooks_refused_total}; empty for a webhook answered 202. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** What a request whose code names no configured carrier can come to. */
    boolean canHappenToUnknownCarrier() {
        return this == RATE_LIMITED || this == UNKNOWN_CARRIER;
    }
}
