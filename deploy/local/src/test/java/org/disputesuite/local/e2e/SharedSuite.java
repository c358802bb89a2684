package org.disputesuite.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.disputesuite.local.RunningJar;
import org.disputesuite.local.SuiteLauncher;
import org.disputesuite.platform.testing.TestTokens;

/**
 * The all-in-one as shipped, started once for every end-to-end story of the run (a start takes
 * most of a minute on two cores), with short windows so that stories play in seconds. The stories
 * record what the suite acknowledged in {@link #acknowledged()}; the last one crashes the whole
 * suite and checks all of it again.
 */
final class SharedSuite {

    /** The suite runs on this machine's clock: timestamps and webhook signatures must agree with it. */
    static final Clock SUITE_CLOCK = Clock.systemUTC();

    static final String CARRIER_SECRET = "whsec-e2e-generic-carrier-secret";
    static final Duration SELLER_RESPONSE_WINDOW = Duration.ofSeconds(8);
    static final Duration PICKUP_WINDOW = Duration.ofSeconds(15);
    static final Duration BUYER_CONFIRMATION_WINDOW = Duration.ofSeconds(10);
    static final Duration DELIVERY_RECEIPT_WINDOW = Duration.ofSeconds(10);
    /** The tracker looks for delayed shipments this often (a minute by default). */
    static final Duration DELAY_SCAN_INTERVAL = Duration.ofSeconds(1);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private static SharedSuite instance;

    private final Path dataDir;
    private final Map<String, String> env = new HashMap<>();
    private final AcknowledgedWrites acknowledged = new AcknowledgedWrites();
    private RunningJar jar;
    private int starts;

    private SharedSuite(Path dataDir) {
        this.dataDir = dataDir;
        env.put("SUITE_DATA_DIR", dataDir.toString());
        env.put("SUITE_KAFKA_PORT", String.valueOf(RunningJar.freePort()));
        env.put("SUITE_KAFKA_CONTROLLER_PORT", String.valueOf(RunningJar.freePort()));
        env.put("SUITE_JWT_SECRET", TestTokens.SECRET);
        env.put("SUITE_CARRIERS_GENERIC_SECRET", "an-old-rotated-secret-of-the-carrier," + CARRIER_SECRET);
        env.put("SUITE_POLICY_SELLER_RESPONSE_WINDOW", SELLER_RESPONSE_WINDOW.toString());
        env.put("SUITE_POLICY_PICKUP_WINDOW", PICKUP_WINDOW.toString());
        env.put("SUITE_POLICY_BUYER_CONFIRMATION_WINDOW", BUYER_CONFIRMATION_WINDOW.toString());
        env.put("SUITE_POLICY_DELIVERY_RECEIPT_WINDOW", DELIVERY_RECEIPT_WINDOW.toString());
        env.put("SUITE_TRACKING_DELAY_SCAN_INTERVAL", DELAY_SCAN_INTERVAL.toString());
        env.put("SUITE_READY_TIMEOUT", "PT3M30S");
    }

    /** The running suite, started on first use. */
    static synchronized SharedSuite get() throws Exception {
        if (instance == null) {
            SharedSuite suite = new SharedSuite(Files.createTempDirectory("dispute-suite-e2e"));
            suite.start();
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close));
            instance = suite;
        }
        return instance;
    }

    private void start() throws Exception {
        starts++;
        Path suiteJar = Path.of(System.getProperty("suite.jar"));
        jar = RunningJar.start(suiteJar, env, dataDir, Path.of("target/e2e-logs/suite-" + starts + ".log"));
        assertThat(jar.awaitLine(SuiteLauncher.READY_LINE, READY_TIMEOUT))
                .as("the all-in-one prints '%s'; its output:%n%s", SuiteLauncher.READY_LINE, jar.output())
                .isTrue();
    }

    RunningJar jar() {
        return jar;
    }

    AcknowledgedWrites acknowledged() {
        return acknowledged;
    }

    Path dataDir() {
        return dataDir;
    }

    /** SIGKILL to one service's JVM, as an OOM kill would end it. */
    void killService(String serviceName) {
        ProcessHandle service = jar.handle().descendants()
                .filter(process -> process.info().commandLine()
                        .map(line -> line.contains("/lib/" + serviceName + ".jar")).orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no running " + serviceName + " under the launcher"));
        service.destroyForcibly();
        service.onExit().join();
    }

    /** SIGKILL to the launcher and every service at once, then a start on the same data directory. */
    void crashAndRestart() throws Exception {
        jar.kill();
        start();
    }

    /** SIGTERM, as an operator stops the suite; the exit code, or null if it did not stop in time. */
    Integer stop(Duration timeout) throws InterruptedException {
        return jar.terminate(timeout);
    }

    /** Stops what still runs, keeps the services' logs under target/e2e-logs, and removes the data. */
    private void close() {
        if (jar != null) {
            jar.close();
        }
        try {
            Path logs = Path.of("target/e2e-logs/services");
            Files.createDirectories(logs);
            try (Stream<Path> serviceLogs = Files.list(dataDir.resolve("logs"))) {
                for (Path log : serviceLogs.toList()) {
                    Files.copy(log, logs.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        } catch (IOException e) {
            System.err.println("Could not clean up " + dataDir + ": " + e);
        }
    }
}
