package org.disputesuite.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.disputesuite.dispute.support.KafkaProgress.awaitConsumed;
import static org.disputesuite.dispute.support.KafkaProgress.records;
import static org.disputesuite.dispute.support.Records.header;
import static org.disputesuite.dispute.support.Records.newId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.domain.DisputeId;
import org.disputesuite.dispute.domain.OpenDispute;
import org.disputesuite.dispute.support.Api.Response;
import org.disputesuite.dispute.support.Api;
import org.disputesuite.dispute.support.PublisherProgress;
import org.disputesuite.dispute.support.Records;
import org.disputesuite.platform.events.CloudEventHeaders;
import org.disputesuite.platform.testing.TestDatabase;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.disputesuite.tracking.api.TrackingTopics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What survives a restart. Three lives of the service on one PostgreSQL database: the first learns
 * the shipments from Kafka; the second opens a dispute while Kafka is unreachable; the third runs
 * with Kafka back.
 */
class DurabilityTests {

    private static final String UNREACHABLE_KAFKA = "127.0.0.1:1";
    private static final String DATABASE = TestDatabase.create("dispute_durability");

    private static final String ORDER_OPENED_OFFLINE = "ORD-OFFLINE-" + newId();
    private static final String ORDER_TRACKED = "ORD-TRACKED-" + newId();
    private static final String BUYER = "buyer-" + newId();
    private static final String SELLER = "seller-" + newId();
    private static final String TRACKING_EVENT_ID = newId();

    private static ConfigurableApplicationContext withKafkaBack;

    @BeforeAll
    static void threeLives() {
        try (ConfigurableApplicationContext first = start(TestKafka.bootstrapServers())) {
            Instant promised = Instant.now().minus(Duration.ofDays(2));
            TestKafka.send(Records.registered(newId(), ORDER_OPENED_OFFLINE, BUYER, SELLER, promised));
            TestKafka.send(Records.registered(newId(), ORDER_TRACKED, BUYER, SELLER, promised));
            TestKafka.send(Records.tracked(TRACKING_EVENT_ID, ORDER_TRACKED, ShipmentStatus.IN_TRANSIT,
                    Instant.now()));
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from known_shipments where order_id in (?, ?) and (order_id = ? or status = ?)",
                    Integer.class, ORDER_OPENED_OFFLINE, ORDER_TRACKED, ORDER_OPENED_OFFLINE, "IN_TRANSIT") == 2);
        }
        try (ConfigurableApplicationContext offline = start(UNREACHABLE_KAFKA,
                "--spring.kafka.listener.auto-startup=false",
                "--spring.kafka.admin.auto-create=false",
                "--spring.kafka.producer.properties.max.block.ms=1000",
                "--suite.kafka.publish-timeout-ms=1000")) {
            Response opened = new Api(port(offline)).post("/api/v1/disputes", TestTokens.bearer(BUYER, "BUYER"),
                    Api.openBody(ORDER_OPENED_OFFLINE, "REFUND"));
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
            awaitPublicationFailures(offline, 1);
        }
        assertThat(records(DisputeTopics.EVENTS, ORDER_OPENED_OFFLINE)).isEmpty();
        withKafkaBack = start(TestKafka.bootstrapServers(),
                "--spring.kafka.producer.properties.request.timeout.ms=1000",
                "--spring.kafka.producer.properties.delivery.timeout.ms=3000");
    }

    @AfterAll
    static void stop() {
        if (withKafkaBack != null) {
            withKafkaBack.close();
        }
    }

    @Test
    void publishesAnEventStoredWhileKafkaWasUnreachableExactlyOnceWhenItIsBack() {
        String disputeId = DisputeId.forOrder(ORDER_OPENED_OFFLINE);

        PublisherProgress.awaitPublished(withKafkaBack, disputeId);

        assertThat(records(DisputeTopics.EVENTS, ORDER_OPENED_OFFLINE))
                .extracting(r -> header(r, CloudEventHeaders.TYPE), r -> header(r, CloudEventHeaders.SUBJECT))
                .containsExactly(tuple("dispute.opened.v1", disputeId));
    }

    @Test
    void remembersTheTrackingEventsItProcessedAcrossARestart() {
        JdbcTemplate jdbc = withKafkaBack.getBean(JdbcTemplate.class);
        TestKafka.send(Records.tracked(TRACKING_EVENT_ID, ORDER_TRACKED, ShipmentStatus.DELIVERED, Instant.now()));
        TestKafka.send(Records.registered(newId(), ORDER_TRACKED, BUYER, SELLER,
                Instant.now().minus(Duration.ofDays(2)), "LP-CORRECTED"));

        await().atMost(Duration.ofSeconds(30)).until(() -> "LP-CORRECTED".equals(jdbc.queryForObject(
                "select tracking_number from known_shipments where order_id = ?", String.class, ORDER_TRACKED)));
        awaitConsumed(TrackingTopics.TRACKING);

        assertThat(jdbc.queryForObject("select status from known_shipments where order_id = ?", String.class,
                ORDER_TRACKED)).isEqualTo("IN_TRANSIT");
    }

    @Test
    void retriesPublicationWhileKafkaRefusesItAndPublishesOnceWhenKafkaAcceptsItAgain() throws Exception {
        String orderId = "ORD-REFUSED-" + newId();
        String disputeId = DisputeId.forOrder(orderId);
        Instant now = Instant.now();
        double failuresBefore = publicationFailures(withKafkaBack);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers()))) {
            refuseWrites(admin, true);
            try {
                awaitWritesRefused();
                withKafkaBack.getBean(CommandGateway.class).sendAndWait(new OpenDispute(disputeId,
                        orderId, BUYER, SELLER, DisputeReason.NOT_RECEIVED, RequestedSolution.REFUND, null,
                        Records.AMOUNT, now.minus(Duration.ofDays(1)), DisputeCase.IN_TRANSIT, now));
                awaitPublicationFailures(withKafkaBack, failuresBefore + 1);
            } finally {
                refuseWrites(admin, false);
            }
        }

        PublisherProgress.awaitPublished(withKafkaBack, disputeId);
        assertThat(records(DisputeTopics.EVENTS, orderId)).hasSize(1);
    }

    /** The publisher counts each batch Kafka did not acknowledge: it tried, and will try again. */
    private static void awaitPublicationFailures(ConfigurableApplicationContext context, double atLeast) {
        await().atMost(Duration.ofSeconds(30)).until(() -> publicationFailures(context) >= atLeast);
    }

    private static double publicationFailures(ConfigurableApplicationContext context) {
        Counter failures = context.getBean(MeterRegistry.class).find("disputes.events.publication.failures").counter();
        return failures == null ? 0 : failures.count();
    }

    /** Topic configuration reaches the broker asynchronously: wait until a write is actually refused. */
    private static void awaitWritesRefused() {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (KafkaProducer<String, String> probe = TestKafka.producer()) {
                probe.send(new ProducerRecord<>(DisputeTopics.EVENTS, "probe-" + newId(), "x".repeat(200))).get();
                return false;
            } catch (ExecutionException e) {
                return true;
            }
        });
    }

    /** While refused, the topic takes no record bigger than a few bytes: every real event is refused. */
    private static void refuseWrites(Admin admin, boolean refuse) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, DisputeTopics.EVENTS);
        AlterConfigOp change = refuse
                ? new AlterConfigOp(new ConfigEntry("max.message.bytes", "64"), AlterConfigOp.OpType.SET)
                : new AlterConfigOp(new ConfigEntry("max.message.bytes", ""), AlterConfigOp.OpType.DELETE);
        admin.incrementalAlterConfigs(Map.of(topic, List.of(change))).all().get();
    }

    private static ConfigurableApplicationContext start(String kafka, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--spring.datasource.url=" + DATABASE,
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--suite.jwt.secret=" + TestTokens.SECRET,
                "--server.port=0",
                "--management.server.port=-1"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(DisputeServiceApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
