package org.disputesuite.tracking.carriers.upu;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.disputesuite.tracking.BrokerlessTracker;
import org.disputesuite.tracking.TrackerIntegration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A UPU push of several items is taken whole or not at all: with no broker to acknowledge the
 * registered parcel's events, the items of a parcel not registered yet, which need no broker and
 * were recorded first, are not kept either.
 */
class UpuKafkaOutageTests {

    private static BrokerlessTracker tracker;

    @BeforeAll
    static void startWithoutABroker() throws Exception {
        tracker = BrokerlessTracker.start("tracker_upu_outage", Map.of("upu", "upu-outage-secret"));
    }

    @AfterAll
    static void stop() {
        tracker.close();
    }

    @Test
    void refusesThePushWith503AndKeepsNoItemNotEvenTheOnesNeedingNoBroker() {
        // the lock order sorts by tracking number: the unregistered parcel is recorded first
        String notRegistered = TrackerIntegration.unique("AA");
        String registered = TrackerIntegration.unique("ZZ");
        tracker.registerDirectly("upu", registered);
        String webhookId = TrackerIntegration.unique("msg");

        HttpResponse<String> response = tracker.webhook("upu", webhookId, UpuAdapterTests.items(
                UpuAdapterTests.item(registered, UpuAdapterTests.upuEvent("EMD", "Arrival at inward office of exchange",
                        "MADRID CTI", "2025-10-11T06:30:00+02:00")),
                UpuAdapterTests.item(notRegistered, UpuAdapterTests.upuEvent("EMA", "Posting/collection",
                        "SHENZHEN", "2025-10-08T05:20:00Z"))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(tracker.count("select count(*) from tracking_events where tracking_number = ?", registered))
                .isZero();
        assertThat(tracker.count("select count(*) from tracking_events where tracking_number = ?", notRegistered))
                .isZero();
        assertThat(tracker.count("select count(*) from webhook_receipts where webhook_id = ?", webhookId)).isZero();
    }

    @Test
    void stillTakesAPushWhoseItemsAreAllNotRegisteredYet() {
        String first = TrackerIntegration.unique("RR");
        String second = TrackerIntegration.unique("RR");

        HttpResponse<String> response = tracker.webhook("upu", TrackerIntegration.unique("msg"), UpuAdapterTests.items(
                UpuAdapterTests.item(first, UpuAdapterTests.upuEvent("EMA", "Posting", "SHENZHEN", "2025-10-08T05:20:00Z")),
                UpuAdapterTests.item(second, UpuAdapterTests.upuEvent("EMA", "Posting", "SHENZHEN", "2025-10-08T05:20:00Z"))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(tracker.count("select count(*) from tracking_events where tracking_number = ?", first)).isOne();
        assertThat(tracker.count("select count(*) from tracking_events where tracking_number = ?", second)).isOne();
    }
}
