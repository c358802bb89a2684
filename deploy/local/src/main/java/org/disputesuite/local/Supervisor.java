package org.disputesuite.local;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the suite's services running once they are all up: a service that dies is started again
 * after its {@link RestartPolicy} back-off while the others keep running, and is reported when it
 * is ready again. A service in a crash loop makes the supervisor give up, which stops the suite.
 */
final class Supervisor {

    /** Starts one service's JVM. */
    @FunctionalInterface
    interface Starter {
        ServiceProcess start(SuiteService service) throws IOException;
    }

    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);

    private final Starter starter;
    private final RestartPolicy policy;
    private final Clock clock;
    private final Consumer<String> report;
    private final Runnable giveUp;
    private final Map<SuiteService, ServiceProcess> running = new EnumMap<>(SuiteService.class);
    private final Map<SuiteService, RestartPolicy.Exits> exits = new EnumMap<>(SuiteService.class);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dispute-suite-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private boolean restarting;
    private boolean stopping;

    Supervisor(Starter starter, RestartPolicy policy, Clock clock, Consumer<String> report, Runnable giveUp) {
        this.starter = starter;
        this.policy = policy;
        this.clock = clock;
        this.report = report;
        this.giveUp = giveUp;
    }

    /** Restarts watched services that die from now on; before, a death is the launcher's to report. */
    synchronized void restartFromNow() {
        restarting = true;
    }

    /** Watches a started service, to restart it and to stop it with the others. */
    synchronized void watch(ServiceProcess process) {
        running.put(process.service(), process);
        exits.computeIfAbsent(process.service(), service -> policy.exits());
        process.onExit().thenRun(() -> exited(process));
    }

    private void exited(ServiceProcess process) {
        SuiteService service = process.service();
        Optional<Duration> backOff;
        synchronized (this) {
            if (!restarting || stopping || running.get(service) != process) {
                return;
            }
            backOff = exits.get(service).onExit(clock.instant());
        }
        String name = service.serviceName();
        if (backOff.isEmpty()) {
            report.accept("dispute-suite: " + name + " exited with code " + process.exitCode() + ", "
                    + (policy.maxRestarts() + 1) + " times within " + policy.window().toMinutes()
                    + " min: giving up; see " + process.logFile());
            giveUp.run();
            return;
        }
        int restart = exits.get(service).recentCount();
        report.accept(String.format("dispute-suite: %s exited with code %d; restart %d in %.1f s; see %s",
                name, process.exitCode(), restart, backOff.get().toMillis() / 1000.0, process.logFile()));
        scheduler.schedule(() -> restart(service), backOff.get().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(SuiteService service) {
        ServiceProcess process;
        Instant startedAt = clock.instant();
        synchronized (this) {
            if (stopping) {
                return;
            }
            try {
                process = starter.start(service);
            } catch (IOException | RuntimeException e) {
                report.accept("dispute-suite: could not restart " + service.serviceName() + ": " + e);
                giveUp.run();
                return;
            }
            watch(process);
        }
        awaitReadyAgain(process, startedAt);
    }

    private void awaitReadyAgain(ServiceProcess process, Instant startedAt) {
        ScheduledFuture<?>[] probe = new ScheduledFuture<?>[1];
        probe[0] = scheduler.scheduleWithFixedDelay(() -> {
            if (!process.isAlive()) {
                probe[0].cancel(false);
            } else if (process.isReady()) {
                report.accept(String.format("dispute-suite: %s ready again on port %d, pid %d (%.1f s after its restart)",
                        process.service().serviceName(), process.service().apiPort(), process.pid(),
                        Duration.between(startedAt, clock.instant()).toMillis() / 1000.0));
                probe[0].cancel(false);
            }
        }, PROBE_INTERVAL.toMillis(), PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops supervising and stops every running service in parallel, each within the grace period. */
    void stopAll(Duration grace) {
        List<ServiceProcess> toStop;
        synchronized (this) {
            stopping = true;
            toStop = new ArrayList<>(running.values());
        }
        scheduler.shutdownNow();
        List<Thread> threads = new ArrayList<>();
        for (ServiceProcess process : toStop) {
            Thread thread = new Thread(() -> process.stop(grace), "stop-" + process.service().serviceName());
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
