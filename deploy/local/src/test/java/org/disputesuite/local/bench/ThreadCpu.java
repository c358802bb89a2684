package org.disputesuite.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of every thread of the suite's processes so far, from Linux's {@code /proc/<pid>/task}
 * (empty elsewhere). It tells what a sampling profiler cannot see: the JIT compiler's and the
 * garbage collector's threads, and threads that spend their time in native code (network I/O).
 */
record ThreadCpu(Map<String, Map<Long, ThreadTime>> byProcess) {

    private static final int SHOWN_PER_PROCESS = 6;

    /** One thread: its name, digits folded so that a pool's threads form one group, and its CPU time. */
    record ThreadTime(String group, long cpuNanos) {
    }

    static ThreadCpu of(ProcessHandle suite) {
        Map<String, Long> pids = new LinkedHashMap<>(CpuSample.pids(suite));
        pids.put(CpuSample.DRIVER, ProcessHandle.current().pid());
        Map<String, Map<Long, ThreadTime>> byProcess = new LinkedHashMap<>();
        pids.forEach((process, pid) -> byProcess.put(process, threads(pid)));
        return new ThreadCpu(byProcess);
    }

    private static Map<Long, ThreadTime> threads(long pid) {
        Map<Long, ThreadTime> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    // the first field of schedstat is the time the thread spent on a CPU, in ns
                    String schedstat = Files.readString(task.resolve("schedstat")).trim();
                    String name = Files.readString(task.resolve("comm")).trim();
                    threads.put(Long.parseLong(task.getFileName().toString()), new ThreadTime(
                            name.replaceAll("\\d+", "N"), Long.parseLong(schedstat.split(" ")[0])));
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while we read it
                }
            });
        } catch (IOException notLinux) {
            // no /proc: no thread breakdown
        }
        return threads;
    }

    /** Per process, the CPU time each thread group used between the earlier snapshot and this one. */
    Map<String, Map<String, Long>> since(ThreadCpu earlier) {
        Map<String, Map<String, Long>> used = new LinkedHashMap<>();
        byProcess.forEach((process, threads) -> {
            Map<Long, ThreadTime> before = earlier.byProcess.getOrDefault(process, Map.of());
            Map<String, Long> groups = new HashMap<>();
            threads.forEach((tid, thread) -> {
                ThreadTime then = before.get(tid);
                long nanos = thread.cpuNanos() - (then == null ? 0 : then.cpuNanos());
                groups.merge(thread.group(), nanos, Long::sum);
            });
            used.put(process, groups);
        });
        return used;
    }

    /** The busiest thread groups of each process, in ms per operation. */
    static void print(java.io.PrintStream out, String phase, int operations, Map<String, Map<String, Long>> used) {
        if (used.values().stream().allMatch(Map::isEmpty)) {
            return;
        }
        out.printf("CPU by thread during %s (ms/op; Linux names, cut to 15 characters):%n", phase);
        used.forEach((process, groups) -> {
            List<Map.Entry<String, Long>> sorted = new ArrayList<>(groups.entrySet());
            sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
            StringBuilder line = new StringBuilder("  " + process + ": ");
            sorted.stream().limit(SHOWN_PER_PROCESS).forEach(group -> line.append(String.format(Locale.ROOT,
                    "%s %.2f, ", group.getKey(), group.getValue() / 1e6 / Math.max(1, operations))));
            long rest = sorted.stream().skip(SHOWN_PER_PROCESS).mapToLong(Map.Entry::getValue).sum();
            line.append(String.format(Locale.ROOT, "other threads %.2f", rest / 1e6 / Math.max(1, operations)));
            out.println(line);
        });
    }
}
