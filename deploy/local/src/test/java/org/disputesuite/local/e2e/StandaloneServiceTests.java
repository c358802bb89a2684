package org.disputesuite.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disputesuite.local.RunningJar;
import org.disputesuite.platform.testing.TestDatabase;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A service started alone from its own jar, as production runs it: against an external Kafka
 * broker and PostgreSQL, configured only by environment variables.
 */
class StandaloneServiceTests {

    /** The suite under test runs on this machine's clock: timestamps and webhook signatures must agree with it. */
    private static final Clock SUITE_CLOCK = Clock.systemUTC();

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    @Test
    void trackerRunsAloneAgainstKafkaAndPostgresql() throws Exception {
        int port = RunningJar.freePort();
        int managementPort = RunningJar.freePort();
        Map<String, String> env = productionEnvironment(port, managementPort);
        env.put("SUITE_JWT_SECRET", TestTokens.SECRET);

        try (RunningJar tracker = RunningJar.start(serviceJar("logistics-tracker"), env,
                Files.createTempDirectory("tracker-alone"), Path.of("target/e2e-logs/tracker-alone.log"))) {
            assertThat(tracker.awaitLine("Started", START_TIMEOUT)).as(tracker.output()).isTrue();
            String base = "http://127.0.0.1:" + port;
            String management = "http://127.0.0.1:" + managementPort;
            awaitReady(management);

            assertThat(Http.get(management + "/actuator/health/liveness", null).status()).isEqualTo(200);
            Http.Answer metrics = Http.get(management + "/actuator/prometheus", null);
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.body()).contains("application=\"logistics-tracker\"");

            String orderId = "ORD-ALONE-" + UUID.randomUUID().toString().substring(0, 8);
            Instant now = SUITE_CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
            String shipment = """
                    {"orderId": "%s", "trackingNumber": "TN-%s", "carrier": "generic",
                     "sellerId": "seller-9", "buyerId": "buyer-9",
                     "destination": {"name": "Jo", "line1": "1 High Street", "city": "Leeds",
                                     "postalCode": "LS1 1AA", "countryCode": "GB"},
                     "shippedAt": "%s", "promisedDeliveryBy": "%s",
                     "amount": {"value": "10.00", "currency": "GBP"}}
                    """.formatted(orderId, orderId, now.minus(3, ChronoUnit.DAYS), now.plus(5, ChronoUnit.DAYS));
            assertThat(Http.post(base + "/api/v1/shipments", null, shipment).status()).isEqualTo(401);
            Http.Answer created = Http.post(base + "/api/v1/shipments", TestTokens.token("seller-9", "SELLER"), shipment);
            assertThat(created.status()).as(created.body()).isEqualTo(201);

            List<ConsumerRecord<String, String>> published =
                    TestKafka.recordsFor("logistics.tracking.v1", orderId, Duration.ofSeconds(10));
            assertThat(published).hasSize(1);
            assertThat(new String(published.get(0).headers().lastHeader("ce_type").value()))
                    .isEqualTo("shipment.registered.v1");
        }
    }

    @Test
    void serviceWithoutAWayToCheckTokensRefusesToStart() throws Exception {
        Map<String, String> env = productionEnvironment(RunningJar.freePort(), RunningJar.freePort());
        try (RunningJar dispute = RunningJar.start(serviceJar("dispute-service"), env,
                Files.createTempDirectory("dispute-alone"), Path.of("target/e2e-logs/dispute-no-secret.log"))) {
            Integer exit = dispute.awaitExit(START_TIMEOUT);
            assertThat(exit).as("exit code; output:%n%s", dispute.output()).isNotNull().isNotZero();
            assertThat(dispute.output()).contains("SUITE_JWT_SECRET");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dispute-service", "ruling-service"})
    void serviceWithAnInvalidPolicyWindowRefusesToStartNamingTheSetting(String service) throws Exception {
        Map<String, String> env = productionEnvironment(RunningJar.freePort(), RunningJar.freePort());
        env.put("SUITE_JWT_SECRET", TestTokens.SECRET);
        env.put("SUITE_POLICY_SELLER_RESPONSE_WINDOW", "-PT5M");
        try (RunningJar running = RunningJar.start(serviceJar(service), env,
                Files.createTempDirectory(service + "-bad-policy"),
                Path.of("target/e2e-logs/" + service + "-bad-policy.log"))) {
            Integer exit = running.awaitExit(START_TIMEOUT);
            assertThat(exit).as("exit code; output:%n%s", running.output()).isNotNull().isNotZero();
            assertThat(running.output()).contains("suite.policy.seller-response-window must be a positive duration");
        }
    }

    /**
     * Kafka refuses this member id only once Kafka Streams has started threads of its own, which
     * would keep a JVM alive that is neither ready nor gone, and so never restarted.
     */
    @Test
    void serviceWhoseStartFailsExitsEvenWhenKafkaThreadsAreRunning() throws Exception {
        Map<String, String> env = productionEnvironment(RunningJar.freePort(), RunningJar.freePort());
        env.put("SUITE_JWT_SECRET", TestTokens.SECRET);
        env.put("SUITE_INSTANCE_ID", "ruling service with spaces");
        try (RunningJar ruling = RunningJar.start(serviceJar("ruling-service"), env,
                Files.createTempDirectory("ruling-alone"), Path.of("target/e2e-logs/ruling-bad-instance.log"))) {
            Integer exit = ruling.awaitExit(START_TIMEOUT);
            assertThat(exit).as("exit code; output:%n%s", ruling.output()).isNotNull().isEqualTo(1);
            assertThat(ruling.output()).contains("Group instance id is invalid");
        }
    }

    private static Map<String, String> productionEnvironment(int port, int managementPort) {
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers());
        env.put("SPRING_DATASOURCE_URL", TestDatabase.create("standalone"));
        env.put("SPRING_DATASOURCE_USERNAME", TestDatabase.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", TestDatabase.PASSWORD);
        env.put("SUITE_CARRIERS_GENERIC_SECRET", "whsec-standalone-secret");
        env.put("SUITE_JWT_SECRET", null);
        env.put("SUITE_JWT_JWKS_URI", null);
        return env;
    }

    private static Path serviceJar(String service) {
        return Path.of(System.getProperty("services.dir"), service + ".jar");
    }

    private static void awaitReady(String management) {
        await("readiness of " + management).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250))
                .until(() -> Http.get(management + "/actuator/health/readiness", null).status() == 200);
    }
}
