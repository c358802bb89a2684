package org.disputesuite.local.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** What one measured phase completed: how many operations, how long it took in all, and each one's latency. */
record Measurement(String label, int completed, Map<String, Integer> failures, long wallNanos, long[] sortedLatencies) {

    static Measurement of(String label, long wallNanos, long[] latencies, Map<String, Integer> failures) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Measurement(label, sorted.length, new TreeMap<>(failures), wallNanos, sorted);
    }

    int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    double throughputPerSecond() {
        return completed / (wallNanos / 1e9);
    }

    /** Nearest-rank percentile, in milliseconds. */
    double percentileMillis(double percentile) {
        if (sortedLatencies.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedLatencies.length);
        return sortedLatencies[Math.max(0, rank - 1)] / 1e6;
    }

    double meanMillis() {
        return Arrays.stream(sortedLatencies).average().orElse(Double.NaN) / 1e6;
    }
}
