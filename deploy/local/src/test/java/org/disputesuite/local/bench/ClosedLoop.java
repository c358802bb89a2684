package org.disputesuite.local.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load: a fixed number of client threads, each sending its next operation only once
 * the previous one was answered, until the count is done or the time limit passes.
 */
final class ClosedLoop {

    /**
     * Prepares operation number {@code index} (not timed: building and signing a request), and returns
     * the timed part, which answers null when it succeeded, else a short failure label.
     */
    @FunctionalInterface
    interface Operation {
        Callable<String> prepare(int index) throws Exception;
    }

    private ClosedLoop() {
    }

    static Measurement run(String label, int operations, int concurrency, Duration limit, Operation operation)
            throws InterruptedException {
        long[] latencies = new long[operations];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        long[] deadline = new long[1];
        for (int c = 0; c < concurrency; c++) {
            Thread client = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (System.nanoTime() < deadline[0]) {
                    int index = next.getAndIncrement();
                    if (index >= operations) {
                        return;
                    }
                    long begin = System.nanoTime();
                    String failure;
                    try {
                        Callable<String> timed = operation.prepare(index);
                        begin = System.nanoTime();
                        failure = timed.call();
                    } catch (Exception e) {
                        failure = e.getClass().getSimpleName();
                    }
                    latencies[index] = System.nanoTime() - begin;
                    done.incrementAndGet();
                    if (failure != null) {
                        failures.merge(failure, 1, Integer::sum);
                    }
                }
            }, label + "-client-" + c);
            client.setDaemon(true);
            clients.add(client);
            client.start();
        }
        long begin = System.nanoTime();
        deadline[0] = begin + limit.toNanos();
        start.countDown();
        for (Thread client : clients) {
            client.join();
        }
        long wall = System.nanoTime() - begin;
        // indexes are taken in order after the time check, so the completed ones are exactly 0 .. done - 1
        long[] completed = new long[done.get()];
        System.arraycopy(latencies, 0, completed, 0, completed.length);
        return Measurement.of(label, wall, completed, failures);
    }
}
