package org.disputesuite.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What the all-in-one reads from its environment. The same variable names configure each service
 * (they inherit the environment); only the all-in-one has default secrets, for local use.
 */
record LocalSettings(Path dataDir, int kafkaPort, int controllerPort, int partitions, String jwtSecret,
                     String genericCarrierSecret, String serviceJavaOptions, Duration readyTimeout) {

    static final String DEFAULT_JWT_SECRET = "dispute-suite-local-jwt-secret-for-development-only";
    static final String DEFAULT_GENERIC_CARRIER_SECRET = "whsec-local-generic-carrier-secret";

    static LocalSettings from(Map<String, String> env) {
        int kafkaPort = Integer.parseInt(env.getOrDefault("SUITE_KAFKA_PORT", "9092"));
        return new LocalSettings(
                Path.of(env.getOrDefault("SUITE_DATA_DIR", "./data")).toAbsolutePath().normalize(),
                kafkaPort,
                Integer.parseInt(env.getOrDefault("SUITE_KAFKA_CONTROLLER_PORT", String.valueOf(kafkaPort + 1))),
                Integer.parseInt(env.getOrDefault("SUITE_KAFKA_PARTITIONS", "3")),
                env.getOrDefault("SUITE_JWT_SECRET", DEFAULT_JWT_SECRET),
                env.getOrDefault("SUITE_CARRIERS_GENERIC_SECRET", DEFAULT_GENERIC_CARRIER_SECRET),
                env.getOrDefault("SUITE_SERVICE_JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC"),
                Duration.parse(env.getOrDefault("SUITE_READY_TIMEOUT", "PT5M")));
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }
}
