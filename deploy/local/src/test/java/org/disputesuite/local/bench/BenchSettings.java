package org.disputesuite.local.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one benchmark run does, from system properties ({@code -Dbench.requests=3000} ...). Every
 * count and wait is bounded, so a run cannot grow without limit on a shared machine.
 *
 * @param requests    measured operations per side (webhooks, then raw producer sends)
 * @param concurrency client threads, each sending its next operation once the previous one is answered
 * @param warmup      operations per side before measuring (JIT, connection pools, producer metadata)
 * @param shipments   registered shipments the webhooks are spread over (requests / shipments events each)
 * @param bodyBytes   size of every webhook body, padded exactly
 * @param phaseLimit  a phase stops issuing operations after this long and reports what it completed
 * @param suiteJar    the all-in-one jar to start
 * @param keepData    keep the suite's data directory (logs, H2 files, flight recordings) after the run
 * @param carrier     the carrier code whose format and signature the webhooks use ({@link CarrierFormat#CODES})
 * @param serviceJavaOptions  JVM options added to the services' own ({@code SUITE_SERVICE_JAVA_OPTS}),
 *                            e.g. to record a profile
 * @param launcherJavaOptions JVM options of the all-in-one's own JVM, the one the Kafka broker runs in
 */
record BenchSettings(int requests, int concurrency, int warmup, int shipments, int bodyBytes,
                     Duration phaseLimit, Path suiteJar, boolean keepData, String carrier,
                     String serviceJavaOptions, String launcherJavaOptions) {

    static final int MAX_REQUESTS = 100_000;
    static final int MAX_CONCURRENCY = 64;

    BenchSettings {
        require(requests >= 1 && requests <= MAX_REQUESTS, "bench.requests must be 1.." + MAX_REQUESTS);
        require(concurrency >= 1 && concurrency <= MAX_CONCURRENCY, "bench.concurrency must be 1.." + MAX_CONCURRENCY);
        require(warmup >= 0 && warmup <= MAX_REQUESTS, "bench.warmup must be 0.." + MAX_REQUESTS);
        require(shipments >= 1 && shipments <= 10_000, "bench.shipments must be 1..10000");
        require(bodyBytes >= 300 && bodyBytes <= 64 * 1024, "bench.bodyBytes must be 300..65536");
        require(!phaseLimit.isNegative() && !phaseLimit.isZero(), "bench.phaseLimit must be positive");
        require(CarrierFormat.CODES.contains(carrier), "bench.carrier must be one of " + CarrierFormat.CODES);
    }

    static BenchSettings fromSystemProperties() {
        int requests = Integer.getInteger("bench.requests", 3000);
        return new BenchSettings(
                requests,
                Integer.getInteger("bench.concurrency", 8),
                Integer.getInteger("bench.warmup", 500),
                Integer.getInteger("bench.shipments", Math.max(1, requests / 10)),
                Integer.getInteger("bench.bodyBytes", 400),
                Duration.parse(System.getProperty("bench.phaseLimit", "PT3M")),
                Path.of(System.getProperty("suite.jar", "deploy/local/target/dispute-suite-local.jar")),
                Boolean.getBoolean("bench.keepData"),
                System.getProperty("bench.carrier", GenericFormat.CODE),
                System.getProperty("bench.serviceJavaOpts", ""),
                System.getProperty("bench.launcherJavaOpts", ""));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
