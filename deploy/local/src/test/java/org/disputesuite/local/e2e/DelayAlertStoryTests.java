package org.disputesuite.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.disputesuite.local.e2e.StorySteps.now;
import static org.disputesuite.local.e2e.StorySteps.ok;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.disputesuite.local.e2e.SuiteApi.Order;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prevention: a parcel that misses its promised date is reported delayed to the buyer and the
 * seller before either needs a dispute, once, and the alert stops standing when the parcel is
 * delivered. The tracker scans every {@link SharedSuite#DELAY_SCAN_INTERVAL}.
 */
@org.junit.jupiter.api.Order(1)
class DelayAlertStoryTests {

    private static final Duration TOLD_WITHIN = Duration.ofSeconds(60);

    private static StorySteps steps;

    @BeforeAll
    static void startSuite() throws Exception {
        steps = new StorySteps(SharedSuite.get());
    }

    @Test
    void lateParcelIsToldToBuyerAndSellerOnceAndClearsOnDelivery() {
        Order order = Order.fresh("LATE", "seller-delay", "buyer-delay");
        Instant promised = now().plusSeconds(20);
        steps.registered(order, SuiteApi.registerShipment(order, now().minus(6, ChronoUnit.DAYS), promised));
        steps.reported(order, "e2e-transit", SuiteApi.reportInTransit(order, "wh-transit-" + order.orderId(),
                "e2e-transit", now()));
        assertThat(ok(SuiteApi.shipment(order, order.buyerToken())).path("delayed").asBoolean())
                .as("on its way before the promised date").isFalse();

        await("the tracker finds the parcel late").atMost(TOLD_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> ok(SuiteApi.shipment(order, order.buyerToken())).path("delayed").asBoolean());
        assertThat(now()).as("not before the promised date").isAfterOrEqualTo(promised);
        await("both parties are told").atMost(TOLD_WITHIN).ignoreExceptions().untilAsserted(() -> {
            assertThat(SuiteApi.allInboxKinds(order.buyerToken(), order)).containsExactly("SHIPMENT_DELAYED");
            assertThat(SuiteApi.allInboxKinds(order.sellerToken(), order)).containsExactly("SHIPMENT_DELAYED");
        });

        steps.reported(order, "e2e-delivered", SuiteApi.reportDelivered(order, "wh-delivered-" + order.orderId(),
                "e2e-delivered", now()));
        assertThat(ok(SuiteApi.shipment(order, order.sellerToken())).path("delayed").asBoolean())
                .as("a delivered parcel is never delayed").isFalse();

        await().pollDelay(SharedSuite.DELAY_SCAN_INTERVAL.multipliedBy(3)).atMost(TOLD_WITHIN).untilAsserted(() -> {
            assertThat(SuiteApi.allInboxKinds(order.buyerToken(), order)).as("told once").containsExactly(
                    "SHIPMENT_DELAYED");
            assertThat(SuiteApi.allInboxKinds(order.sellerToken(), order)).as("told once").containsExactly(
                    "SHIPMENT_DELAYED");
        });
    }
}
