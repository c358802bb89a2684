package org.disputesuite.platform.lifecycle;

import org.springframework.boot.SpringApplication;

/**
 * Starts a service and makes a failed start end the process. Spring Boot logs why the context
 * did not start, but a client library that had already started a thread of its own (a Kafka
 * Streams or a consumer thread) would keep the JVM alive, neither ready nor gone, and whatever
 * restarts a service on exit (the all-in-one's supervisor, Kubernetes) would never restart it.
 */
public final class ServiceMain {

    private ServiceMain() {
    }

    public static void run(Class<?> application, String[] args) {
        try {
            SpringApplication.run(application, args);
        } catch (RuntimeException failedStart) {
            System.exit(1);
        }
    }
}
