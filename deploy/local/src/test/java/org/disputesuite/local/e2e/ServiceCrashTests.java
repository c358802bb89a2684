package org.disputesuite.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.disputesuite.local.e2e.SuiteApi.Order;
import org.junit.jupiter.api.Test;

/**
 * Services killed with SIGKILL while carriers push webhooks and buyers open disputes: the
 * launcher restarts each, the others keep running, and nothing the suite acknowledged is lost or
 * doubled.
 */
@org.junit.jupiter.api.Order(2)
class ServiceCrashTests {

    private static final int DISPUTES = 10;
    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(2);

    private final AtomicInteger webhooksSent = new AtomicInteger();
    private final AtomicInteger webhooksAccepted = new AtomicInteger();
    private final AtomicInteger disputesAttempted = new AtomicInteger();
    private final AtomicInteger disputesOpened = new AtomicInteger();

    @Test
    void acknowledgedWritesSurviveServicesKilledUnderLoad() throws Exception {
        SharedSuite suite = SharedSuite.get();
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < DISPUTES; i++) {
            Order order = Order.fresh("CRASH", "seller-crash-" + i, "buyer-crash-" + i);
            Http.Answer registered = SuiteApi.registerShipment(order);
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            suite.acknowledged().shipmentRegistered(order);
            orders.add(order);
        }

        ScheduledExecutorService load = Executors.newScheduledThreadPool(3);
        try {
            Instant firstScan = SharedSuite.SUITE_CLOCK.instant().truncatedTo(ChronoUnit.SECONDS).minus(15, ChronoUnit.DAYS);
            load.scheduleAtFixedRate(() -> pushWebhook(suite, orders, firstScan), 0, 40, TimeUnit.MILLISECONDS);
            DisputeOpener opener = new DisputeOpener(suite, orders);
            // about one opening a second, so that openings go on before, during and after the kill
            load.scheduleWithFixedDelay(opener::attempt, 0, 1, TimeUnit.SECONDS);

            await("load under way").atMost(Duration.ofSeconds(60))
                    .until(() -> webhooksAccepted.get() >= 40 && disputesOpened.get() >= 3);
            suite.killService("logistics-tracker");
            suite.killService("dispute-service");
            assertRestarted(suite, "logistics-tracker");
            assertRestarted(suite, "dispute-service");

            int acceptedBefore = webhooksAccepted.get();
            await("load goes on after the restarts").atMost(Duration.ofSeconds(90))
                    .until(() -> opener.done() && webhooksAccepted.get() >= acceptedBefore + 40);
            suite.killService("ruling-service");
            suite.killService("notification-service");
            assertRestarted(suite, "ruling-service");
            assertRestarted(suite, "notification-service");
        } finally {
            load.shutdownNow();
            load.awaitTermination(30, TimeUnit.SECONDS);
        }

        System.out.printf("service crash: %d webhooks sent, %d acknowledged; %d dispute openings attempted, %d"
                + " acknowledged%n", webhooksSent.get(), webhooksAccepted.get(), disputesAttempted.get(),
                disputesOpened.get());
        suite.jar().output().lines().filter(line -> line.contains("ready again") || line.contains("exited with"))
                .forEach(line -> System.out.println("service crash: " + line));
        suite.acknowledged().assertAllKept();
    }

    private void pushWebhook(SharedSuite suite, List<Order> orders, Instant firstScan) {
        int n = webhooksSent.getAndIncrement();
        Order order = orders.get(n % orders.size());
        String eventId = "crash-scan-" + n;
        Http.Answer answer = SuiteApi.reportInTransit(order, "wh-" + order.orderId() + "-" + n, eventId,
                firstScan.plusSeconds(n));
        if (answer.status() == 202) {
            suite.acknowledged().trackingEventAccepted(order, eventId);
            webhooksAccepted.incrementAndGet();
        }
    }

    private static void assertRestarted(SharedSuite suite, String service) throws InterruptedException {
        assertThat(suite.jar().awaitLine(service + " ready again", RESTART_TIMEOUT))
                .as("the launcher restarts %s; its output:%n%s", service, suite.jar().output())
                .isTrue();
        assertThat(suite.jar().printed("dispute-suite: " + service + " exited with code 137; restart 1")).isTrue();
    }

    /** Opens each order's dispute in turn, retrying while the answer is not known to have been kept. */
    private final class DisputeOpener {

        private final SharedSuite suite;
        private final List<Order> orders;
        private int next;

        DisputeOpener(SharedSuite suite, List<Order> orders) {
            this.suite = suite;
            this.orders = orders;
        }

        synchronized void attempt() {
            if (done()) {
                return;
            }
            Order order = orders.get(next);
            disputesAttempted.incrementAndGet();
            Http.Answer answer = SuiteApi.openDispute(order);
            if (answer.status() == 201) {
                suite.acknowledged().disputeOpened(answer.json().path("disputeId").asString(), order);
                disputesOpened.incrementAndGet();
                next++;
            } else if (answer.status() == 409) {
                // opened by an earlier attempt whose answer was lost with the killed service: not acknowledged
                next++;
            }
        }

        synchronized boolean done() {
            return next == orders.size();
        }
    }
}
