package org.disputesuite.local;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts the whole suite on one machine: a Kafka broker in-process, then each service from its
 * own jar as a child process on H2 files. Prints {@code dispute-suite ready} once every service
 * reports ready, then supervises them (a service that dies is restarted; see {@link Supervisor}),
 * and stops everything cleanly on SIGTERM or Ctrl-C.
 */
public final class SuiteLauncher {

    public static final String READY_LINE = "dispute-suite ready";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);

    private final LocalSettings settings;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Supervisor supervisor;
    private EmbeddedKafka kafka;
    private volatile boolean stopping;

    private SuiteLauncher(LocalSettings settings) {
        this.settings = settings;
        this.supervisor = new Supervisor(service -> ServiceProcess.start(service, settings), RestartPolicy.DEFAULT,
                Clock.systemUTC(), SuiteLauncher::report, () -> System.exit(1));
    }

    private static void report(String line) {
        System.out.println(line);
        System.out.flush();
    }

    public static void main(String[] args) throws Exception {
        LocalSettings settings = LocalSettings.from(System.getenv());
        if (args.length > 0) {
            System.out.println(switch (args[0]) {
                case "token" -> DevTools.token(settings, Clock.systemUTC(), args);
                case "sign-webhook" -> DevTools.signWebhook(settings, Clock.systemUTC(), args);
                default -> throw new IllegalArgumentException("unknown command " + args[0]
                        + "; use no argument to start the suite, or token / sign-webhook");
            });
            return;
        }
        Files.createDirectories(settings.dataDir().resolve("logs"));
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", settings.dataDir().resolve("logs/kafka.log").toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");

        SuiteLauncher launcher = new SuiteLauncher(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "dispute-suite-stop"));
        if (!launcher.start()) {
            System.exit(1);
        }
        launcher.stopped.await();
    }

    private boolean start() throws IOException, InterruptedException {
        long startedAt = System.nanoTime();
        List<Integer> taken = FreePorts.taken(FreePorts.of(settings));
        if (!taken.isEmpty()) {
            System.err.println("dispute-suite: ports " + taken + " are in use (another suite running?);"
                    + " stop what listens there, or set SUITE_KAFKA_PORT / SUITE_KAFKA_CONTROLLER_PORT for Kafka's");
            return false;
        }
        System.out.println("dispute-suite: data in " + settings.dataDir());
        kafka = EmbeddedKafka.start(settings);
        System.out.println("dispute-suite: Kafka on " + settings.bootstrapServers());
        for (SuiteService service : SuiteService.all()) {
            ServiceProcess.extractJar(service, settings);
            ServiceProcess started = ServiceProcess.start(service, settings);
            services.add(started);
            supervisor.watch(started);
        }
        if (!awaitReady(startedAt)) {
            return false;
        }
        System.out.printf("%s (%.1f s)%n", READY_LINE, (System.nanoTime() - startedAt) / 1e9);
        System.out.flush();
        supervisor.restartFromNow();
        return true;
    }

    /** Probes every service's readiness on a schedule until all answer, one dies, or time runs out. */
    private boolean awaitReady(long startedAt) throws InterruptedException {
        List<ServiceProcess> waiting = new ArrayList<>(services);
        long deadline = startedAt + settings.readyTimeout().toNanos();
        CompletableFuture<Boolean> outcome = new CompletableFuture<>();
        ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor();
        probes.scheduleWithFixedDelay(() -> {
            try {
                Boolean done = probeRound(waiting, startedAt, deadline);
                if (done != null) {
                    outcome.complete(done);
                }
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        }, 0, PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Readiness probing failed", e.getCause());
        } finally {
            probes.shutdownNow();
        }
    }

    /** True when every service is ready, false when one died or time ran out, null to probe again. */
    private Boolean probeRound(List<ServiceProcess> waiting, long startedAt, long deadline) {
        for (ServiceProcess service : List.copyOf(waiting)) {
            if (!service.isAlive()) {
                System.err.println("dispute-suite: " + service.service().serviceName()
                        + " stopped while starting; see " + service.logFile());
                return false;
            }
            if (service.isReady()) {
                waiting.remove(service);
                System.out.printf("dispute-suite: %s ready on port %d, pid %d (%.1f s)%n",
                        service.service().serviceName(), service.service().apiPort(), service.pid(),
                        (System.nanoTime() - startedAt) / 1e9);
            }
        }
        if (waiting.isEmpty()) {
            return true;
        }
        if (System.nanoTime() > deadline) {
            waiting.forEach(s -> System.err.println("dispute-suite: " + s.service().serviceName()
                    + " not ready after " + settings.readyTimeout() + "; see " + s.logFile()));
            return false;
        }
        return null;
    }

    private synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        System.out.println("dispute-suite: stopping");
        supervisor.stopAll(STOP_GRACE);
        if (kafka != null) {
            kafka.close();
        }
        stopped.countDown();
        System.out.println("dispute-suite: stopped");
    }
}
