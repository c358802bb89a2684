package org.disputesuite.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM from its own jar, with the launcher's environment plus what
 * the all-in-one decides for it (broker address, H2 file, ports, data directory).
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final SuiteService service;
    private final Process process;
    private final Path logFile;

    ServiceProcess(SuiteService service, Process process, Path logFile) {
        this.service = service;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts the service from its jar, extracted beforehand by {@link #extractJar}. */
    static ServiceProcess start(SuiteService service, LocalSettings settings) throws IOException {
        Path jar = jarPath(service, settings);
        Path logFile = settings.dataDir().resolve("logs").resolve(service.serviceName() + ".log");
        Files.createDirectories(logFile.getParent());

        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        Arrays.stream(settings.serviceJavaOptions().split("\\s+")).filter(option -> !option.isBlank())
                .forEach(command::add);
        command.add("-jar");
        command.add(jar.toString());

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(settings.dataDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        environment(builder.environment(), service, settings);
        return new ServiceProcess(service, builder.start(), logFile);
    }

    private static void environment(Map<String, String> env, SuiteService service, LocalSettings settings) {
        env.put("SERVER_PORT", String.valueOf(service.apiPort()));
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(service.managementPort()));
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", settings.bootstrapServers());
        env.put("SUITE_DATA_DIR", settings.dataDir().toString());
        env.put("SUITE_KAFKA_PARTITIONS", String.valueOf(settings.partitions()));
        env.put("SUITE_JWT_SECRET", settings.jwtSecret());
        env.put("SUITE_CARRIERS_GENERIC_SECRET", settings.genericCarrierSecret());
        env.put("SUITE_PARENT_PID", String.valueOf(ProcessHandle.current().pid()));
        // one instance of each service: static group membership lets its restart take its partitions back at once
        env.put("SUITE_INSTANCE_ID", service.serviceName() + "-0");
        if (service.usesDatabase()) {
            Path db = settings.dataDir().resolve(service.serviceName()).resolve("db");
            env.put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + db + EmbeddedDatabase.URL_SETTINGS);
            env.put("SPRING_DATASOURCE_USERNAME", "sa");
            env.put("SPRING_DATASOURCE_PASSWORD", "");
        }
    }

    private static Path jarPath(SuiteService service, LocalSettings settings) {
        return settings.dataDir().resolve("lib").resolve(service.jarName());
    }

    /** Copies the service jar embedded in the launcher next to the data, replacing an older copy. */
    static void extractJar(SuiteService service, LocalSettings settings) throws IOException {
        Path target = jarPath(service, settings);
        Path libDir = target.getParent();
        Files.createDirectories(libDir);
        try (InputStream in = ServiceProcess.class.getResourceAsStream("/services/" + service.jarName())) {
            if (in == null) {
                throw new IllegalStateException("The launcher jar has no services/" + service.jarName()
                        + ": build it with ./mvnw -DskipTests package");
            }
            Path temp = Files.createTempFile(libDir, service.serviceName(), ".tmp");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    boolean isReady() {
        if (!process.isAlive()) {
            return false;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + service.managementPort() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** The exit code of a process that has ended. */
    int exitCode() {
        return process.exitValue();
    }

    SuiteService service() {
        return service;
    }

    Path logFile() {
        return logFile;
    }

    /** SIGTERM, so Spring shuts down gracefully; forced only if it does not stop in time. */
    void stop(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
