package org.disputesuite.local.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.disputesuite.local.RunningJar;
import org.disputesuite.platform.testing.TestTokens;

/**
 * The all-in-one jar as the load drivers run it: on the fixed ports 8081-8084 / 9081-9084, a
 * temporary data directory, its own Kafka port, and the measured carrier's rate limit lifted (the
 * default 50/s would measure the limiter, not the ingest path).
 */
final class BenchSuite implements AutoCloseable {

    static final String TRACKER = "http://127.0.0.1:8081";
    static final String TRACKER_PROMETHEUS = "http://127.0.0.1:9081/actuator/prometheus";
    static final int PARTITIONS = 3;

    private static final String READY_LINE = "dispute-suite ready";
    private static final int[] SUITE_PORTS = {8081, 8082, 8083, 8084, 9081, 9082, 9083, 9084};
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    /** What the all-in-one gives the services when SUITE_SERVICE_JAVA_OPTS is not set (its LocalSettings). */
    private static final String DEFAULT_SERVICE_JAVA_OPTIONS = "-Xmx512m -XX:+UseSerialGC";

    private final RunningJar suite;
    private final Path dataDir;
    private final String bootstrap;

    private BenchSuite(RunningJar suite, Path dataDir, String bootstrap) {
        this.suite = suite;
        this.dataDir = dataDir;
        this.bootstrap = bootstrap;
    }

    /** Starts the jar for the generic carrier, with the JVMs' default options, and waits until it is ready. */
    static BenchSuite start(Path jar) throws IOException, InterruptedException {
        return start(jar, GenericFormat.CODE, "", "");
    }

    /**
     * Starts the jar and waits until it printed that it is ready. {@code carrier} is configured with
     * its secret and without a rate limit (generic always is: the other drivers use it);
     * {@code serviceJavaOptions} are added to the services' JVM options, {@code launcherJavaOptions}
     * given to the all-in-one's own JVM, where the Kafka broker runs. Both JVMs' working directory is
     * the data directory.
     */
    static BenchSuite start(Path jar, String carrier, String serviceJavaOptions, String launcherJavaOptions)
            throws IOException, InterruptedException {
        requirePortsFree();
        Path dataDir = Files.createTempDirectory("dispute-suite-bench");
        int kafkaPort = RunningJar.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("SUITE_DATA_DIR", dataDir.toString());
        env.put("SUITE_KAFKA_PORT", String.valueOf(kafkaPort));
        env.put("SUITE_KAFKA_CONTROLLER_PORT", String.valueOf(RunningJar.freePort()));
        env.put("SUITE_KAFKA_PARTITIONS", String.valueOf(PARTITIONS));
        env.put("SUITE_JWT_SECRET", TestTokens.SECRET);
        configureCarrier(env, GenericFormat.CODE);
        configureCarrier(env, carrier);
        if (!serviceJavaOptions.isBlank()) {
            env.put("SUITE_SERVICE_JAVA_OPTS", System.getenv().getOrDefault("SUITE_SERVICE_JAVA_OPTS",
                    DEFAULT_SERVICE_JAVA_OPTIONS) + " " + serviceJavaOptions);
        }
        env.put("SUITE_READY_TIMEOUT", "PT4M30S");
        System.out.printf("bench: starting %s (data in %s)%n", jar, dataDir);
        RunningJar suite = RunningJar.start(jar.toAbsolutePath(), options(launcherJavaOptions), env, dataDir,
                dataDir.resolve("launcher.log"));
        if (!suite.awaitLine(READY_LINE, READY_TIMEOUT)) {
            suite.close();
            throw new IllegalStateException("the suite did not print '" + READY_LINE + "'; see " + suite.log()
                    + " and " + dataDir.resolve("logs"));
        }
        return new BenchSuite(suite, dataDir, "127.0.0.1:" + kafkaPort);
    }

    /** The carrier's secret, and its rate limit lifted: the default 50/s would measure the limiter. */
    private static void configureCarrier(Map<String, String> env, String code) {
        String prefix = "SUITE_CARRIERS_" + code.toUpperCase(Locale.ROOT) + "_";
        env.put(prefix + "SECRET", CarrierTraffic.secret(code));
        env.put(prefix + "RATEPERSECOND", "1000000");
        env.put(prefix + "BURST", "1000000");
    }

    private static List<String> options(String javaOptions) {
        return Arrays.stream(javaOptions.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
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
