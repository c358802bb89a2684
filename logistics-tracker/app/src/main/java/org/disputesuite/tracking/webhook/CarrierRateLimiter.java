package org.disputesuite.tracking.webhook;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One token bucket per configured carrier. Codes that name no carrier share one bucket, so
 * made-up codes cannot grow the table or get past the limit.
 */
@Component
public class CarrierRateLimiter {

    static final double UNKNOWN_CARRIERS_RATE = 10;

    private final Map<String, TokenBucket> buckets = new HashMap<>();
    private final TokenBucket unknownCarriers;

    @Autowired
    public CarrierRateLimiter(Carriers carriers) {
        this(carriers, System::nanoTime);
    }

    CarrierRateLimiter(Carriers carriers, LongSupplier nanoTime) {
        for (ConfiguredCarrier carrier : carriers.all()) {
            buckets.put(carrier.code(), new TokenBucket(carrier.ratePerSecond(), carrier.burst(), nanoTime));
        }
        unknownCarriers = new TokenBucket(UNKNOWN_CARRIERS_RATE, 2 * UNKNOWN_CARRIERS_RATE, nanoTime);
    }

    /** Empty when the webhook may go on, and it counts against the rate; otherwise how long the carrier should wait. */
    public Optional<Duration> tryAcquire(String carrierCode) {
        return waitOf(buckets.getOrDefault(carrierCode, unknownCarriers).tryTake());
    }

    /** Whether the carrier is over its rate right now, counting nothing. */
    public Optional<Duration> overRate(String carrierCode) {
        return waitOf(buckets.getOrDefault(carrierCode, unknownCarriers).peek());
    }

    private static Optional<Duration> waitOf(long nanos) {
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }
}
