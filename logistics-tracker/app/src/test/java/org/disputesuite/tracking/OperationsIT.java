package org.disputesuite.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** What an operator's probes and Prometheus read, without authentication, on the management port. */
class OperationsIT extends TrackerIntegrationTest {

    @LocalManagementPort
    private int managementPort;

    @Test
    void servesLivenessAndReadinessProbes() {
        assertThat(management("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(management("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void exposesWebhookCountersTaggedWithTheApplication() {
        webhook("generic", unique("msg"), trackingBody(unique("LP"), event("c-1", "IN_TRANSIT",
                "2026-11-02T10:00:00Z")), GENERIC_SECRET);

        String metrics = management("/actuator/prometheus").body();

        assertThat(metrics).contains("tracking_webhooks_received_total{application=\"logistics-tracker\","
                + "carrier=\"generic\",outcome=\"accepted\"}");
        assertThat(metrics).contains("tracking_events_received_total{application=\"logistics-tracker\","
                + "carrier=\"generic\",result=\"pending\"}");
    }

    private HttpResponse<String> management(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path)).GET().build());
    }
}
