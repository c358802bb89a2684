package org.disputesuite.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.disputesuite.local.e2e.StorySteps.now;
import static org.disputesuite.local.e2e.StorySteps.ok;

import java.time.Duration;
import java.time.Instant;

import org.disputesuite.local.e2e.SuiteApi.Order;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The two cases in which the platform drives the dispute: a parcel waiting at a pickup point, and a
 * delivery to an address that does not match the order's. Played through HTTP and signed webhooks
 * against the running all-in-one, with windows of seconds.
 */
@org.junit.jupiter.api.Order(1)
class PlatformCaseStoriesTests {

    private static final Duration RULED_WITHIN = Duration.ofSeconds(60);

    private static StorySteps steps;

    @BeforeAll
    static void startSuite() throws Exception {
        steps = new StorySteps(SharedSuite.get());
    }

    @Test
    void buyerWhoDoesNotCollectIsResponsible() {
        Order order = Order.fresh("NOTCOLLECTED", "seller-pickup", "buyer-pickup-1");
        String disputeId = atPickupPointThenOpened(order, now().plusSeconds(12));

        JsonNode waiting = steps.awaitStatus(disputeId, order, "AWAITING_BUYER_PICKUP", RULED_WITHIN);
        assertThat(waiting.path("case").asString()).isEqualTo("PICKUP");
        assertThat(SuiteApi.sellerResponds(disputeId, order, "{\"action\": \"ACCEPT\"}").status())
                .as("the platform is in charge: no seller answer").isEqualTo(409);
        JsonNode resolved = steps.awaitStatus(disputeId, order, "RESOLVED", RULED_WITHIN);

        assertRuling(resolved, "R2-NOT-COLLECTED", "RELEASE_TO_SELLER", "BUYER");
        await("the buyer was told where to collect, and asked to").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(() -> assertThat(SuiteApi.inboxKinds(order.buyerToken(), order))
                        .contains("ARRIVED_FOR_COLLECTION", "ACTION_REQUESTED", "DISPUTE_RESOLVED"));
        await("the seller learns of a dispute that has no deadline of theirs").atMost(Duration.ofSeconds(30))
                .ignoreExceptions().untilAsserted(() -> assertThat(SuiteApi.inboxKinds(order.sellerToken(), order))
                        .containsExactlyInAnyOrder("DISPUTE_OPENED", "DISPUTE_RESOLVED"));
        steps.settled(disputeId, order, resolved);
    }

    @Test
    void collectionInTimeReleasesTheMoneyWithNobodyAtFault() {
        Order order = Order.fresh("COLLECTED", "seller-pickup", "buyer-pickup-2");
        String disputeId = atPickupPointThenOpened(order, now().plusSeconds(40));
        steps.awaitStatus(disputeId, order, "AWAITING_BUYER_PICKUP", RULED_WITHIN);

        steps.reported(order, "e2e-collected", SuiteApi.reportCollected(order, "wh-collected-" + order.orderId(),
                "e2e-collected", now()));
        JsonNode resolved = steps.awaitStatus(disputeId, order, "RESOLVED", RULED_WITHIN);

        assertRuling(resolved, "R2-COLLECTED", "RELEASE_TO_SELLER", "NONE");
        steps.settled(disputeId, order, resolved);
    }

    @Test
    void certificateFiledInTimeMakesTheSellerResponsible() {
        Order order = Order.fresh("CERTIFIED", "seller-pickup", "buyer-pickup-3");
        String disputeId = atPickupPointThenOpened(order, now().plusSeconds(40));
        steps.awaitStatus(disputeId, order, "AWAITING_BUYER_PICKUP", RULED_WITHIN);

        ok(SuiteApi.addEvidence(disputeId, order.buyerToken(), """
                {"type": "PICKUP_CERTIFICATE", "description": "The kiosk was closed all week",
                 "documentRef": "cert-31"}"""));
        JsonNode resolved = steps.awaitStatus(disputeId, order, "RESOLVED", RULED_WITHIN);

        assertRuling(resolved, "R2-CERTIFIED", "REFUND_BUYER", "SELLER");
        assertThat(resolved.path("ruling").path("reasons").toString()).contains("cert-31");
        steps.settled(disputeId, order, resolved);
    }

    @Test
    void parcelReachingAPickupPointWhileTheSellersWindowRunsHandsTheDisputeToThePlatform() {
        Order order = Order.fresh("MIDWAY", "seller-pickup", "buyer-pickup-4");
        steps.register(order);
        steps.inTransit(order);
        String disputeId = steps.open(order, "REFUND");
        assertThat(SuiteApi.dispute(disputeId, order.buyerToken()).json().path("status").asString())
                .isEqualTo("AWAITING_SELLER_RESPONSE");

        steps.reported(order, "e2e-pickup", SuiteApi.reportAtPickupPoint(order, "wh-pickup-" + order.orderId(),
                "e2e-pickup", now(), now().plusSeconds(40)));
        JsonNode waiting = steps.awaitStatus(disputeId, order, "AWAITING_BUYER_PICKUP", RULED_WITHIN);

        assertThat(waiting.path("case").asString()).isEqualTo("PICKUP");
        await("only the buyer's pickup deadline stands").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(() -> assertThat(SuiteApi.dispute(disputeId, order.buyerToken()).json()
                        .path("deadlines").findValuesAsString("type")).containsExactly("BUYER_PICKUP"));
        steps.reported(order, "e2e-collected", SuiteApi.reportCollected(order, "wh-collected-" + order.orderId(),
                "e2e-collected", now()));
        JsonNode resolved = steps.awaitStatus(disputeId, order, "RESOLVED", RULED_WITHIN);
        assertRuling(resolved, "R2-COLLECTED", "RELEASE_TO_SELLER", "NONE");
        steps.settled(disputeId, order, resolved);
    }

    @Test
    void buyerConfirmsAnInconsistentDelivery() {
        Order order = Order.fresh("CONFIRMED", "seller-address", "buyer-address-1");
        String disputeId = deliveredElsewhereThenOpened(order);
        JsonNode asked = steps.awaitStatus(disputeId, order, "AWAITING_BUYER_CONFIRMATION", RULED_WITHIN);
        assertThat(asked.path("case").asString()).isEqualTo("INCONSISTENT_DELIVERY");

        JsonNode confirmed = ok(SuiteApi.buyerResponds(disputeId, order, "{\"action\": \"CONFIRM_RECEIVED\"}"));

        assertThat(confirmed.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(confirmed.path("resolution").path("resolvedBy").asString()).isEqualTo("BUYER_CONFIRMATION");
        assertThat(confirmed.path("ruling").isNull()).isTrue();
        steps.settled(disputeId, order, confirmed);
    }

    @Test
    void buyerSilentAfterAnInconsistentDeliveryIsResponsible() {
        Order order = Order.fresh("NOANSWER", "seller-address", "buyer-address-2");
        String disputeId = deliveredElsewhereThenOpened(order);

        JsonNode resolved = steps.awaitStatus(disputeId, order, "RESOLVED", RULED_WITHIN);

        assertRuling(resolved, "R3-NO-ANSWER", "RELEASE_TO_SELLER", "BUYER");
        steps.settled(disputeId, order, resolved);
    }

    @Test
    void receiptForTheShippingAddressReleasesTheMoneyToTheSeller() {
        Order order = Order.fresh("RECEIPT", "seller-address", "buyer-address-3");
        String disputeId = sellerAskedForAReceipt(order);

        ok(SuiteApi.addEvidence(disputeId, order.sellerToken(), """
                {"type": "DELIVERY_RECEIPT", "description": "Signed receipt", "documentRef": "receipt-12",
                 "address": {"line1": "C/ Mayor, 5", "city": "MADRID", "postalCode": "28013", "countryCode": "ES"}}"""));
        JsonNode resolved = steps.awaitStatus(disputeId, order, "RESOLVED", RULED_WITHIN);

        assertRuling(resolved, "R3-RECEIPT", "RELEASE_TO_SELLER", "BUYER");
        steps.settled(disputeId, order, resolved);
    }

    @Test
    void receiptForAnotherAddressDoesNotCount() {
        Order order = Order.fresh("WRONGRECEIPT", "seller-address", "buyer-address-4");
        String disputeId = sellerAskedForAReceipt(order);

        ok(SuiteApi.addEvidence(disputeId, order.sellerToken(), """
                {"type": "DELIVERY_RECEIPT", "documentRef": "receipt-13", "address": %s}"""
                .formatted(SuiteApi.OTHER_ADDRESS)));
        JsonNode resolved = steps.awaitStatus(disputeId, order, "RESOLVED", RULED_WITHIN);

        assertRuling(resolved, "R3-NO-RECEIPT", "REFUND_BUYER", "SELLER");
        steps.settled(disputeId, order, resolved);
    }

    /** The parcel waits at a pickup point ({@code collectBy} from the carrier), then the buyer opens a dispute. */
    private static String atPickupPointThenOpened(Order order, Instant collectBy) {
        steps.register(order);
        steps.inTransit(order);
        steps.reported(order, "e2e-pickup", SuiteApi.reportAtPickupPoint(order, "wh-pickup-" + order.orderId(),
                "e2e-pickup", now(), collectBy));
        return steps.open(order, "REFUND");
    }

    /** The carrier reports the parcel delivered at another house number, then the buyer opens a dispute. */
    private static String deliveredElsewhereThenOpened(Order order) {
        steps.register(order);
        steps.inTransit(order);
        steps.reported(order, "e2e-delivered", SuiteApi.reportDeliveredTo(order, "wh-delivered-" + order.orderId(),
                "e2e-delivered", now(), SuiteApi.OTHER_ADDRESS));
        await("the tracker checked the delivery address").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(() -> assertThat(SuiteApi.shipment(order, order.buyerToken()).json()
                        .path("addressCheck").path("result").asString()).isEqualTo("MISMATCH"));
        return steps.open(order, "REFUND");
    }

    /** After an inconsistent delivery the buyer says it was still not received, and the seller is asked for a receipt. */
    private static String sellerAskedForAReceipt(Order order) {
        String disputeId = deliveredElsewhereThenOpened(order);
        steps.awaitStatus(disputeId, order, "AWAITING_BUYER_CONFIRMATION", RULED_WITHIN);
        ok(SuiteApi.buyerResponds(disputeId, order, "{\"action\": \"STILL_NOT_RECEIVED\"}"));
        steps.awaitStatus(disputeId, order, "AWAITING_DELIVERY_RECEIPT", RULED_WITHIN);
        return disputeId;
    }

    private static void assertRuling(JsonNode dispute, String ruleId, String outcome, String responsible) {
        JsonNode ruling = dispute.path("ruling");
        assertThat(ruling.path("ruleId").asString()).as(dispute.toString()).isEqualTo(ruleId);
        assertThat(ruling.path("outcome").asString()).isEqualTo(outcome);
        assertThat(ruling.path("responsibleParty").asString()).isEqualTo(responsible);
        assertThat(ruling.path("reasons")).isNotEmpty();
        assertThat(dispute.path("resolution").path("resolvedBy").asString()).isEqualTo("RULING");
    }
}
