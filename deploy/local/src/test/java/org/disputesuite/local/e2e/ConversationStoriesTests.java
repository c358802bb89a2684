package org.disputesuite.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.disputesuite.local.e2e.StorySteps.ok;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.disputesuite.local.e2e.SuiteApi.Order;
import org.disputesuite.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * What buyers and sellers do between opening and ruling, played only through HTTP and signed
 * webhooks against the running all-in-one: each story is an order of its own.
 */
@org.junit.jupiter.api.Order(1)
class ConversationStoriesTests {

    private static SharedSuite suite;
    private static StorySteps steps;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = SharedSuite.get();
        steps = new StorySteps(suite);
    }

    @Test
    void negotiationEndsInAnAgreementWithoutARuling() {
        Order order = Order.fresh("AGREE", "seller-agree", "buyer-agree");
        String disputeId = openedInTransit(order, "REFUND");

        ok(SuiteApi.sellerResponds(disputeId, order, """
                {"action": "PROPOSE", "proposal": {"solution": "PARTIAL_REFUND",
                 "amount": {"value": "10.00", "currency": "USD"}}}"""));
        ok(SuiteApi.buyerResponds(disputeId, order, "{\"action\": \"REJECT_PROPOSAL\"}"));
        ok(SuiteApi.postMessage(disputeId, order.buyerToken(), "I would rather have it sent again"));
        ok(SuiteApi.sellerResponds(disputeId, order, "{\"action\": \"PROPOSE\", \"proposal\": {\"solution\": \"RESEND\"}}"));
        JsonNode agreed = ok(SuiteApi.buyerResponds(disputeId, order, "{\"action\": \"ACCEPT_PROPOSAL\"}"));

        assertThat(agreed.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(agreed.path("resolution").path("outcome").asString()).isEqualTo("RESEND");
        assertThat(agreed.path("resolution").path("resolvedBy").asString()).isEqualTo("AGREEMENT");
        assertThat(agreed.path("resolution").path("responsibleParty").asString()).isEqualTo("NONE");
        assertThat(agreed.path("messages").path(0).path("text").asString())
                .isEqualTo("I would rather have it sent again");

        Http.Answer refused = SuiteApi.postMessage(disputeId, order.sellerToken(), "Shipped again today");
        assertThat(refused.status()).as("after resolution every action is refused").isEqualTo(409);
        assertThat(refused.json().path("detail").asString()).contains("RESOLVED");

        await("both parties are told, each of what concerns them").atMost(Duration.ofSeconds(30))
                .ignoreExceptions().untilAsserted(() -> {
                    assertThat(SuiteApi.inboxKinds(order.buyerToken(), order)).containsExactlyInAnyOrder(
                            "PROPOSAL_MADE", "PROPOSAL_MADE", "DISPUTE_RESOLVED");
                    assertThat(SuiteApi.inboxKinds(order.sellerToken(), order)).containsExactlyInAnyOrder(
                            "DISPUTE_OPENED", "PROPOSAL_ANSWERED", "MESSAGE_POSTED", "PROPOSAL_ANSWERED",
                            "DISPUTE_RESOLVED");
                });
        await("the seller's window would have passed by now").pollDelay(SharedSuite.SELLER_RESPONSE_WINDOW)
                .atMost(SharedSuite.SELLER_RESPONSE_WINDOW.plusSeconds(5)).until(() -> true);
        assertThat(SuiteApi.ruling(disputeId, order.buyerToken()).status()).as("no ruling took effect").isEqualTo(404);
        suite.acknowledged().disputeSettled(disputeId, order, SuiteApi.dispute(disputeId, order.buyerToken()).json());
    }

    @Test
    void sellerSilentOnAResendRequestMustResend() {
        Order order = Order.fresh("RESEND", "seller-resend", "buyer-resend");
        String disputeId = openedInTransit(order, "RESEND");

        JsonNode resolved = steps.awaitStatus(disputeId, order, "RESOLVED", Duration.ofSeconds(60));

        assertThat(resolved.path("ruling").path("ruleId").asString()).isEqualTo("R1-SELLER-SILENT");
        assertThat(resolved.path("ruling").path("outcome").asString()).isEqualTo("RESEND");
        assertThat(resolved.path("ruling").path("responsibleParty").asString()).isEqualTo("SELLER");
        assertThat(resolved.path("resolution").path("outcome").asString()).isEqualTo("RESEND");
    }

    @Test
    void buyerWithdrawsAndNothingMoreCanHappen() {
        Order order = Order.fresh("WITHDRAW", "seller-withdraw", "buyer-withdraw");
        String disputeId = openedInTransit(order, "REFUND");

        JsonNode withdrawn = ok(SuiteApi.buyerResponds(disputeId, order, "{\"action\": \"WITHDRAW\"}"));

        assertThat(withdrawn.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.path("resolution").path("resolvedBy").asString()).isEqualTo("WITHDRAWAL");
        assertThat(withdrawn.path("resolution").path("outcome").asString()).isEqualTo("RELEASE_TO_SELLER");
        for (Http.Answer refused : List.of(SuiteApi.sellerResponds(disputeId, order, "{\"action\": \"ACCEPT\"}"),
                SuiteApi.buyerResponds(disputeId, order, "{\"action\": \"CONFIRM_RECEIVED\"}"),
                SuiteApi.escalate(disputeId, order.buyerToken()),
                SuiteApi.postMessage(disputeId, order.buyerToken(), "Sorry"))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        }
        await("the seller's window passes without a ruling").pollDelay(SharedSuite.SELLER_RESPONSE_WINDOW)
                .atMost(SharedSuite.SELLER_RESPONSE_WINDOW.plusSeconds(5)).until(() -> true);
        JsonNode later = SuiteApi.dispute(disputeId, order.buyerToken()).json();
        assertThat(later.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(later.path("ruling").isNull()).isTrue();
        suite.acknowledged().disputeSettled(disputeId, order, later);
    }

    @Test
    void customerCausedDelayThenDeliveryReleasesTheMoneyToTheSeller() {
        Order order = Order.fresh("DELAY", "seller-delay", "buyer-delay");
        String disputeId = openedInTransit(order, "REFUND");
        Instant delayUntil = SharedSuite.SUITE_CLOCK.instant().plusSeconds(15).truncatedTo(ChronoUnit.SECONDS);

        JsonNode waiting = ok(SuiteApi.sellerResponds(disputeId, order, """
                {"action": "REJECT", "evidence": [{"type": "CUSTOMER_DELAY", "description": "The buyer asked us to hold it",
                 "documentRef": "voucher-77", "delayUntil": "%s"}]}""".formatted(delayUntil)));
        assertThat(waiting.path("status").asString()).isEqualTo("WAITING_CUSTOMER_DELAY");
        await("the platform waits until the buyer's date").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(() -> assertThat(SuiteApi.dispute(disputeId, order.buyerToken()).json()
                        .path("deadlines").findValuesAsString("type")).containsExactly("CUSTOMER_DELAY"));
        Http.Answer delivered = SuiteApi.reportDelivered(order, "wh-delivered-" + order.orderId(), "e2e-delivered",
                SharedSuite.SUITE_CLOCK.instant().truncatedTo(ChronoUnit.SECONDS));
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(202);
        suite.acknowledged().trackingEventAccepted(order, "e2e-delivered");

        JsonNode resolved = steps.awaitStatus(disputeId, order, "RESOLVED", Duration.ofSeconds(60));

        JsonNode ruling = resolved.path("ruling");
        assertThat(ruling.path("ruleId").asString()).isEqualTo("R1-CUSTOMER-DELAY");
        assertThat(ruling.path("outcome").asString()).isEqualTo("RELEASE_TO_SELLER");
        assertThat(ruling.path("responsibleParty").asString()).isEqualTo("BUYER");
        assertThat(Instant.parse(ruling.path("issuedAt").asString())).isAfterOrEqualTo(delayUntil);
        suite.acknowledged().disputeSettled(disputeId, order, resolved);
    }

    @Test
    void proofOfDeliveryThenEscalationReleasesTheMoneyToTheSeller() {
        Order order = Order.fresh("PROOF", "seller-proof", "buyer-proof");
        String disputeId = openedInTransit(order, "REFUND");

        ok(SuiteApi.sellerResponds(disputeId, order, """
                {"action": "REJECT", "evidence": [{"type": "PROOF_OF_DELIVERY", "description": "Signed for at the door",
                 "documentRef": "pod-5531", "address": %s}]}""".formatted(SuiteApi.ADDRESS)));
        JsonNode escalated = ok(SuiteApi.escalate(disputeId, order.buyerToken()));
        assertThat(escalated.path("status").asString()).isEqualTo("UNDER_PLATFORM_REVIEW");

        JsonNode resolved = steps.awaitStatus(disputeId, order, "RESOLVED", Duration.ofSeconds(30));

        JsonNode ruling = resolved.path("ruling");
        assertThat(ruling.path("ruleId").asString()).isEqualTo("R1-PROOF-OF-DELIVERY");
        assertThat(ruling.path("outcome").asString()).isEqualTo("RELEASE_TO_SELLER");
        assertThat(ruling.path("responsibleParty").asString()).isEqualTo("BUYER");
        assertThat(ruling.path("reasons").toString()).as("the reasons name the evidence used").contains("pod-5531");
        assertThat(ruling.path("factEventIds")).isNotEmpty();
        assertThat(ruling.path("policyVersion").asString()).isNotBlank();
        await("both parties learn of the escalation and the ruling").atMost(Duration.ofSeconds(30))
                .ignoreExceptions().untilAsserted(() -> assertThat(SuiteApi.inboxKinds(order.buyerToken(), order))
                        .contains("SELLER_RESPONDED", "DISPUTE_ESCALATED", "DISPUTE_RESOLVED"));
        suite.acknowledged().disputeSettled(disputeId, order, resolved);
    }

    @Test
    void anotherPartysDisputeIsRefused() {
        Order order = Order.fresh("FOREIGN", "seller-foreign", "buyer-foreign");
        String disputeId = openedInTransit(order, "REFUND");
        String otherSeller = TestTokens.token("seller-someone-else", "SELLER");
        String otherBuyer = TestTokens.token("buyer-someone-else", "BUYER");

        assertThat(Http.post(SuiteApi.DISPUTES + "/api/v1/disputes/" + disputeId + "/seller-response", otherSeller,
                "{\"action\": \"ACCEPT\"}").status()).isEqualTo(403);
        assertThat(SuiteApi.postMessage(disputeId, otherBuyer, "Hello").status()).isEqualTo(403);
        assertThat(SuiteApi.dispute(disputeId, otherBuyer).status()).isEqualTo(403);
        assertThat(SuiteApi.dispute(disputeId, order.buyerToken()).json().path("messages")).isEmpty();
    }

    /** The seller registers the order, the carrier reports it in transit, and the buyer opens a dispute. */
    private static String openedInTransit(Order order, String requestedSolution) {
        steps.register(order);
        steps.inTransit(order);
        return steps.open(order, requestedSolution);
    }
}
