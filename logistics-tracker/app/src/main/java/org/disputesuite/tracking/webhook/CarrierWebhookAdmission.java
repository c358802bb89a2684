package org.disputesuite.tracking.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.disputesuite.platform.web.ProblemResponses;
import org.disputesuite.platform.web.body.BeforeBodyCheck;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The webhook checks the contract puts before the body: rate (429), then carrier (404). They run
 * before the body is read, so a carrier over its rate or a made-up code is answered at once,
 * however slowly its body would come. The carrier found is handed to the controller.
 *
 * <p>Being over the rate is checked here, but a webhook counts against it only once its signature
 * holds (in the controller): otherwise anyone who knows a carrier's code could use up its rate
 * without a secret, with quick requests or with bodies that never arrive, and the carrier's own
 * webhooks would get 429. Codes that name no carrier count at once, in their shared bucket.
 */
@Component
class CarrierWebhookAdmission implements BeforeBodyCheck {

    static final String PREFIX = "/webhooks/carriers/";
    static final String CARRIER_ATTRIBUTE = "org.disputesuite.tracking.webhook.CarrierWebhookAdmission.carrier";

    private final Carriers carriers;
    private final CarrierRateLimiter rateLimiter;
    private final WebhookMetrics metrics;

    CarrierWebhookAdmission(Carriers carriers, CarrierRateLimiter rateLimiter, WebhookMetrics metrics) {
        this.carriers = carriers;
        this.rateLimiter = rateLimiter;
        this.metrics = metrics;
    }

    @Override
    public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> code = carrierCode(request);
        if (code.isEmpty()) {
            return true;
        }
        Optional<ConfiguredCarrier> carrier = carriers.find(code.get());
        Optional<Duration> wait = carrier.isPresent() ? rateLimiter.overRate(code.get())
                : rateLimiter.tryAcquire(code.get());
        String label = carrier.isPresent() ? code.get() : WebhookMetrics.UNKNOWN_CARRIER;
        if (wait.isPresent()) {
            RateLimitedException limited = new RateLimitedException(code.get(), wait.get());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, limited.getMessage());
            metrics.received(label, WebhookOutcome.RATE_LIMITED);
            return false;
        }
        if (carrier.isEmpty()) {
            ProblemResponses.write(response, HttpStatus.NOT_FOUND, "No carrier " + code.get() + " is configured");
            metrics.received(label, WebhookOutcome.UNKNOWN_CARRIER);
            return false;
        }
        request.setAttribute(CARRIER_ATTRIBUTE, carrier.get());
        return true;
    }

    @Override
    public void bodyRefused(HttpServletRequest request, HttpStatus status) {
        if (request.getAttribute(CARRIER_ATTRIBUTE) instanceof ConfiguredCarrier carrier) {
            metrics.received(carrier.code(), switch (status) {
                case CONTENT_TOO_LARGE -> WebhookOutcome.TOO_LARGE;
                case REQUEST_TIMEOUT -> WebhookOutcome.TOO_SLOW;
                case SERVICE_UNAVAILABLE -> WebhookOutcome.TOO_BUSY;
                default -> WebhookOutcome.FAILED;
            });
        }
    }

    private static Optional<String> carrierCode(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"POST".equals(request.getMethod()) || !path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String code = path.substring(PREFIX.length());
        if (code.isEmpty() || code.contains("/")) {
            return Optional.empty();
        }
        return Optional.of(UriUtils.decode(code, StandardCharsets.UTF_8));
    }
}
