package org.disputesuite.dispute.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.dispute.support.KafkaProgress.awaitRecords;
import static org.disputesuite.dispute.support.Records.header;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.dispute.support.Api;
import org.disputesuite.dispute.support.Api.Response;
import org.disputesuite.dispute.support.Order;
import org.disputesuite.dispute.support.ServiceUnderTest;
import org.disputesuite.platform.events.CloudEventHeaders;
import org.disputesuite.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/** The parties' conversation through HTTP, on a real Kafka broker and a real PostgreSQL database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ConversationTests {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceUnderTest.onKafkaAndPostgresql(registry, "dispute_conversation");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private Api api;
    private Order order;
    private String disputeId;

    @BeforeEach
    void openADispute() {
        api = new Api(port);
        order = Order.fresh(api, jdbc, clock);
        order.registerPromisedAgo(Duration.ofDays(2));
        disputeId = order.openDispute();
    }

    @Test
    void negotiationEndsInAnAgreementOnAPartialRefund() {
        JsonNode proposed = ok(seller("/seller-response", """
                {"action": "PROPOSE", "proposal": {"solution": "PARTIAL_REFUND", "amount": {"value": "10.00", "currency": "USD"}},
                 "evidence": [{"type": "COMMUNICATION", "description": "Offered on chat", "documentRef": "chat-1"}]}"""));
        assertThat(proposed.get("status").asString()).isEqualTo("NEGOTIATING");
        assertThat(proposed.get("proposals")).hasSize(1);
        assertThat(proposed.get("proposals").get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(proposed.get("evidence").get(0).get("from").asString()).isEqualTo("SELLER");
        assertThat(proposed.get("evidence").get(0).get("documentRef").asString()).isEqualTo("chat-1");

        ok(buyer("/messages", "{\"text\": \"Ten dollars is too little\"}"));
        ok(buyer("/buyer-response", "{\"action\": \"REJECT_PROPOSAL\"}"));
        ok(seller("/seller-response", """
                {"action": "PROPOSE", "proposal": {"solution": "PARTIAL_REFUND", "amount": {"value": "15.00", "currency": "USD"}}}"""));
        JsonNode agreed = ok(buyer("/buyer-response", "{\"action\": \"ACCEPT_PROPOSAL\"}"));

        assertThat(agreed.get("status").asString()).isEqualTo("RESOLVED");
        JsonNode resolution = agreed.get("resolution");
        assertThat(resolution.get("outcome").asString()).isEqualTo("REFUND_BUYER");
        assertThat(resolution.get("amount").get("value").asString()).isEqualTo("15.00");
        assertThat(resolution.get("responsibleParty").asString()).isEqualTo("NONE");
        assertThat(resolution.get("resolvedBy").asString()).isEqualTo("AGREEMENT");
        assertThat(agreed.get("ruling").isNull()).isTrue();
        assertThat(agreed.get("proposals").findValuesAsString("status")).containsExactly("REJECTED", "ACCEPTED");
        assertThat(agreed.get("messages")).hasSize(1);
        JsonNode message = agreed.get("messages").get(0);
        assertThat(message.get("from").asString()).isEqualTo("BUYER");
        assertThat(message.get("partyId").asString()).isEqualTo(order.buyerId);
        assertThat(message.get("text").asString()).isEqualTo("Ten dollars is too little");
        assertThat(agreed.get("timeline").findValuesAsString("type")).containsExactly("DISPUTE_OPENED",
                "EVIDENCE_ADDED", "SELLER_RESPONDED", "MESSAGE_POSTED", "PROPOSAL_ANSWERED", "SELLER_RESPONDED",
                "PROPOSAL_ANSWERED", "DISPUTE_RESOLVED");
        assertThat(agreed.get("timeline").findValuesAsString("actor")).containsExactly("BUYER", "SELLER", "SELLER",
                "BUYER", "BUYER", "SELLER", "BUYER", "BUYER");

        List<ConsumerRecord<String, String>> published = awaitRecords(DisputeTopics.EVENTS, order.id, 8);
        assertThat(published).extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactly(
                "dispute.opened.v1", "dispute.evidence-added.v1", "dispute.seller-responded.v1",
                "dispute.message-posted.v1", "dispute.proposal-answered.v1", "dispute.seller-responded.v1",
                "dispute.proposal-answered.v1", "dispute.resolved.v1");
    }

    @Test
    void refusesEveryActionAfterResolutionWithTheReason() {
        ok(buyer("/buyer-response", "{\"action\": \"CONFIRM_RECEIVED\"}"));

        Response message = buyer("/messages", "{\"text\": \"One more thing\"}");
        Response answer = seller("/seller-response", "{\"action\": \"ACCEPT\"}");

        for (Response refused : List.of(message, answer, buyer("/escalation", ""),
                seller("/evidence", "{\"evidence\": [{\"type\": \"OTHER\", \"description\": \"late\"}]}"))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asString())
                    .isEqualTo("Dispute " + disputeId + " is RESOLVED: it takes no further action");
        }
        JsonNode dispute = api.get("/api/v1/disputes/" + disputeId, order.buyer()).json();
        assertThat(dispute.get("resolution").get("resolvedBy").asString()).isEqualTo("BUYER_CONFIRMATION");
        assertThat(dispute.get("resolution").get("outcome").asString()).isEqualTo("RELEASE_TO_SELLER");
        assertThat(dispute.get("messages")).isEmpty();
    }

    @Test
    void buyerWithdraws() {
        JsonNode withdrawn = ok(buyer("/buyer-response", "{\"action\": \"WITHDRAW\"}"));

        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("resolution").get("resolvedBy").asString()).isEqualTo("WITHDRAWAL");
        assertThat(withdrawn.get("resolution").get("responsibleParty").asString()).isEqualTo("NONE");
        assertThat(withdrawn.get("timeline").findValuesAsString("type")).endsWith("DISPUTE_WITHDRAWN");
    }

    @Test
    void refusesAnotherPartysDisputeAndTheWrongRole() {
        String stranger = TestTokens.bearer("seller-someone-else", "SELLER");
        Response foreign = api.post(path("/seller-response"), stranger, "{\"action\": \"ACCEPT\"}");
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(403);

        Response buyerAsSeller = api.post(path("/seller-response"), order.buyer(), "{\"action\": \"ACCEPT\"}");
        assertThat(buyerAsSeller.status()).as("a buyer may never answer as a seller").isEqualTo(403);

        Response missing = api.post("/api/v1/disputes/no-such-dispute/messages", order.buyer(), "{\"text\": \"hi\"}");
        assertThat(missing.status()).isEqualTo(404);

        Response anonymous = api.post(path("/messages"), null, "{\"text\": \"hi\"}");
        assertThat(anonymous.status()).isEqualTo(401);

        assertThat(api.get("/api/v1/disputes/" + disputeId, order.buyer()).json().get("status").asString())
                .isEqualTo("AWAITING_SELLER_RESPONSE");
    }

    @Test
    void namesTheFieldOfInvalidInputAndChangesNothing() {
        Response missingRef = seller("/seller-response", """
                {"action": "REJECT", "evidence": [{"type": "OTHER"},
                  {"type": "CUSTOMER_DELAY", "delayUntil": "2030-01-01T00:00:00Z"}]}""");
        assertThat(missingRef.status()).as(missingRef.toString()).isEqualTo(400);
        assertThat(fields(missingRef)).containsExactly("evidence[1].documentRef");

        Response noAmount = seller("/seller-response", "{\"action\": \"PROPOSE\", \"proposal\": {\"solution\": \"PARTIAL_REFUND\"}}");
        assertThat(fields(noAmount)).containsExactly("proposal.amount");

        Response zero = seller("/seller-response", """
                {"action": "PROPOSE", "proposal": {"solution": "PARTIAL_REFUND", "amount": {"value": "0.00", "currency": "USD"}}}""");
        assertThat(fields(zero)).containsExactly("proposal.amount.value");

        Response noProposal = seller("/seller-response", "{\"action\": \"PROPOSE\"}");
        assertThat(fields(noProposal)).containsExactly("proposal");

        Response unknownAction = buyer("/buyer-response", "{\"action\": \"SHRUG\"}");
        assertThat(unknownAction.status()).isEqualTo(400);

        Response blank = buyer("/messages", "{\"text\": \"  \"}");
        assertThat(fields(blank)).containsExactly("text");

        JsonNode dispute = api.get("/api/v1/disputes/" + disputeId, order.buyer()).json();
        assertThat(dispute.get("version").asLong()).isZero();
    }

    @Test
    void refusesWhatThePolicyForbidsWithTheReason() {
        Response tooMuch = seller("/seller-response", """
                {"action": "PROPOSE", "proposal": {"solution": "PARTIAL_REFUND", "amount": {"value": "30.00", "currency": "USD"}}}""");
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
        assertThat(tooMuch.json().get("detail").asString()).contains("more than the order's amount of 23.90 USD");

        Response otherCurrency = seller("/seller-response", """
                {"action": "PROPOSE", "proposal": {"solution": "PARTIAL_REFUND", "amount": {"value": "5.00", "currency": "EUR"}}}""");
        assertThat(otherCurrency.status()).isEqualTo(422);

        Response pastDelay = seller("/seller-response", """
                {"action": "REJECT", "evidence": [{"type": "CUSTOMER_DELAY", "documentRef": "v-1",
                  "delayUntil": "%s"}]}""".formatted(clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(pastDelay.status()).as(pastDelay.toString()).isEqualTo(422);

        Response early = buyer("/escalation", "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("The seller can still answer");

        JsonNode waiting = ok(seller("/seller-response", """
                {"action": "REJECT", "evidence": [{"type": "CUSTOMER_DELAY", "documentRef": "v-1",
                  "delayUntil": "%s"}]}""".formatted(clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS))));
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING_CUSTOMER_DELAY");
        Response secondAnswer = seller("/seller-response", "{\"action\": \"ACCEPT\"}");
        assertThat(secondAnswer.status()).isEqualTo(409);
        assertThat(ok(buyer("/evidence", "{\"evidence\": [{\"type\": \"COMMUNICATION\", \"documentRef\": \"mail-2\"}]}"))
                .get("evidence")).hasSize(2);
    }

    @Test
    void eitherPartyEscalatesWhileNegotiating() {
        ok(seller("/seller-response", "{\"action\": \"REJECT\"}"));

        JsonNode escalated = ok(buyer("/escalation", ""));

        assertThat(escalated.get("status").asString()).isEqualTo("UNDER_PLATFORM_REVIEW");
        JsonNode entry = escalated.get("timeline").get(escalated.get("timeline").size() - 1);
        assertThat(entry.get("type").asString()).isEqualTo("DISPUTE_ESCALATED");
        assertThat(entry.get("actor").asString()).isEqualTo("BUYER");
        assertThat(seller("/escalation", "").status()).as("already under review").isEqualTo(409);
    }

    private Response seller(String action, String body) {
        return api.post(path(action), order.seller(), body);
    }

    private Response buyer(String action, String body) {
        return api.post(path(action), order.buyer(), body);
    }

    private String path(String action) {
        return "/api/v1/disputes/" + disputeId + action;
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> fields(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        return response.json().get("errors").findValuesAsString("field");
    }
}
