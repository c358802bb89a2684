package org.disputesuite.local.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time used so far by each process of the run: the all-in-one (the Kafka broker runs in it),
 * each service it started, and this driver. On 2 shared cores, who burns the CPU explains much of
 * the latency.
 */
record CpuSample(Map<String, Duration> byProcess) {

    static final String BROKER = "kafka broker + launcher";
    static final String DRIVER = "load driver";

    static CpuSample of(ProcessHandle suite) {
        Map<String, Duration> byProcess = new LinkedHashMap<>();
        byProcess.put(BROKER, cpu(suite));
        suite.children().forEach(child -> byProcess.put(serviceName(child), cpu(child)));
        byProcess.put(DRIVER, cpu(ProcessHandle.current()));
        return new CpuSample(byProcess);
    }

    /** The pid of each process of the suite, named as in the samples: to find a process's flight recording. */
    static Map<String, Long> pids(ProcessHandle suite) {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put(BROKER, suite.pid());
        suite.children().forEach(child -> pids.put(serviceName(child), child.pid()));
        return pids;
    }

    /** CPU time per process between the earlier sample and this one. */
    Map<String, Duration> since(CpuSample earlier) {
        Map<String, Duration> used = new LinkedHashMap<>();
        byProcess.forEach((name, total) -> used.put(name,
                total.minus(earlier.byProcess.getOrDefault(name, Duration.ZERO))));
        return used;
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static String serviceName(ProcessHandle child) {
        List<String> arguments = List.of(child.info().arguments().orElse(new String[0]));
        int jar = arguments.indexOf("-jar");
        if (jar >= 0 && jar + 1 < arguments.size()) {
            String path = arguments.get(jar + 1);
            String file = path.substring(path.lastIndexOf('/') + 1);
            return file.endsWith(".jar") ? file.substring(0, file.length() - 4) : file;
        }
        return "pid " + child.pid();
    }
}
