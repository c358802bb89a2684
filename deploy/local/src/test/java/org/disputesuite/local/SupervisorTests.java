package org.disputesuite.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor restarting real processes: a shell standing in for a service's JVM. */
class SupervisorTests {

    private static final RestartPolicy QUICK = new RestartPolicy(3, Duration.ofMinutes(10),
            Duration.ofMillis(10), Duration.ofMillis(40));

    @TempDir
    Path logs;

    private final List<String> report = new CopyOnWriteArrayList<>();
    private final AtomicInteger starts = new AtomicInteger();

    @Test
    void restartsAServiceThatDiesWhileTheOthersKeepRunning() throws Exception {
        Supervisor supervisor = new Supervisor(service -> process(service, "sleep 60"), QUICK,
                Clock.systemUTC(), report::add, () -> report.add("gave up"));
        ServiceProcess tracker = process(SuiteService.LOGISTICS_TRACKER, "sleep 60");
        ServiceProcess disputes = process(SuiteService.DISPUTE_SERVICE, "sleep 60");
        supervisor.watch(tracker);
        supervisor.watch(disputes);
        supervisor.restartFromNow();

        ProcessHandle.of(tracker.pid()).orElseThrow().destroyForcibly();

        await().atMost(Duration.ofSeconds(10)).until(() -> starts.get() == 3);
        assertThat(report).anySatisfy(line -> assertThat(line)
                .startsWith("dispute-suite: logistics-tracker exited with code 137; restart 1 in 0.0 s"));
        assertThat(disputes.isAlive()).isTrue();
        supervisor.stopAll(Duration.ofSeconds(5));
        assertThat(disputes.isAlive()).isFalse();
        assertThat(report).doesNotContain("gave up");
    }

    @Test
    void givesUpOnAServiceThatKeepsDying() throws Exception {
        CountDownLatch gaveUp = new CountDownLatch(1);
        Supervisor supervisor = new Supervisor(service -> process(service, "exit 3"), QUICK,
                Clock.systemUTC(), report::add, gaveUp::countDown);
        ServiceProcess ruling = process(SuiteService.RULING_SERVICE, "sleep 60");
        supervisor.watch(ruling);
        supervisor.restartFromNow();

        ProcessHandle.of(ruling.pid()).orElseThrow().destroyForcibly();

        assertThat(gaveUp.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(starts.get()).as("the first start and three restarts").isEqualTo(4);
        assertThat(report).last().asString()
                .startsWith("dispute-suite: ruling-service exited with code 3, 4 times within 10 min: giving up");
    }

    @Test
    void doesNotRestartWhatDiesBeforeSupervisionStartsOrWhileStopping() throws Exception {
        Supervisor supervisor = new Supervisor(service -> process(service, "sleep 60"), QUICK,
                Clock.systemUTC(), report::add, () -> report.add("gave up"));
        ServiceProcess early = process(SuiteService.NOTIFICATION_SERVICE, "exit 1");
        supervisor.watch(early);
        early.onExit().get(5, TimeUnit.SECONDS);
        supervisor.restartFromNow();
        supervisor.stopAll(Duration.ofSeconds(5));

        assertThat(starts.get()).isEqualTo(1);
        assertThat(report).isEmpty();
    }

    private ServiceProcess process(SuiteService service, String script) throws IOException {
        starts.incrementAndGet();
        Process process = new ProcessBuilder("sh", "-c", script).start();
        return new ServiceProcess(service, process, logs.resolve(service.serviceName() + ".log"));
    }
}
