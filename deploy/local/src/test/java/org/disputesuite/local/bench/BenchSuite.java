package org.disputesuite.local.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.disputesuite.local.RunningJar;
import org.disputesuite.platform.testing.TestTokens;

/**
 * The all-in-one jar as the load drivers run it: on the fixed ports 8081-8084 / 9081-9084, a
 * temporary data directory, its own Kafka port, and the carrier rate limit lifted (the default 50/s
 * would measure the limiter, not the ingest path).
 */
final class BenchSuite implements AutoCloseable {

    static final String TRACKER = "http://127.0.0.1:8081";
    static final String TRACKER_PROMETHEUS = "http://127.0.0.1:9081/actuator/prometheus";
    static final int PARTITIONS = 3;

    private static final String READY_LINE = "dispute-suite ready";
    private static final int[] SUITE_PORTS = {8081, 8082, 8083, 8084, 9081, 9082, 9083, 9084};
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

    private final RunningJar suite;
    private final Path dataDir;
    private final String bootstrap;

    private BenchSuite(RunningJar suite, Path dataDir, String bootstrap) {
        this.suite = suite;
        this.dataDir = dataDir;
        this.bootstrap = bootstrap;
    }

    /** Starts the jar and waits until it printed that it is ready. */
    static BenchSuite start(Path jar) throws IOException, InterruptedException {
        requirePortsFree();
        Path dataDir = Files.createTempDirectory("dispute-suite-bench");
        int kafkaPort = RunningJar.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("SUITE_DATA_DIR", dataDir.toString());
        env.put("SUITE_KAFKA_PORT", String.valueOf(kafkaPort));
        env.put("SUITE_KAFKA_CONTROLLER_PORT", String.valueOf(RunningJar.freePort()));
        env.put("SUITE_KAFKA_PARTITIONS", String.valueOf(PARTITIONS));
        env.put("SUITE_JWT_SECRET", TestTokens.SECRET);
        env.put("SUITE_CARRIERS_GENERIC_SECRET", CarrierTraffic.CARRIER_SECRET);
        env.put("SUITE_CARRIERS_GENERIC_RATEPERSECOND", "1000000");
        env.put("SUITE_CARRIERS_GENERIC_BURST", "1000000");
        env.put("SUITE_READY_TIMEOUT", "PT4M30S");
        System.out.printf("bench: starting %s (data in %s)%n", jar, dataDir);
        RunningJar suite = RunningJar.start(jar.toAbsolutePath(), env, dataDir, dataDir.resolve("launcher.log"));
        if (!suite.awaitLine(READY_LINE, READY_TIMEOUT)) {
            suite.close();
            throw new IllegalStateException("the suite did not print '" + READY_LINE + "'; see " + suite.log()
                    + " and " + dataDir.resolve("logs"));
        }
        return new BenchSuite(suite, dataDir, "127.0.0.1:" + kafkaPort);
    }

    String bootstrap() {
        return bootstrap;
    }

    ProcessHandle handle() {
        return suite.handle();
    }

    /** Stops the suite with SIGTERM; the exit code, or null if it did not stop in time. */
    Integer stop() throws InterruptedException {
        return suite.terminate(STOP_TIMEOUT);
    }

    void deleteData() throws IOException {
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Override
    public void close() {
        suite.close();
    }

    private static void requirePortsFree() {
        for (int port : SUITE_PORTS) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException busy) {
                throw new IllegalStateException("port " + port + " is in use: stop the running suite first");
            }
        }
    }
}
