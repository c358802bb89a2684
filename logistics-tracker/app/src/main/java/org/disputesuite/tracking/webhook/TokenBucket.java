package org.disputesuite.tracking.webhook;

import java.util.function.LongSupplier;

/** Refills at a steady rate up to its capacity; each request takes one token. */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double tokensPerNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    TokenBucket(double ratePerSecond, double capacity, LongSupplier nanoTime) {
        this.tokensPerNano = ratePerSecond / NANOS_PER_SECOND;
        this.capacity = capacity;
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.refilledAt = nanoTime.getAsLong();
    }

    /** Zero when a token is there (none is taken); otherwise the nanoseconds until one will be. */
    synchronized long peek() {
        refill();
        return tokens >= 1 ? 0 : nanosToNextToken();
    }

    /** Zero when a token was taken; otherwise the nanoseconds until one will be there. */
    synchronized long tryTake() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return nanosToNextToken();
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
        refilledAt = now;
    }

    private long nanosToNextToken() {
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }
}
