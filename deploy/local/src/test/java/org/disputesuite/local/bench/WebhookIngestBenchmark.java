package org.disputesuite.local.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Load driver (not a test): how fast logistics-tracker takes signed carrier webhooks end to end
 * (202 only once Kafka acknowledged with acks=all and the database transaction committed),
 * against a raw Kafka producer sending records of the same size with the same concurrency on the
 * same broker in the same run. Starts the all-in-one jar itself; see docs/benchmarks.md.
 */
public final class WebhookIngestBenchmark {

    /** The suite under test runs on this machine's clock: timestamps and webhook signatures must agree with it. */
    private static final Clock SUITE_CLOCK = Clock.systemUTC();

    private static final Duration DOWNSTREAM_LIMIT = Duration.ofMinutes(2);

    private WebhookIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        System.out.printf("bench: run %s, %s%n", run, settings);
        Report report;
        Instant started = SUITE_CLOCK.instant();
        CarrierTraffic traffic = new CarrierTraffic(BenchSuite.TRACKER, CarrierFormat.named(settings.carrier()), run,
                settings.shipments(), settings.bodyBytes(), started);
        // a body size too small for the carrier's webhook fails here, not after the suite's start-up
        traffic.body(traffic.event(0, "size-check"));
        BenchSuite suite = BenchSuite.start(settings.suiteJar(), settings.carrier(), settings.serviceJavaOptions(),
                settings.launcherJavaOptions());
        try (suite) {
            System.out.printf("bench: processes %s%n", CpuSample.pids(suite.handle()));
            report = measure(settings, traffic, started, suite.bootstrap(), suite.handle());
            System.out.println("bench: suite stopped on SIGTERM, exit code " + suite.stop());
        }
        report.print(System.out);
        if (!settings.keepData()) {
            suite.deleteData();
        }
    }

    private static Report measure(BenchSettings settings, CarrierTraffic traffic, Instant started, String bootstrap,
                                  ProcessHandle suite) throws Exception {
        Measurement registered = ClosedLoop.run("register", settings.shipments(), settings.concurrency(),
                settings.phaseLimit(), index -> () -> traffic.register(index));
        if (registered.failed() > 0 || registered.completed() < settings.shipments()) {
            throw new IllegalStateException("registering the shipments failed: " + registered.failures());
        }
        System.out.printf("bench: %d shipments registered in %.1f s%n", registered.completed(),
                registered.wallNanos() / 1e9);

        int warmup = settings.warmup();
        Measurement webhookWarmup = ClosedLoop.run("webhook-warmup", warmup, settings.concurrency(),
                settings.phaseLimit(), index -> {
                    var request = traffic.webhook(index, "warmup");
                    return () -> traffic.send(request);
                });
        System.out.printf("bench: webhook warm-up %d done (%.0f req/s, failures %s)%n", webhookWarmup.completed(),
                webhookWarmup.throughputPerSecond(), webhookWarmup.failures());
        ServerMetrics before = ServerMetrics.scrape(BenchSuite.TRACKER_PROMETHEUS);
        CpuSample cpuBefore = CpuSample.of(suite);
        ThreadCpu threadsBefore = ThreadCpu.of(suite);
        Instant measuredFrom = SUITE_CLOCK.instant();
        Measurement webhooks = ClosedLoop.run("webhook", settings.requests(), settings.concurrency(),
                settings.phaseLimit(), index -> {
                    var request = traffic.webhook(warmup + index, "measured");
                    return () -> traffic.send(request);
                });
        Map<String, Duration> webhookCpu = CpuSample.of(suite).since(cpuBefore);
        Map<String, Map<String, Long>> webhookThreads = ThreadCpu.of(suite).since(threadsBefore);
        Instant measuredTo = SUITE_CLOCK.instant();
        ServerMetrics after = ServerMetrics.scrape(BenchSuite.TRACKER_PROMETHEUS);
        // the window lets a profile of the whole run be cut to the measured webhooks
        System.out.printf("bench: webhooks measured from %s to %s (%.0f req/s, failures %s)%n", measuredFrom,
                measuredTo, webhooks.throughputPerSecond(), webhooks.failures());

        long settleBegin = System.nanoTime();
        long lagLeft = DownstreamLag.awaitCaughtUp(bootstrap, DOWNSTREAM_LIMIT);
        double settleSeconds = (System.nanoTime() - settleBegin) / 1e9;
        System.out.printf("bench: downstream consumers %s after %.1f s%n",
                lagLeft == 0 ? "caught up" : "still " + lagLeft + " records behind", settleSeconds);

        RecordTemplate template = RecordTemplate.fromTrackingTopic(bootstrap, settings.bodyBytes());
        Measurement raw;
        Map<String, Duration> rawCpu;
        double rawRequestLatency;
        double rawQueueTime;
        try (RawProducerBaseline baseline = RawProducerBaseline.start(bootstrap, BenchSuite.PARTITIONS)) {
            Measurement rawWarmup = ClosedLoop.run("raw-warmup", warmup, settings.concurrency(),
                    settings.phaseLimit(), index -> baseline.send(template, traffic.orderId(index % settings.shipments())));
            System.out.printf("bench: raw producer warm-up %d done (failures %s)%n", rawWarmup.completed(),
                    rawWarmup.failures());
            CpuSample rawCpuBefore = CpuSample.of(suite);
            raw = ClosedLoop.run("raw", settings.requests(), settings.concurrency(), settings.phaseLimit(),
                    index -> baseline.send(template, traffic.orderId((warmup + index) % settings.shipments())));
            rawCpu = CpuSample.of(suite).since(rawCpuBefore);
            rawRequestLatency = baseline.metric("request-latency-avg");
            rawQueueTime = baseline.metric("record-queue-time-avg");
        }
        return new Report(started, settings, webhooks, raw, template, TrackerBreakdown.of(before, after),
                EventOutcomes.of(before, after),
                rawRequestLatency, rawQueueTime, lagLeft, settleSeconds, webhookCpu, webhookThreads, rawCpu);
    }

    /** Means per accepted webhook inside the tracker over the measured phase, from its Prometheus counters. */
    record TrackerBreakdown(double serverMillis, double connectionHeldMillis, double connectionWaitMillis,
                            double kafkaSendMillis, double producerRequestLatencyMillis,
                            double producerQueueMillis) {

        static TrackerBreakdown of(ServerMetrics before, ServerMetrics after) {
            double webhooks = after.since(before, "http_server_requests_seconds_count", ServerMetrics.WEBHOOK_URI);
            if (webhooks <= 0) {
                return new TrackerBreakdown(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new TrackerBreakdown(
                    perWebhook(after.since(before, "http_server_requests_seconds_sum", ServerMetrics.WEBHOOK_URI),
                            webhooks),
                    perWebhook(after.since(before, "hikaricp_connections_usage_seconds_sum", ""), webhooks),
                    perWebhook(after.since(before, "hikaricp_connections_acquire_seconds_sum", ""), webhooks),
                    after.has("spring_kafka_template_seconds_sum")
                            ? perWebhook(after.since(before, "spring_kafka_template_seconds_sum", ""), webhooks)
                            : Double.NaN,
                    after.sum("kafka_producer_request_latency_avg", ""),
                    after.sum("kafka_producer_record_queue_time_avg", ""));
        }

        private static double perWebhook(double seconds, double webhooks) {
            return seconds * 1000 / webhooks;
        }
    }

    /**
     * What the tracker did with the measured webhooks' events, from its counters: each webhook carries
     * one new event for a registered parcel, so all should be published and none pending, duplicate or skipped.
     */
    record EventOutcomes(double published, double pending, double duplicate, double skipped) {

        static EventOutcomes of(ServerMetrics before, ServerMetrics after) {
            return new EventOutcomes(
                    after.since(before, "tracking_events_received_total", "result=\"published\""),
                    after.since(before, "tracking_events_received_total", "result=\"pending\""),
                    after.since(before, "tracking_events_received_total", "result=\"duplicate\""),
                    after.since(before, "tracking_events_skipped_total", ""));
        }
    }

    record Report(Instant started, BenchSettings settings, Measurement webhooks, Measurement raw,
                  RecordTemplate template, TrackerBreakdown inside, EventOutcomes events,
                  double rawRequestLatencyMillis, double rawQueueMillis, long lagLeft, double settleSeconds,
                  Map<String, Duration> webhookCpu, Map<String, Map<String, Long>> webhookThreads,
                  Map<String, Duration> rawCpu) {

        void print(java.io.PrintStream out) {
            out.println();
            out.printf("== webhook ingest vs raw Kafka producer, %s, %d cores ==%n",
                    started.truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors());
            out.printf("requests %d per side after %d warm-up, concurrency %d, %d shipments, carrier %s,"
                            + " webhook body %d B;%n",
                    settings.requests(), settings.warmup(), settings.concurrency(), settings.shipments(),
                    settings.carrier(), settings.bodyBytes());
            out.printf("raw records: value %d B + headers %d B [%s], as %s%n", template.valueBytes(),
                    template.headerBytes(), template.headerNames(), template.source());
            out.printf("%-28s %6s %6s %9s %8s %8s %8s %8s%n", "side", "done", "failed", "req/s", "mean ms", "p50 ms",
                    "p90 ms", "p99 ms");
            row(out, "tracker webhook -> 202", webhooks);
            row(out, "raw producer, acks=all", raw);
            out.printf("%-28s %6s %6s %8.2fx %7.1fx %7.1fx %7.1fx %7.1fx%n", "tracker / raw", "", "",
                    webhooks.throughputPerSecond() / raw.throughputPerSecond(),
                    webhooks.meanMillis() / raw.meanMillis(),
                    webhooks.percentileMillis(50) / raw.percentileMillis(50),
                    webhooks.percentileMillis(90) / raw.percentileMillis(90),
                    webhooks.percentileMillis(99) / raw.percentileMillis(99));
            if (webhooks.failed() + raw.failed() > 0) {
                out.printf("FAILURES: tracker %s, raw %s%n", webhooks.failures(), raw.failures());
            }
            out.printf("events of the measured webhooks: %.0f published, %.0f pending, %.0f duplicate, %.0f skipped%n",
                    events.published(), events.pending(), events.duplicate(), events.skipped());
            out.printf("inside the tracker, mean per webhook: HTTP handling %.2f ms, DB connection held %.2f ms"
                            + " (both queries and the transaction, incl. the wait for Kafka), waiting for a DB"
                            + " connection %.2f ms, KafkaTemplate send until ack %.2f ms%n",
                    inside.serverMillis(), inside.connectionHeldMillis(), inside.connectionWaitMillis(),
                    inside.kafkaSendMillis());
            out.printf("producer client averages: tracker request latency %.2f ms, queue time %.2f ms;"
                            + " raw request latency %.2f ms, queue time %.2f ms%n",
                    inside.producerRequestLatencyMillis(), inside.producerQueueMillis(), rawRequestLatencyMillis,
                    rawQueueMillis);
            cpu(out, "tracker webhooks", webhooks, webhookCpu);
            cpu(out, "raw producer", raw, rawCpu);
            ThreadCpu.print(out, "tracker webhooks", webhooks.completed(), webhookThreads);
            out.printf("downstream consumers %s %.1f s after the webhooks, before the baseline%n",
                    lagLeft == 0 ? "caught up" : "still " + lagLeft + " records behind", settleSeconds);
            out.printf("markdown: | %s | %d | %d | %.0f | %.1f / %.1f / %.1f | %.0f | %.1f / %.1f / %.1f | %.2f | %.1f / %.1f"
                            + " / %.1f |%n",
                    started.truncatedTo(ChronoUnit.MINUTES), settings.concurrency(), settings.requests(),
                    webhooks.throughputPerSecond(), webhooks.percentileMillis(50), webhooks.percentileMillis(90),
                    webhooks.percentileMillis(99), raw.throughputPerSecond(), raw.percentileMillis(50),
                    raw.percentileMillis(90), raw.percentileMillis(99),
                    webhooks.throughputPerSecond() / raw.throughputPerSecond(),
                    webhooks.percentileMillis(50) / raw.percentileMillis(50),
                    webhooks.percentileMillis(90) / raw.percentileMillis(90),
                    webhooks.percentileMillis(99) / raw.percentileMillis(99));
        }

        private static void cpu(java.io.PrintStream out, String phase, Measurement measured,
                                Map<String, Duration> used) {
            double wallSeconds = measured.wallNanos() / 1e9;
            double total = used.values().stream().mapToDouble(cpu -> cpu.toNanos() / 1e9).sum();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "CPU during %s (%.1f s wall, %.0f%% of %d cores): ", phase, wallSeconds,
                    100 * total / (wallSeconds * Runtime.getRuntime().availableProcessors()),
                    Runtime.getRuntime().availableProcessors()));
            used.forEach((process, cpu) -> line.append(String.format(Locale.ROOT, "%s %.2f ms/op, ", process,
                    cpu.toNanos() / 1e6 / Math.max(1, measured.completed()))));
            line.setLength(line.length() - 2);
            out.println(line);
        }

        private static void row(java.io.PrintStream out, String side, Measurement measured) {
            out.printf("%-28s %6d %6d %9.1f %8.2f %8.2f %8.2f %8.2f%n", side, measured.completed(), measured.failed(),
                    measured.throughputPerSecond(), measured.meanMillis(), measured.percentileMillis(50),
                    measured.percentileMillis(90), measured.percentileMillis(99));
        }
    }
}
