package org.disputesuite.tracking.webhook;

import java.time.Duration;

/** The carrier sent faster than its rate; answered 429 with Retry-After. */
class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    RateLimitedException(String carrier, Duration retryAfter) {
        super("Carrier " + carrier + " is sending faster than its rate; retry later");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as Retry-After wants them. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
