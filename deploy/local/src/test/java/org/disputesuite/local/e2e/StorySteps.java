package org.disputesuite.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.disputesuite.local.e2e.SuiteApi.Order;

import tools.jackson.databind.JsonNode;

/** Steps the stories share, each recording what the suite acknowledged. */
final class StorySteps {

    private final SharedSuite suite;

    StorySteps(SharedSuite suite) {
        this.suite = suite;
    }

    void register(Order order) {
        registered(order, SuiteApi.registerShipment(order));
    }

    /** A registration, answered 201 and recorded. */
    void registered(Order order, Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        suite.acknowledged().shipmentRegistered(order);
    }

    /** A carrier report, answered 202 and recorded under its event id. */
    void reported(Order order, String eventId, Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        suite.acknowledged().trackingEventAccepted(order, eventId);
    }

    void inTransit(Order order) {
        Instant departed = now().minus(15, ChronoUnit.DAYS);
        reported(order, "e2e-transit", SuiteApi.reportInTransit(order, "wh-" + order.orderId(), "e2e-transit",
                departed));
    }

    /** The buyer opens a dispute, once dispute-service has learned the shipment. */
    String open(Order order, String requestedSolution) {
        Http.Answer[] opened = new Http.Answer[1];
        await("dispute-service learns the shipment and takes the dispute").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    opened[0] = SuiteApi.openDispute(order, requestedSolution);
                    return opened[0].status() != 422;
                });
        assertThat(opened[0].status()).as(opened[0].body()).isEqualTo(201);
        String disputeId = opened[0].json().path("disputeId").asString();
        suite.acknowledged().disputeOpened(disputeId, order);
        return disputeId;
    }

    JsonNode awaitStatus(String disputeId, Order order, String status, Duration atMost) {
        return await("dispute " + disputeId + " is " + status).atMost(atMost).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> SuiteApi.dispute(disputeId, order.buyerToken()).json(),
                        dispute -> status.equals(dispute.path("status").asString()));
    }

    /** The story's dispute ended as it shows now; the suite crash at the end checks it reads back the same. */
    void settled(String disputeId, Order order, JsonNode dispute) {
        suite.acknowledged().disputeSettled(disputeId, order, dispute);
    }

    static JsonNode ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    static Instant now() {
        return SharedSuite.SUITE_CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
