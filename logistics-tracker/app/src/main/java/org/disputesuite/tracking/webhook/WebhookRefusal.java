package org.disputesuite.tracking.webhook;

import java.util.List;

import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.platform.web.FieldProblem;
import org.springframework.http.HttpStatus;

/** A webhook refused with a problem detail, knowing the reason it is counted under (docs/metrics.md). */
public class WebhookRefusal extends ApiProblem {

    private final WebhookOutcome outcome;

    private WebhookRefusal(HttpStatus status, String title, String detail, WebhookOutcome outcome) {
        super(status, title, detail);
        this.outcome = outcome;
    }

    /** 401: a header the carrier's scheme requires is missing or blank. */
    public static WebhookRefusal missingHeaders(String detail) {
        return unauthorized(WebhookOutcome.MISSING_HEADERS, detail);
    }

    /** 401: a header is there but not of the form the scheme has. */
    public static WebhookRefusal malformedHeaders(String detail) {
        return unauthorized(WebhookOutcome.MALFORMED_HEADERS, detail);
    }

    /** 401: the signed timestamp is too far from now, either way. */
    public static WebhookRefusal staleTimestamp(String detail) {
        return unauthorized(WebhookOutcome.STALE_TIMESTAMP, detail);
    }

    /** 401: no secret of the carrier's makes the signature sent. */
    public static WebhookRefusal badSignature(String detail) {
        return unauthorized(WebhookOutcome.BAD_SIGNATURE, detail);
    }

    /** 400: the body is not JSON, or not of the carrier format's shape. */
    static WebhookRefusal malformedBody(String detail) {
        return new WebhookRefusal(HttpStatus.BAD_REQUEST, "Malformed request", detail, WebhookOutcome.MALFORMED_BODY);
    }

    /** 400: the body's bytes are not UTF-8; {@code reason} says where, and the problem names the body. */
    static WebhookRefusal notUtf8(String reason) {
        WebhookRefusal refusal = new WebhookRefusal(HttpStatus.BAD_REQUEST, "Malformed request",
                "The body is not valid UTF-8 (" + reason + "); JSON bodies are UTF-8 (RFC 8259)",
                WebhookOutcome.NOT_UTF8);
        refusal.with("errors", List.of(new FieldProblem("body", "is not valid UTF-8: " + reason)));
        return refusal;
    }

    /** 415: the {@code Content-Type} declares a charset the tracker does not read JSON in. */
    static WebhookRefusal unsupportedCharset(String detail) {
        return new WebhookRefusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", detail,
                WebhookOutcome.UNSUPPORTED_CHARSET);
    }

    WebhookOutcome outcome() {
        return outcome;
    }

    private static WebhookRefusal unauthorized(WebhookOutcome outcome, String detail) {
        return new WebhookRefusal(HttpStatus.UNAUTHORIZED, "Unauthorized", detail, outcome);
    }
}
