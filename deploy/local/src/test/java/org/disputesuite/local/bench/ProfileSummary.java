package org.disputesuite.local.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU profile of flight recordings made during a benchmark run (see
 * docs/benchmarks.md, "Profiling a run"), cut to a time window such as the measured webhooks:
 * per recording, the share of execution samples by area (the first frame from the top that is
 * not the JDK's general library decides), the top self-time methods, the application's methods
 * with the most samples under them (undercounted when stacks were truncated: record with a deeper
 * {@code stackdepth}), the busiest threads, and the GC and JIT time in the window.
 * A {@code main}, not a test: {@code ProfileSummary <from> <to> <recording.jfr>...}.
 */
public final class ProfileSummary {

    private static final int TOP = 15;
    private static final Pattern JAR = Pattern.compile("([\\w.-]+)\\.jar");

    /** Checked in order on each frame's class; the first match names the sample's area. */
    private static final List<Map.Entry<String, String>> AREAS = List.of(
            Map.entry("javax.crypto.", "signature/crypto"),
            Map.entry("com.sun.crypto.", "signature/crypto"),
            Map.entry("sun.security.", "signature/crypto"),
            Map.entry("java.security.", "signature/crypto"),
            Map.entry("org.disputesuite.", "application code"),
            Map.entry("org.apache.tomcat.", "HTTP (Tomcat)"),
            Map.entry("org.apache.catalina.", "HTTP (Tomcat)"),
            Map.entry("org.apache.coyote.", "HTTP (Tomcat)"),
            Map.entry("com.fasterxml.jackson.", "Jackson"),
            Map.entry("tools.jackson.", "Jackson"),
            Map.entry("org.h2.", "H2 database"),
            Map.entry("com.zaxxer.hikari.", "JDBC pool (Hikari)"),
            Map.entry("org.postgresql.", "JDBC driver"),
            Map.entry("org.apache.kafka.streams.", "Kafka Streams"),
            Map.entry("org.apache.kafka.clients.", "Kafka client/common"),
            Map.entry("org.apache.kafka.common.", "Kafka client/common"),
            Map.entry("org.apache.kafka.", "Kafka broker"),
            Map.entry("kafka.", "Kafka broker"),
            Map.entry("scala.", "Kafka broker"),
            Map.entry("org.springframework.kafka.", "Spring Kafka"),
            Map.entry("org.axonframework.", "Axon"),
            Map.entry("ch.qos.logback.", "logging"),
            Map.entry("org.slf4j.", "logging"),
            Map.entry("org.apache.logging.", "logging"),
            Map.entry("io.micrometer.", "metrics (Micrometer)"),
            Map.entry("io.prometheus.", "metrics (Micrometer)"),
            Map.entry("org.hibernate.validator.", "Bean Validation"),
            Map.entry("org.hibernate.", "Hibernate"),
            Map.entry("org.springframework.security.", "Spring Security"),
            Map.entry("org.springframework.jdbc.", "Spring JDBC/transactions"),
            Map.entry("org.springframework.transaction.", "Spring JDBC/transactions"),
            Map.entry("org.springframework.web.", "Spring MVC"),
            Map.entry("org.springframework.http.", "Spring MVC"),
            Map.entry("org.springframework.", "Spring (other)"));

    /** The JDK's general library: a sample in it belongs to whoever called it. */
    private static final List<String> GENERAL_JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private ProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: ProfileSummary <from instant> <to instant> <recording.jfr>...");
        }
        Instant from = Instant.parse(args[0]);
        Instant to = Instant.parse(args[1]);
        for (int i = 2; i < args.length; i++) {
            summarise(Path.of(args[i]), from, to).print(System.out);
        }
    }

    static Profile summarise(Path recording, Instant from, Instant to) throws IOException {
        Profile profile = new Profile(recording.getFileName().toString());
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.JVMInformation")) {
                    profile.name(event.getString("javaArguments"));
                } else if (!event.getStartTime().isBefore(from) && event.getStartTime().isBefore(to)) {
                    profile.add(type, event);
                }
            }
        }
        return profile;
    }

    static final class Profile {

        private final String file;
        private String process = "";
        private int samples;
        private int truncated;
        private final Map<String, Integer> areas = new HashMap<>();
        private final Map<String, Integer> selfMethods = new HashMap<>();
        private final Map<String, Integer> applicationMethods = new HashMap<>();
        private final Map<String, Integer> threads = new HashMap<>();
        private Duration gc = Duration.ZERO;
        private int collections;
        private Duration compilation = Duration.ZERO;

        Profile(String file) {
            this.file = file;
        }

        void name(String javaArguments) {
            Matcher jar = JAR.matcher(javaArguments == null ? "" : javaArguments);
            process = jar.find() ? jar.group(1) : String.valueOf(javaArguments);
        }

        void add(String type, RecordedEvent event) {
            switch (type) {
                case "jdk.ExecutionSample" -> sample(event);
                case "jdk.GarbageCollection" -> {
                    gc = gc.plus(event.getDuration());
                    collections++;
                }
                case "jdk.Compilation" -> compilation = compilation.plus(event.getDuration());
                default -> {
                    // other events are not part of the CPU summary
                }
            }
        }

        private void sample(RecordedEvent event) {
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                return;
            }
            samples++;
            if (stack.isTruncated()) {
                truncated++;
            }
            List<RecordedFrame> frames = stack.getFrames();
            selfMethods.merge(method(frames.get(0)), 1, Integer::sum);
            areas.merge(area(frames), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = method(frame);
                if (method.startsWith("org.disputesuite.") && seen.add(method)) {
                    applicationMethods.merge(method, 1, Integer::sum);
                }
            }
            String thread = event.getThread("sampledThread") == null ? "?"
                    : event.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("\\d+", "N"), 1, Integer::sum);
        }

        private static String area(List<RecordedFrame> frames) {
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                for (Map.Entry<String, String> area : AREAS) {
                    if (type.startsWith(area.getKey())) {
                        return area.getValue();
                    }
                }
                if (GENERAL_JDK.stream().noneMatch(type::startsWith)) {
                    return "other: " + packageOf(type);
                }
            }
            return "JDK only: " + packageOf(frames.get(0).getMethod().getType().getName());
        }

        private static String packageOf(String type) {
            int last = type.lastIndexOf('.');
            return last < 0 ? type : type.substring(0, last);
        }

        private static String method(RecordedFrame frame) {
            return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
        }

        void print(java.io.PrintStream out) {
            out.printf("%n== %s (%s): %d execution samples in the window (%d with a truncated stack); GC %d"
                    + " collections, %.0f ms paused; JIT compilations %.0f ms%n", process, file, samples, truncated,
                    collections, gc.toNanos() / 1e6, compilation.toNanos() / 1e6);
            table(out, "area", areas, Integer.MAX_VALUE);
            table(out, "self time (top frame)", selfMethods, TOP);
            table(out, "application methods, samples under them", applicationMethods, TOP);
            table(out, "threads", threads, 8);
        }

        private void table(java.io.PrintStream out, String title, Map<String, Integer> counts, int limit) {
            out.println("-- " + title);
            List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
            sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
            Map<String, Integer> shown = new LinkedHashMap<>();
            sorted.stream().limit(limit).forEach(entry -> shown.put(entry.getKey(), entry.getValue()));
            shown.forEach((key, count) -> out.printf(Locale.ROOT, "  %5.1f%% %6d  %s%n",
                    100.0 * count / Math.max(1, samples), count, key));
        }
    }
}
