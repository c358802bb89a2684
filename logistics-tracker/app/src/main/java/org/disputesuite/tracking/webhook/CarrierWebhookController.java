package org.disputesuite.tracking.webhook;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.Timer;
import org.disputesuite.platform.kafka.EventPublisher.PublicationFailedException;
import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.tracking.shipment.model.CarrierReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/carriers/{carrier}}. Checks in the contract's order: rate (429) and carrier
 * (404) before the body is read ({@link CarrierWebhookAdmission}), size (413, the platform while
 * it reads the body), then here signature and timestamp (401), the rate again now that the
 * webhook counts (429), a webhook id already seen (202, no effect), the body's charset (415) and
 * encoding (400, see {@link JsonBodyEncoding}), its content (400); then 202 once the events of
 * every parcel it tells about are durable. A refusal stores and publishes nothing.
 */
@RestController
class CarrierWebhookController {

    private final CarrierRateLimiter rateLimiter;
    private final WebhookReceipts receipts;
    private final WebhookIntake intake;
    private final WebhookMetrics metrics;
    private final Clock clock;

    CarrierWebhookController(CarrierRateLimiter rateLimiter, WebhookReceipts receipts,
                             WebhookIntake intake, WebhookMetrics metrics, Clock clock) {
        this.rateLimiter = rateLimiter;
        this.receipts = receipts;
        this.intake = intake;
        this.metrics = metrics;
        this.clock = clock;
    }

    @PostMapping("/webhooks/carriers/{carrier}")
    ResponseEntity<Void> receive(@PathVariable String carrier,
                                 @RequestAttribute(CarrierWebhookAdmission.CARRIER_ATTRIBUTE) ConfiguredCarrier admitted,
                                 HttpServletRequest request) throws IOException {
        Timer.Sample arrival = metrics.arrived();
        try {
            WebhookOutcome outcome = handle(admitted, request);
            metrics.answered(admitted.code(), outcome, arrival);
            return ResponseEntity.accepted().build();
        } catch (RuntimeException refused) {
            metrics.received(admitted.code(), outcomeOf(refused));
            throw refused;
        }
    }

    private WebhookOutcome handle(ConfiguredCarrier carrier, HttpServletRequest request) throws IOException {
        String code = carrier.code();
        byte[] body = request.getInputStream().readAllBytes();
        Instant now = clock.instant();
        WebhookDelivery delivery = new WebhookDelivery(code, headers(request), body);

        Optional<String> webhookId = carrier.adapter().authenticate(delivery, carrier.secrets(), now);
        Optional<Duration> wait = rateLimiter.tryAcquire(code);
        if (wait.isPresent()) {
            throw new RateLimitedException(code, wait.get());
        }
        if (webhookId.isPresent() && receipts.seen(code, webhookId.get())) {
            return WebhookOutcome.DUPLICATE;
        }
        JsonBodyEncoding.requireUtf8(delivery);
        List<CarrierReport> reports = carrier.adapter().readParcels(delivery).stream()
                .filter(report -> !report.saysNothing())
                .toList();
        if (reports.isEmpty()) {
            return WebhookOutcome.IGNORED;
        }
        return intake.accept(code, webhookId, reports, now) == WebhookIntake.Outcome.DUPLICATE
                ? WebhookOutcome.DUPLICATE : WebhookOutcome.ACCEPTED;
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Too many requests");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem);
    }

    private static WebhookOutcome outcomeOf(RuntimeException refused) {
        if (refused instanceof WebhookRefusal refusal) {
            return refusal.outcome();
        }
        if (refused instanceof RateLimitedException) {
            return WebhookOutcome.RATE_LIMITED;
        }
        if (refused instanceof TooManyEventsException) {
            return WebhookOutcome.TOO_MANY_EVENTS;
        }
        if (refused instanceof PublicationFailedException) {
            return WebhookOutcome.KAFKA_UNAVAILABLE;
        }
        if (refused instanceof RequestRejectedException) {
            return WebhookOutcome.REJECTED_HEADERS;
        }
        if (refused instanceof ApiProblem problem) {
            HttpStatus status = problem.status();
            if (status == HttpStatus.UNAUTHORIZED) {
                // an adapter's own 401 that says no more: it found no secret that signed the delivery
                return WebhookOutcome.BAD_SIGNATURE;
            }
            if (status == HttpStatus.BAD_REQUEST) {
                return WebhookOutcome.INVALID_FIELDS;
            }
        }
        return WebhookOutcome.FAILED;
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        return headers;
    }
}
