package org.disputesuite.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A jar started the way an operator starts it ({@code java -jar}), with its output captured to a file.
 * Public for the load driver in {@code bench}.
 */
public final class RunningJar implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Path log;
    private final Thread reader;

    private RunningJar(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.reader = new Thread(this::readOutput, "output-of-" + log.getFileName());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the jar with this environment added to the inherited one; a null value removes a variable. */
    public static RunningJar start(Path jar, Map<String, String> env, Path workDir, Path log) throws IOException {
        return start(jar, List.of(), env, workDir, log);
    }

    /** As {@link #start(Path, Map, Path, Path)}, with these JVM options before {@code -jar}. */
    public static RunningJar start(Path jar, List<String> javaOptions, Map<String, String> env, Path workDir, Path log)
            throws IOException {
        Files.createDirectories(workDir);
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true);
        env.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        RunningJar running = new RunningJar(builder.start(), log);
        Runtime.getRuntime().addShutdownHook(new Thread(running::killTree));
        return running;
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line of output that contains the text; false if the process ends or time runs out first. */
    public boolean awaitLine(String text, Duration timeout) throws InterruptedException {
        try {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200))
                    .until(() -> printed(text) || !process.isAlive());
        } catch (ConditionTimeoutException e) {
            return false;
        }
        if (!process.isAlive()) {
            reader.join(Duration.ofSeconds(10).toMillis());
        }
        return printed(text);
    }

    public boolean printed(String text) {
        return lines.stream().anyMatch(line -> line.contains(text));
    }

    public String output() {
        return String.join(System.lineSeparator(), lines);
    }

    public Path log() {
        return log;
    }

    /** The started process, e.g. to read the CPU time of it and its children. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Sends SIGTERM and returns the exit code, or null if it did not stop in time. Through the
     * process handle, because {@link Process#destroy()} also closes the output we still read.
     */
    public Integer terminate(Duration timeout) throws InterruptedException {
        process.toHandle().destroy();
        return awaitExit(timeout);
    }

    /** The exit code once the process ended and all it printed was read, or null if it is still running. */
    public Integer awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        reader.join(Duration.ofSeconds(10).toMillis());
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                terminate(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * SIGKILL to the process and everything it started, all at once, as a power cut or the
     * kernel's OOM killer would end them; returns once they are all gone.
     */
    public void kill() throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            handle.onExit().join();
        }
        reader.join(Duration.ofSeconds(10).toMillis());
    }

    /** Last resort when the test JVM itself goes away: nothing it started may outlive it. */
    private void killTree() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
