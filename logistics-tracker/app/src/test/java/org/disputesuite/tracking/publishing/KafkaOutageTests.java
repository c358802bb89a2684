package org.disputesuite.tracking.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.BrokerlessTracker;
import org.disputesuite.tracking.TrackerIntegration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** With no broker to acknowledge, nothing may be reported done: 503, and the database keeps nothing. */
class KafkaOutageTests {

    private static BrokerlessTracker tracker;

    @BeforeAll
    static void startWithoutABroker() throws Exception {
        tracker = BrokerlessTracker.start("tracker_outage", Map.of("generic", "outage-secret"));
    }

    @AfterAll
    static void stop() {
        tracker.close();
    }

    @Test
    void refusesARegistrationWith503AndStoresNothing() {
        String orderId = TrackerIntegration.unique("ORD");

        HttpResponse<String> response = tracker.send(HttpRequest.newBuilder(tracker.uri("/api/v1/shipments"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer("seller-3", "SELLER"))
                .POST(HttpRequest.BodyPublishers.ofString(
                        TrackerIntegration.registration(orderId, TrackerIntegration.unique("LP"),
                                "seller-3", "buyer-17")))
                .build());

        assertUnavailable(response);
        assertThat(tracker.count("select count(*) from shipments where order_id = ?", orderId)).isZero();
    }

    @Test
    void refusesAWebhookForARegisteredShipmentWith503SoTheCarrierRetries() {
        String trackingNumber = TrackerIntegration.unique("LP");
        tracker.registerDirectly("generic", trackingNumber);
        String webhookId = TrackerIntegration.unique("msg");

        HttpResponse<String> response = tracker.webhook("generic", webhookId, TrackerIntegration.trackingBody(
                trackingNumber, TrackerIntegration.event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z")));

        assertUnavailable(response);
        assertThat(tracker.count("select count(*) from tracking_events where tracking_number = ?", trackingNumber))
                .isZero();
        assertThat(tracker.count("select count(*) from webhook_receipts where webhook_id = ?", webhookId)).isZero();
    }

    @Test
    void stillKeepsEventsOfAnUnregisteredParcelWhichNeedNoBroker() {
        String trackingNumber = TrackerIntegration.unique("LP");

        HttpResponse<String> response = tracker.webhook("generic", TrackerIntegration.unique("msg"),
                TrackerIntegration.trackingBody(trackingNumber,
                        TrackerIntegration.event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z")));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(tracker.count("select count(*) from tracking_events where tracking_number = ?", trackingNumber))
                .isOne();
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(JsonMapper.builder().build().readTree(response.body()).get("status").asInt()).isEqualTo(503);
    }
}
