package org.disputesuite.local.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.disputesuite.local.RunningJar;
import org.disputesuite.platform.testing.TestDatabase;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.tracking.api.WebhookSignature;

/**
 * Load driver: a carrier's signed webhook, answered with and without a flood of clients that
 * trickle their bodies (the slow-body attack), in one run. It starts logistics-tracker's own jar
 * on random ports against an in-process broker and a fresh PostgreSQL database, then measures
 * the same closed loop of webhooks before the flood, during it, and after it. The flood keeps
 * {@code bench.flood} connections open at all times, each sending one byte every
 * {@code bench.trickleInterval} of a 200,000-byte body and reconnecting when the tracker cuts it
 * off, as a determined attacker would. Not a test: nothing asserts on time.
 */
public final class SlowBodyFloodBenchmark {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final String SECRET = "whsec-bench-flood-carrier-secret";
    private static final int SHIPMENTS = 20;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicLong sequence = new AtomicLong();
    private final List<String> trackingNumbers = new ArrayList<>();

    private SlowBodyFloodBenchmark(int port) {
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        int webhooks = bounded("bench.webhooks", 1000, 1, 20_000);
        int warmup = bounded("bench.warmup", 1500, 0, 20_000);
        int concurrency = bounded("bench.concurrency", 4, 1, 32);
        int flood = bounded("bench.flood", 250, 1, 2_000);
        Duration trickle = Duration.parse(System.getProperty("bench.trickleInterval", "PT2S"));
        Duration phaseLimit = Duration.parse(System.getProperty("bench.phaseLimit", "PT2M"));
        Path jar = Path.of(System.getProperty("bench.trackerJar", "logistics-tracker/app/target/logistics-tracker.jar"));

        int port = RunningJar.freePort();
        int management = RunningJar.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(management));
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers());
        env.put("SPRING_DATASOURCE_URL", TestDatabase.create("bench_flood"));
        env.put("SPRING_DATASOURCE_USERNAME", TestDatabase.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", TestDatabase.PASSWORD);
        env.put("SUITE_JWT_SECRET", TestTokens.SECRET);
        env.put("SUITE_CARRIERS_GENERIC_SECRET", SECRET);
        // The closed loop would otherwise measure the carrier's rate limit rather than the server.
        env.put("SUITE_CARRIERS_GENERIC_RATEPERSECOND", "1000000");
        env.put("SUITE_CARRIERS_GENERIC_BURST", "1000000");
        Path work = Files.createTempDirectory("bench-flood");

        try (RunningJar tracker = RunningJar.start(jar.toAbsolutePath(), env, work, work.resolve("tracker.log"))) {
            if (!tracker.awaitLine("Started", Duration.ofMinutes(3))) {
                throw new IllegalStateException("logistics-tracker did not start:\n" + tracker.output());
            }
            SlowBodyFloodBenchmark bench = new SlowBodyFloodBenchmark(port);
            bench.registerShipments();
            bench.measure("warm-up", warmup, concurrency, phaseLimit);

            Phase before = bench.measure("no flood", webhooks, concurrency, phaseLimit);
            Phase during;
            Flood.Counts counts;
            try (Flood trickling = Flood.start(port, flood, trickle)) {
                Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> trickling.open() >= flood);
                during = bench.measure("flood of " + flood, webhooks, concurrency, phaseLimit);
                counts = trickling.counts();
            }
            Phase after = bench.measure("after flood", webhooks, concurrency, phaseLimit);
            report(List.of(before, during, after), counts, flood, trickle, concurrency);
            tracker.terminate(Duration.ofSeconds(60));
        }
    }

    private void registerShipments() throws Exception {
        Instant now = CLOCK.instant();
        for (int i = 0; i < SHIPMENTS; i++) {
            String id = "BENCH-FLOOD-" + i + "-" + now.getEpochSecond();
            String body = """
                    {"orderId": "%s", "trackingNumber": "TN-%s", "carrier": "generic",
                     "sellerId": "seller-bench", "buyerId": "buyer-bench",
                     "destination": {"name": "Jo", "line1": "1 High Street", "city": "Leeds",
                                     "postalCode": "LS1 1AA", "countryCode": "GB"},
                     "shippedAt": "%s", "promisedDeliveryBy": "%s",
                     "amount": {"value": "10.00", "currency": "GBP"}}
                    """.formatted(id, id, now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(5)));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/shipments"))
                    .header("Authorization", TestTokens.bearer("seller-bench", "SELLER"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Registration answered " + response.statusCode() + ": " + response.body());
            }
            trackingNumbers.add("TN-" + id);
        }
    }

    /** {@code count} webhooks from {@code concurrency} threads, each sending its next once answered. */
    private Phase measure(String label, int count, int concurrency, Duration limit) throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> loops = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            loops.add(clients.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    HttpRequest request = signedWebhook();
                    long sent = System.nanoTime();
                    String outcome;
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        outcome = response.statusCode() == 202 ? null : "HTTP " + response.statusCode();
                    } catch (IOException | InterruptedException e) {
                        outcome = e.getClass().getSimpleName();
                    }
                    latencies[done.getAndIncrement()] = System.nanoTime() - sent;
                    if (outcome != null) {
                        failures.merge(outcome, 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        long wall = System.nanoTime() - started;
        clients.shutdown();
        Phase phase = new Phase(label, Arrays.copyOf(latencies, done.get()), wall, Map.copyOf(failures));
        System.out.println(phase.line());
        return phase;
    }

    private HttpRequest signedWebhook() {
        long n = sequence.incrementAndGet();
        String trackingNumber = trackingNumbers.get((int) (n % trackingNumbers.size()));
        String id = "msg-flood-" + n + "-" + System.nanoTime();
        long timestamp = CLOCK.instant().getEpochSecond();
        byte[] body = ("{\"trackingNumber\": \"" + trackingNumber + "\", \"events\": [{\"eventId\": \"e-" + id
                + "\", \"status\": \"IN_TRANSIT\", \"occurredAt\": \"" + CLOCK.instant() + "\","
                + " \"description\": \"Scanned\"}]}").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(uri("/webhooks/carriers/generic"))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.ID_HEADER, id)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(SECRET, id, timestamp, body))
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void report(List<Phase> phases, Flood.Counts counts, int flood, Duration trickle, int concurrency) {
        Phase before = phases.get(0);
        Phase during = phases.get(1);
        Phase after = phases.get(2);
        System.out.println();
        System.out.printf(Locale.ROOT, "flood: %d connections kept open, one byte each every %s; %d opened in all,"
                + " %d answered (by status: %s), %d closed without an answer%n", flood, trickle, counts.opened(),
                counts.answered(), counts.statuses(), counts.closedSilently());
        System.out.printf(Locale.ROOT, "ratio flood / no flood: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f, throughput %.2f%n",
                during.p(50) / before.p(50), during.p(90) / before.p(90), during.p(99) / before.p(99),
                during.max() / before.max(), during.throughput() / before.throughput());
        System.out.printf(Locale.ROOT, "ratio flood / after flood: p50 %.2f, p90 %.2f, p99 %.2f, throughput %.2f%n",
                during.p(50) / after.p(50), during.p(90) / after.p(90), during.p(99) / after.p(99),
                during.throughput() / after.throughput());
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f / %.1f / %.1f / %.1f / %.1f | %.0f / %.1f / %.1f / %.1f / %.1f"
                        + " | %.2f / %.2f / %.2f | %.2f | %d |%n",
                CLOCK.instant().toString().substring(0, 16).replace('T', ' '), concurrency, flood,
                before.throughput(), before.p(50), before.p(90), before.p(99), before.max(),
                during.throughput(), during.p(50), during.p(90), during.p(99), during.max(),
                during.p(50) / before.p(50), during.p(90) / before.p(90), during.p(99) / before.p(99),
                during.throughput() / before.throughput(), during.failed() + before.failed());
    }

    private static int bounded(String name, int fallback, int min, int max) {
        int value = Integer.getInteger(name, fallback);
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max);
        }
        return value;
    }

    private record Phase(String label, long[] latencies, long wallNanos, Map<String, Integer> failures) {

        Phase {
            latencies = latencies.clone();
            Arrays.sort(latencies);
        }

        double p(double percentile) {
            int rank = (int) Math.ceil(percentile / 100.0 * latencies.length);
            return latencies[Math.max(0, rank - 1)] / 1e6;
        }

        double max() {
            return latencies[latencies.length - 1] / 1e6;
        }

        double throughput() {
            return latencies.length / (wallNanos / 1e9);
        }

        int failed() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }

        String line() {
            return String.format(Locale.ROOT, "%-16s %5d webhooks %7.1f/s  p50 %7.1f  p90 %7.1f  p99 %7.1f  max %7.1f ms"
                    + "  failures %s", label, latencies.length, throughput(), p(50), p(90), p(99), max(), failures);
        }
    }

    /** Connections trickling unsigned webhook bodies, one byte at a time, reopened when the tracker drops them. */
    private static final class Flood implements AutoCloseable {

        record Counts(int opened, int answered, Map<Integer, Integer> statuses, int closedSilently) {
        }

        private static final byte[] HEAD = ("POST /webhooks/carriers/generic HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 200000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII);

        private final int port;
        private final Socket[] sockets;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger opened = new AtomicInteger();
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicInteger closedSilently = new AtomicInteger();
        private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        private final Thread driver;

        private Flood(int port, int size, Duration interval) {
            this.port = port;
            this.sockets = new Socket[size];
            this.driver = new Thread(() -> run(interval), "slow-body-flood");
            driver.setDaemon(true);
        }

        static Flood start(int port, int size, Duration interval) {
            Flood flood = new Flood(port, size, interval);
            flood.driver.start();
            return flood;
        }

        int open() {
            int open = 0;
            for (Socket socket : sockets) {
                if (socket != null && !socket.isClosed()) {
                    open++;
                }
            }
            return open;
        }

        Counts counts() {
            return new Counts(opened.get(), answered.get(), Map.copyOf(statuses), closedSilently.get());
        }

        private void run(Duration interval) {
            while (running.get()) {
                long round = System.nanoTime();
                for (int i = 0; i < sockets.length && running.get(); i++) {
                    sockets[i] = tend(sockets[i]);
                }
                long rest = interval.toNanos() - (System.nanoTime() - round);
                if (rest > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(rest);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        /** Sends the next byte, or notes how the tracker ended the connection and opens a new one. */
        private Socket tend(Socket socket) {
            try {
                if (socket != null) {
                    socket.setSoTimeout(1);
                    InputStream in = socket.getInputStream();
                    byte[] answer = new byte[512];
                    int n;
                    try {
                        n = in.read(answer);
                    } catch (SocketTimeoutException stillOpen) {
                        socket.getOutputStream().write(' ');
                        return socket;
                    }
                    if (n > 0) {
                        answered.incrementAndGet();
                        statuses.merge(status(answer, n), 1, Integer::sum);
                    } else {
                        closedSilently.incrementAndGet();
                    }
                    socket.close();
                }
            } catch (IOException e) {
                closedSilently.incrementAndGet();
                close(socket);
            }
            try {
                Socket fresh = new Socket(InetAddress.getLoopbackAddress(), port);
                fresh.getOutputStream().write(HEAD);
                opened.incrementAndGet();
                return fresh;
            } catch (IOException e) {
                return null;
            }
        }

        private static int status(byte[] answer, int length) {
            String line = new String(answer, 0, length, StandardCharsets.ISO_8859_1);
            String[] parts = line.split(" ", 3);
            try {
                return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private static void close(Socket socket) {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // going anyway
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            driver.interrupt();
            driver.join(10_000);
            for (Socket socket : sockets) {
                close(socket);
            }
        }
    }
}
