package org.disputesuite.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CarrierRateLimiterTests {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void letsABurstThroughThenRefusesWithTheWaitForTheNextToken() {
        CarrierRateLimiter limiter = limiter(Map.of("generic", carrier(2, 4.0)));

        for (int i = 0; i < 4; i++) {
            assertThat(limiter.tryAcquire("generic")).isEmpty();
        }
        assertThat(limiter.tryAcquire("generic")).contains(Duration.ofMillis(500));
    }

    @Test
    void refillsAtTheConfiguredRateUpToTheBurst() {
        CarrierRateLimiter limiter = limiter(Map.of("generic", carrier(2, 4.0)));
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("generic");
        }

        nanos.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(limiter.tryAcquire("generic")).isEmpty();
        assertThat(limiter.tryAcquire("generic")).isPresent();

        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.tryAcquire("generic")).isEmpty();
        }
        assertThat(limiter.tryAcquire("generic")).isPresent();
    }

    @Test
    void keepsOneBucketPerCarrier() {
        CarrierRateLimiter limiter = limiter(Map.of("generic", carrier(1, 1.0), "other", carrier(1, 1.0)));

        assertThat(limiter.tryAcquire("generic")).isEmpty();
        assertThat(limiter.tryAcquire("generic")).isPresent();
        assertThat(limiter.tryAcquire("other")).isEmpty();
    }

    @Test
    void makesAllUnknownCodesShareOneBucket() {
        CarrierRateLimiter limiter = limiter(Map.of());
        int allowed = 0;
        for (int i = 0; i < 100; i++) {
            if (limiter.tryAcquire("made-up-" + i).isEmpty()) {
                allowed++;
            }
        }

        assertThat(allowed).isEqualTo((int) (2 * CarrierRateLimiter.UNKNOWN_CARRIERS_RATE));
    }

    @Test
    void defaultsTheBurstToTwiceTheRate() {
        Carriers carriers = new Carriers(new CarrierSettings(Map.of("generic", carrier(50, null))),
                List.of(new GenericCarrierAdapter()));

        assertThat(carriers.find("generic").orElseThrow().burst()).isEqualTo(100);
    }

    @Test
    void refusesToStartWithAnAdapterThatDoesNotExist() {
        CarrierSettings settings = new CarrierSettings(Map.of("dhl",
                new CarrierSettings.Carrier(List.of("s"), 50, null, "dhl-json")));

        assertThatThrownBy(() -> new Carriers(settings, List.of(new GenericCarrierAdapter())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dhl-json");
    }

    @Test
    void treatsACarrierWithoutSecretAsUnknown() {
        Carriers carriers = new Carriers(new CarrierSettings(Map.of(
                "generic", new CarrierSettings.Carrier(List.of(" ", ""), 50, null, "generic"))),
                List.of(new GenericCarrierAdapter()));

        assertThat(carriers.find("generic")).isEmpty();
    }

    private CarrierRateLimiter limiter(Map<String, CarrierSettings.Carrier> configured) {
        Carriers carriers = new Carriers(new CarrierSettings(configured), List.of(new GenericCarrierAdapter()));
        return new CarrierRateLimiter(carriers, nanos::get);
    }

    private static CarrierSettings.Carrier carrier(double ratePerSecond, Double burst) {
        return new CarrierSettings.Carrier(List.of("secret"), ratePerSecond, burst, "generic");
    }
}
