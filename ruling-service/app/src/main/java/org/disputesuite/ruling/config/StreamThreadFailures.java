package org.disputesuite.ruling.config;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what follows a failed stream thread. A passing failure (a broker hiccup) is worth a new
 * thread; one that keeps coming back (a stored value that no longer parses) would make new threads
 * fail forever while readiness still looked fine, so after {@code maxReplacements} replacements
 * within {@code window} the client shuts down and readiness goes DOWN.
 */
final class StreamThreadFailures {

    private static final Logger log = LoggerFactory.getLogger(StreamThreadFailures.class);

    private final int maxReplacements;
    private final Duration window;
    private final Deque<Instant> replacements = new ArrayDeque<>();

    StreamThreadFailures(int maxReplacements, Duration window) {
        if (maxReplacements < 0) {
            throw new IllegalArgumentException("max thread replacements must not be negative, got " + maxReplacements);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("thread replacement window must be positive, got " + window);
        }
        this.maxReplacements = maxReplacements;
        this.window = window;
    }

    synchronized StreamThreadExceptionResponse onFailure(Throwable failure, Instant now) {
        Instant windowStart = now.minus(window);
        while (!replacements.isEmpty() && !replacements.peekFirst().isAfter(windowStart)) {
            replacements.removeFirst();
        }
        if (replacements.size() >= maxReplacements) {
            log.error("A stream thread failed again after {} replacements within {}; Kafka Streams shuts down and"
                    + " the service is no longer ready. Cause: {}", replacements.size(), window, rootCause(failure),
                    failure);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        replacements.addLast(now);
        log.error("A stream thread failed; it is replaced ({} of {} replacements within {})", replacements.size(),
                maxReplacements, window, failure);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName() + ": " + cause.getMessage();
    }
}
