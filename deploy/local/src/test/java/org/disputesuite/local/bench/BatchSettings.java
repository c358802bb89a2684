package org.disputesuite.local.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * What one batch benchmark run does, from system properties ({@code -Dbench.batchSizes=1,100,1000}
 * ...). Every count is bounded, so a run cannot grow without limit on a shared machine.
 *
 * @param sizes     events per measured webhook; {@code maxEvents} and {@code contendedEvents} are always
 *                  among them; a size over {@code maxEvents} may be answered other than 202
 * @param maxEvents the tracker's most events per webhook: one more than it is sent once to see it refused
 * @param contendedEvents the size of the batch a 1-event webhook is sent behind (default {@code maxEvents})
 * @param rounds    webhooks per size, all to the same parcel, so its history grows round by round
 * @param singles   1-event webhooks measured as the unit the others are compared with
 * @param contended times a 1-event webhook is sent to a parcel whose max-size batch is in flight
 * @param compactEvents events with their required fields only, so that more fit in the 1 MiB body
 * @param suiteJar  the all-in-one jar to start
 */
record BatchSettings(List<Integer> sizes, int maxEvents, int contendedEvents, int rounds, int singles, int contended,
                     boolean compactEvents, Path suiteJar, boolean keepData) {

    static final int MAX_EVENTS_PER_WEBHOOK = 14_000;

    BatchSettings {
        TreeSet<Integer> sorted = new TreeSet<>(sizes);
        sorted.add(maxEvents);
        sorted.add(contendedEvents);
        sizes = List.copyOf(sorted);
        require(sorted.first() >= 1 && sorted.last() <= MAX_EVENTS_PER_WEBHOOK,
                "bench.batchSizes and bench.maxEvents must be 1.." + MAX_EVENTS_PER_WEBHOOK);
        require(rounds >= 1 && rounds <= 10, "bench.rounds must be 1..10");
        require(singles >= 3 && singles <= 1000, "bench.singles must be 3..1000");
        require(contended >= 1 && contended <= 20, "bench.contended must be 1..20");
    }

    static BatchSettings fromSystemProperties() {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.batchSizes", "1,100,1000").split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .toList();
        String jar = System.getProperty("bench.suiteJar",
                System.getProperty("suite.jar", "deploy/local/target/dispute-suite-local.jar"));
        int maxEvents = Integer.getInteger("bench.maxEvents", 1000);
        return new BatchSettings(sizes, maxEvents, Integer.getInteger("bench.contendedEvents", maxEvents),
                Integer.getInteger("bench.rounds", 3), Integer.getInteger("bench.singles", 20),
                Integer.getInteger("bench.contended", 5), Boolean.getBoolean("bench.compactEvents"), Path.of(jar),
                Boolean.getBoolean("bench.keepData"));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
