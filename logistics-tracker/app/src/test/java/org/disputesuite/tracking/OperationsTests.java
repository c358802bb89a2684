package org.disputesuite.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** What an operator's probes and Prometheus read, without authentication, on the management port. */
class OperationsTests extends TrackerIntegration {

    @LocalManagementPort
    private int managementPort;

    @Test
    void servesLivenessAndReadinessProbes() {
        assertThat(management("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(management("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void exposesWebhookCountersTaggedWithTheApplication() {
        String webhooksAccepted = "tracking_webhooks_received_total{application=\"logistics-tracker\","
                + "carrier=\"generic\",outcome=\"accepted\"}";
        String eventsPending = "tracking_events_received_total{application=\"logistics-tracker\","
                + "carrier=\"generic\",result=\"pending\"}";
        String before = management("/actuator/prometheus").body();

        HttpResponse<String> accepted = webhook("generic", unique("msg"), trackingBody(unique("LP"),
                event("c-1", "IN_TRANSIT", "2026-11-02T10:00:00Z"), event("c-2", "IN_TRANSIT",
                        "2026-11-02T11:00:00Z")), GENERIC_SECRET);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String after = management("/actuator/prometheus").body();
        assertThat(counter(after, webhooksAccepted) - counter(before, webhooksAccepted)).isEqualTo(1.0);
        assertThat(counter(after, eventsPending) - counter(before, eventsPending)).isEqualTo(2.0);
    }

    /** The sample's value, or 0 before the counter's first increment. */
    private static double counter(String prometheus, String sample) {
        return prometheus.lines()
                .filter(line -> line.startsWith(sample + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1).trim().split(" ")[0]))
                .findFirst()
                .orElse(0.0);
    }

    private HttpResponse<String> management(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path)).GET().build());
    }
}
