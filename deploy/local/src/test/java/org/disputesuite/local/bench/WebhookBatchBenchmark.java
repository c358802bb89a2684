package org.disputesuite.local.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Load driver (not a test): how long logistics-tracker takes to answer one carrier webhook of 1,
 * 100, 1,000 ... events, the same batch again (every event already known), one over the cap, and
 * a 1-event webhook for a parcel whose biggest batch is in flight (it waits for that parcel's
 * lock). Each time is also given as a multiple of the 1-event webhook measured in the same run.
 * Sizes over the cap are sent too when asked for (to measure a build without the cap); their
 * answer is reported, whatever it is.
 * Starts the all-in-one jar itself; see docs/benchmarks.md.
 */
public final class WebhookBatchBenchmark {

    private static final Clock SUITE_CLOCK = Clock.systemUTC();
    private static final Duration DOWNSTREAM_LIMIT = Duration.ofMinutes(3);
    private static final int WARMUP_SINGLES = 30;
    private static final int WARMUP_BATCH = 100;
    private static final double CONTENDED_DELAY_SHARE = 0.25;
    private static final int REGISTER_ATTEMPTS = 3;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final BatchSettings settings;
    private final BenchSuite suite;
    private final CarrierTraffic shipments;
    private final BatchWebhooks webhooks;
    private int nextShipment;

    private WebhookBatchBenchmark(BatchSettings settings, BenchSuite suite, String run, Instant started) {
        this.settings = settings;
        this.suite = suite;
        int parcels = 3 + settings.sizes().size() + settings.contended();
        this.shipments = new CarrierTraffic(BenchSuite.TRACKER, new GenericFormat(), run, parcels, 400, started);
        this.webhooks = new BatchWebhooks(BenchSuite.TRACKER, run, started.truncatedTo(ChronoUnit.SECONDS)
                .minus(11, ChronoUnit.DAYS), settings.compactEvents());
    }

    public static void main(String[] args) throws Exception {
        BatchSettings settings = BatchSettings.fromSystemProperties();
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        System.out.printf("bench: run %s, %s%n", run, settings);
        Report report;
        BenchSuite suite = BenchSuite.start(settings.suiteJar());
        try (suite) {
            Instant started = SUITE_CLOCK.instant();
            report = new WebhookBatchBenchmark(settings, suite, run, started).measure(started);
            System.out.println("bench: suite stopped on SIGTERM, exit code " + suite.stop());
        }
        report.print(System.out);
        if (!settings.keepData()) {
            suite.deleteData();
        }
    }

    private Report measure(Instant started) throws Exception {
        int parcels = 3 + settings.sizes().size() + settings.contended();
        for (int i = 0; i < parcels; i++) {
            register(i);
        }
        warmUp();

        int singleParcel = nextShipment++;
        long[] singles = new long[settings.singles()];
        for (int i = 0; i < singles.length; i++) {
            singles[i] = expect(202, send(single(singleParcel, i, "single-" + i))).nanos();
        }
        settle();
        double unit = median(singles);
        System.out.printf("bench: 1-event webhook median %.1f ms%n", unit / 1e6);

        Map<Integer, List<Sample>> bySize = new LinkedHashMap<>();
        Sample repeated = null;
        for (int size : settings.sizes()) {
            String trackingNumber = shipments.trackingNumber(nextShipment++);
            List<Sample> rounds = new ArrayList<>();
            for (int round = 0; round < settings.rounds(); round++) {
                byte[] body = webhooks.body(trackingNumber, size, round);
                Sample sample = sendWithBreakdown(webhooks.request(body, "batch-" + size + "-" + round));
                if (size <= settings.maxEvents()) {
                    expect(202, sample);
                }
                rounds.add(sample);
                System.out.printf("bench: %d events (%d bytes), round %d: HTTP %d in %.1f ms (server %.1f ms,"
                                + " DB connection held %.1f ms)%n", size, body.length, round + 1, sample.status(),
                        sample.nanos() / 1e6, sample.serverMillis(), sample.connectionMillis());
                settle();
            }
            bySize.put(size, rounds);
            if (size == settings.maxEvents()) {
                repeated = expect(202, sendWithBreakdown(webhooks.request(webhooks.body(trackingNumber, size, 0),
                        "batch-" + size + "-again")));
                settle();
            }
        }

        String overParcel = shipments.trackingNumber(nextShipment++);
        Sample over = send(webhooks.request(webhooks.body(overParcel, settings.maxEvents() + 1, 0), "over"));
        settle();

        long delay = (long) (CONTENDED_DELAY_SHARE * bySize.get(settings.contendedEvents()).get(0).nanos());
        List<Contended> contended = new ArrayList<>();
        for (int i = 0; i < settings.contended(); i++) {
            contended.add(contend(nextShipment++, delay, i));
            settle();
        }
        return new Report(started, settings, unit, singles, bySize, repeated, over, contended, delay);
    }

    /** Retried a few times: just after start-up, on a busy machine, a first connection may time out. */
    private void register(int shipment) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                String failure = shipments.register(shipment);
                if (failure == null) {
                    return;
                }
                throw new IllegalStateException("registering shipment " + shipment + " failed: " + failure);
            } catch (IOException e) {
                if (attempt == REGISTER_ATTEMPTS) {
                    throw e;
                }
                System.out.printf("bench: registering shipment %d: %s, trying again%n", shipment, e);
            }
        }
    }

    private void warmUp() throws Exception {
        int parcel = nextShipment++;
        for (int i = 0; i < WARMUP_SINGLES; i++) {
            send(single(parcel, i, "warmup-single-" + i));
        }
        for (int round = 0; round < 2; round++) {
            send(webhooks.request(webhooks.body(shipments.trackingNumber(parcel), WARMUP_BATCH, 1000 + round),
                    "warmup-batch-" + round));
        }
        settle();
        System.out.println("bench: warmed up");
    }

    /**
     * A batch for a fresh parcel (max size unless told otherwise), and once a share of its usual
     * time has passed a 1-event webhook for the same parcel: it needs the parcel's lock the batch holds.
     */
    private Contended contend(int parcel, long delayNanos, int index) throws Exception {
        String trackingNumber = shipments.trackingNumber(parcel);
        HttpRequest batch = webhooks.request(webhooks.body(trackingNumber, settings.contendedEvents(), 0),
                "contended-batch-" + index);
        HttpRequest one = webhooks.request(webhooks.body(trackingNumber, 1, 10_000_000 + index),
                "contended-single-" + index);
        long batchStart = System.nanoTime();
        CompletableFuture<Long> batchDone = http.sendAsync(batch, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> requireAccepted(response, System.nanoTime()));
        CompletableFuture<long[]> singleDone = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            try {
                long end = requireAccepted(http.send(one, HttpResponse.BodyHandlers.discarding()), System.nanoTime());
                return new long[] {start, end};
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS));
        long batchEnd = batchDone.get(3, TimeUnit.MINUTES);
        long[] single = singleDone.get(3, TimeUnit.MINUTES);
        return new Contended(batchEnd - batchStart, single[1] - single[0], single[0] < batchEnd,
                single[1] >= batchEnd);
    }

    private static long requireAccepted(HttpResponse<Void> response, long at) {
        if (response.statusCode() != 202) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return at;
    }

    private HttpRequest single(int parcel, int round, String label) {
        return webhooks.request(webhooks.body(shipments.trackingNumber(parcel), 1, round), label);
    }

    private Sample send(HttpRequest request) throws Exception {
        long start = System.nanoTime();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        return new Sample(status, System.nanoTime() - start, Double.NaN, Double.NaN);
    }

    /**
     * Also the tracker's own view, from its Prometheus page read before and after: the time it spent
     * on the request, and how long it held a DB connection (the transaction, which holds the parcel's
     * lock, plus the webhook-id lookup before it).
     */
    private Sample sendWithBreakdown(HttpRequest request) throws Exception {
        ServerMetrics before = ServerMetrics.scrape(BenchSuite.TRACKER_PROMETHEUS);
        Sample sample = send(request);
        ServerMetrics after = ServerMetrics.scrape(BenchSuite.TRACKER_PROMETHEUS);
        return new Sample(sample.status(), sample.nanos(),
                1000 * after.since(before, "http_server_requests_seconds_sum", ServerMetrics.WEBHOOK_URI),
                1000 * after.since(before, "hikaricp_connections_usage_seconds_sum", ""));
    }

    private static Sample expect(int status, Sample sample) {
        if (sample.status() != status) {
            throw new IllegalStateException("expected HTTP " + status + ", got " + sample.status());
        }
        return sample;
    }

    /** The other services consume every published event; each measurement starts once they are done. */
    private void settle() throws Exception {
        long lag = DownstreamLag.awaitCaughtUp(suite.bootstrap(), DOWNSTREAM_LIMIT);
        if (lag > 0) {
            System.out.printf("bench: downstream consumers still %d records behind%n", lag);
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    record Sample(int status, long nanos, double serverMillis, double connectionMillis) {
    }

    /** A 1-event webhook sent while a max-size batch of its parcel was in flight. */
    record Contended(long batchNanos, long singleNanos, boolean sentWhileBatchInFlight, boolean answeredAfterBatch) {
    }

    record Report(Instant started, BatchSettings settings, double unitNanos, long[] singles,
                  Map<Integer, List<Sample>> bySize, Sample repeated, Sample over, List<Contended> contended,
                  long delayNanos) {

        void print(PrintStream out) {
            out.println();
            out.printf("== webhook batches, %s, %d cores ==%n", started.truncatedTo(ChronoUnit.SECONDS),
                    Runtime.getRuntime().availableProcessors());
            out.printf("1-event webhook: median %.1f ms of %d (min %.1f, max %.1f); every ratio below is"
                            + " a time / this median%n", ms(unitNanos), singles.length,
                    ms(Arrays.stream(singles).min().orElse(0)), ms(Arrays.stream(singles).max().orElse(0)));
            out.printf("%-34s %8s %10s %10s %10s %12s%n", "webhook", "status", "ms", "x 1-event", "server ms",
                    "DB conn. ms");
            bySize.forEach((size, rounds) -> {
                for (int round = 0; round < rounds.size(); round++) {
                    row(out, size + " events, round " + (round + 1) + " (" + size * round + " known)",
                            rounds.get(round));
                }
            });
            if (repeated != null) {
                row(out, settings.maxEvents() + " events again, all known", repeated);
            }
            row(out, (settings.maxEvents() + 1) + " events (one over the cap)", over);
            out.printf("1-event webhook sent %.0f ms into a %d-event batch of its parcel:%n", ms(delayNanos),
                    settings.contendedEvents());
            for (Contended c : contended) {
                out.printf("  single %.1f ms (%.1fx), batch %.1f ms, sent while the batch was in flight: %s,"
                                + " answered after it: %s%n", ms(c.singleNanos()), c.singleNanos() / unitNanos,
                        ms(c.batchNanos()), c.sentWhileBatchInFlight(), c.answeredAfterBatch());
            }
            double contendedMedian = median(contended.stream().mapToLong(Contended::singleNanos).toArray());
            out.printf("  median single %.1f ms (%.1fx)%n", ms(contendedMedian), contendedMedian / unitNanos);

            StringBuilder markdown = new StringBuilder("markdown: | " + started.truncatedTo(ChronoUnit.MINUTES)
                    + " | " + String.format(Locale.ROOT, "%.1f", ms(unitNanos)) + " |");
            bySize.forEach((size, rounds) -> markdown.append(String.format(Locale.ROOT, " %s |",
                    String.join(" / ", rounds.stream().map(s -> String.format(Locale.ROOT, "%.0f (%.0fx)",
                            ms(s.nanos()), s.nanos() / unitNanos)).toList()))));
            if (repeated != null) {
                markdown.append(String.format(Locale.ROOT, " %.0f (%.0fx) |", ms(repeated.nanos()),
                        repeated.nanos() / unitNanos));
            }
            markdown.append(String.format(Locale.ROOT, " %d in %.0f |", over.status(), ms(over.nanos())));
            markdown.append(String.format(Locale.ROOT, " %.0f (%.0fx) |", ms(contendedMedian),
                    contendedMedian / unitNanos));
            out.println(markdown);
        }

        private void row(PrintStream out, String label, Sample sample) {
            out.printf("%-34s %8d %10.1f %10.1f %10.1f %12.1f%n", label, sample.status(), ms(sample.nanos()),
                    sample.nanos() / unitNanos, sample.serverMillis(), sample.connectionMillis());
        }

        private static double ms(double nanos) {
            return nanos / 1e6;
        }
    }
}
