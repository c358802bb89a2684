package org.disputesuite.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;

/** The silent-seller story, played only through HTTP and signed webhooks. */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SilentSellerStoryTests {

    private static SharedSuite suite;
    private static final SuiteApi.Order ORDER = SuiteApi.Order.fresh("STORY", "seller-3", "buyer-17");
    private static String disputeId;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = SharedSuite.get();
    }

    @Test
    @Order(1)
    void sellerRegistersTheShipmentAndTheCarrierReportsItInTransit() {
        Http.Answer registered = SuiteApi.registerShipment(ORDER);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        suite.acknowledged().shipmentRegistered(ORDER);

        Instant departed = SharedSuite.SUITE_CLOCK.instant().truncatedTo(ChronoUnit.SECONDS).minus(15, ChronoUnit.DAYS);
        Http.Answer accepted = SuiteApi.reportInTransit(ORDER, "wh-" + ORDER.orderId(), "e2e-1", departed);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        suite.acknowledged().trackingEventAccepted(ORDER, "e2e-1");

        Http.Answer again = SuiteApi.reportInTransit(ORDER, "wh-" + ORDER.orderId(), "e2e-1", departed);
        assertThat(again.status()).as("the same webhook id again").isEqualTo(202);

        JsonNode tracked = SuiteApi.shipment(ORDER, ORDER.buyerToken()).json();
        assertThat(tracked.path("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(tracked.path("events")).hasSize(1);
    }

    @Test
    @Order(2)
    void buyerOpensADisputeAfterThePromisedDate() {
        Http.Answer[] opened = new Http.Answer[1];
        await("dispute-service learns the shipment from Kafka and takes the dispute")
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    opened[0] = SuiteApi.openDispute(ORDER);
                    return opened[0].status() != 422;
                });
        assertThat(opened[0].status()).as(opened[0].body()).isEqualTo(201);
        JsonNode dispute = opened[0].json();
        disputeId = dispute.path("disputeId").asString();
        suite.acknowledged().disputeOpened(disputeId, ORDER);
        assertThat(dispute.path("status").asString()).isEqualTo("AWAITING_SELLER_RESPONSE");

        Http.Answer second = SuiteApi.openDispute(ORDER);
        assertThat(second.status()).as("one dispute per order").isEqualTo(409);

        await("the platform sets the seller's deadline").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(() -> {
                    JsonNode current = SuiteApi.dispute(disputeId, ORDER.sellerToken()).json();
                    assertThat(current.path("case").asString()).isEqualTo("IN_TRANSIT");
                    assertThat(scheduledDeadlines(current)).containsExactly("SELLER_RESPONSE");
                });
    }

    @Test
    @Order(3)
    void platformRulesSellerSilentOnceTheWindowPasses() {
        await("R1-SELLER-SILENT is applied").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(SuiteApi.dispute(disputeId, ORDER.buyerToken()).json()
                        .path("status").asString()).isEqualTo("RESOLVED"));
        JsonNode dispute = SuiteApi.dispute(disputeId, SuiteApi.OPERATOR).json();
        JsonNode ruling = dispute.path("ruling");
        assertThat(ruling.path("ruleId").asString()).isEqualTo("R1-SELLER-SILENT");
        assertThat(ruling.path("outcome").asString()).isEqualTo("REFUND_BUYER");
        assertThat(ruling.path("responsibleParty").asString()).isEqualTo("SELLER");
        assertThat(ruling.path("reasons")).isNotEmpty();
        JsonNode resolution = dispute.path("resolution");
        assertThat(resolution.path("outcome").asString()).isEqualTo("REFUND_BUYER");
        assertThat(resolution.path("responsibleParty").asString()).isEqualTo("SELLER");
        assertThat(resolution.path("resolvedBy").asString()).isEqualTo("RULING");
        assertThat(dispute.path("deadlines")).isEmpty();

        await("ruling-service answers the ruling that took effect").atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .untilAsserted(() -> {
                    Http.Answer taken = SuiteApi.ruling(disputeId, ORDER.buyerToken());
                    assertThat(taken.status()).isEqualTo(200);
                    assertThat(taken.json().path("ruleId").asString()).isEqualTo("R1-SELLER-SILENT");
                    assertThat(taken.json().path("rulingId").asString()).isEqualTo(ruling.path("rulingId").asString());
                });
    }

    @Test
    @Order(4)
    void sellerWasToldOfTheDisputeAndBothOfTheResolution() {
        await("the inboxes hold the three messages").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(() -> {
                    assertThat(SuiteApi.inboxKinds(ORDER.sellerToken(), ORDER))
                            .containsExactlyInAnyOrder("DISPUTE_OPENED", "DISPUTE_RESOLVED");
                    assertThat(SuiteApi.inboxKinds(ORDER.buyerToken(), ORDER)).containsExactly("DISPUTE_RESOLVED");
                });
    }

    /** The deadlines the platform set, from the timeline (a short window may already have passed). */
    private static List<String> scheduledDeadlines(JsonNode dispute) {
        List<String> types = new ArrayList<>();
        dispute.path("timeline").forEach(entry -> {
            if ("DEADLINE_SCHEDULED".equals(entry.path("type").asString())) {
                types.add(entry.path("details").path("deadlineType").asString());
            }
        });
        return types;
    }
}
