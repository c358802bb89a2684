package org.disputesuite.platform.web.body;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at every body being read a few times a second and refuses those that fell behind. A body
 * that stops sending gets no callback from the container, so something else has to notice.
 */
final class PaceWatch implements AutoCloseable {

    static final long INTERVAL_MILLIS = 200;

    private static final Logger log = LoggerFactory.getLogger(PaceWatch.class);

    private final Set<BodyRead> reads = ConcurrentHashMap.newKeySet();
    private final LongSupplier nanoTime;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "body-pace-watch");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * {@code nanoTime} is a monotonic clock, as for the carriers' token buckets: a body's pace is
     * elapsed time, which must not jump when the wall clock is set.
     */
    PaceWatch(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        timer.scheduleWithFixedDelay(this::sweep, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void watch(BodyRead read) {
        reads.add(read);
    }

    /** Now, on the clock the pace of every watched body is measured by. */
    long now() {
        return nanoTime.getAsLong();
    }

    int watching() {
        return reads.size();
    }

    private void sweep() {
        long now = now();
        for (BodyRead read : reads) {
            try {
                if (read.checkPace(now)) {
                    reads.remove(read);
                }
            } catch (RuntimeException e) {
                reads.remove(read);
                log.warn("Could not refuse a slow request body", e);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
