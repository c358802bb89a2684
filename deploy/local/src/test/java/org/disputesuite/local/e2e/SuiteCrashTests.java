package org.disputesuite.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.disputesuite.local.e2e.SuiteApi.Order;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The end of the shared run: the whole suite killed with SIGKILL under load, as a power cut or
 * the OOM killer would end it, restarted on the same data, and every write it ever acknowledged
 * checked again; then a clean stop, in order.
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteCrashTests {

    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();

    @Test
    @org.junit.jupiter.api.Order(1)
    void everyAcknowledgedWriteSurvivesTheWholeSuiteKilledUnderLoad() throws Exception {
        SharedSuite suite = SharedSuite.get();
        Order order = Order.fresh("POWERCUT", "seller-powercut", "buyer-powercut");
        assertThat(SuiteApi.registerShipment(order).status()).isEqualTo(201);
        suite.acknowledged().shipmentRegistered(order);

        Instant firstScan = SharedSuite.SUITE_CLOCK.instant().truncatedTo(ChronoUnit.SECONDS).minus(15, ChronoUnit.DAYS);
        ScheduledExecutorService load = Executors.newScheduledThreadPool(2);
        try {
            load.scheduleAtFixedRate(() -> {
                int n = sent.getAndIncrement();
                String eventId = "powercut-scan-" + n;
                if (SuiteApi.reportInTransit(order, "wh-powercut-" + n, eventId, firstScan.plusSeconds(n))
                        .status() == 202) {
                    suite.acknowledged().trackingEventAccepted(order, eventId);
                    accepted.incrementAndGet();
                }
            }, 0, 20, TimeUnit.MILLISECONDS);
            await("load under way").atMost(Duration.ofSeconds(30)).until(() -> accepted.get() >= 50);
            long killedAt = System.nanoTime();
            suite.crashAndRestart();
            System.out.printf("suite crash: killed after %d webhooks acknowledged; ready again %.1f s after the kill%n",
                    accepted.get(), (System.nanoTime() - killedAt) / 1e9);
        } finally {
            load.shutdownNow();
            load.awaitTermination(30, TimeUnit.SECONDS);
        }

        System.out.printf("suite crash: checking %d acknowledged tracking events and %d disputes%n",
                suite.acknowledged().trackingEventCount(), suite.acknowledged().disputeCount());
        suite.acknowledged().assertAllKept();
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void stopsCleanlyOnSigtermWithEveryServiceClosingItsDatabaseLast() throws Exception {
        SharedSuite suite = SharedSuite.get();
        Integer exit = suite.stop(Duration.ofSeconds(90));

        assertThat(exit).as("the all-in-one stops on SIGTERM; its output:%n%s", suite.jar().output()).isNotNull();
        assertThat(suite.jar().printed("dispute-suite: stopped")).isTrue();
        for (Path log : serviceLogs(suite)) {
            assertThat(Files.readString(log)).as(log.toString())
                    .doesNotContain("Database is already closed")
                    .doesNotContain("DB_CLOSE_ON_EXIT");
        }
    }

    private static List<Path> serviceLogs(SharedSuite suite) throws IOException {
        try (Stream<Path> logs = Files.list(suite.dataDir().resolve("logs"))) {
            return logs.filter(log -> !log.getFileName().toString().startsWith("kafka")).toList();
        }
    }
}
