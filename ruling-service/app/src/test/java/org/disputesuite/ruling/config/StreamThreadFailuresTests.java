package org.disputesuite.ruling.config;

import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

class StreamThreadFailuresTests {

    private static final Instant START = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final RuntimeException FAILURE =
            new StreamsException(new SerializationException("Stored OrderState does not parse"));

    private final StreamThreadFailures failures = new StreamThreadFailures(3, WINDOW);

    @Test
    void replacesThreadsWhileFailuresStayWithinTheLimit() {
        assertThat(failures.onFailure(FAILURE, START)).isEqualTo(REPLACE_THREAD);
        assertThat(failures.onFailure(FAILURE, START.plusSeconds(10))).isEqualTo(REPLACE_THREAD);
        assertThat(failures.onFailure(FAILURE, START.plusSeconds(20))).isEqualTo(REPLACE_THREAD);
    }

    @Test
    void shutsClientDownWhenThreadsKeepFailingWithinTheWindow() {
        failures.onFailure(FAILURE, START);
        failures.onFailure(FAILURE, START.plusSeconds(1));
        failures.onFailure(FAILURE, START.plusSeconds(2));

        assertThat(failures.onFailure(FAILURE, START.plusSeconds(3)))
                .isEqualTo(SHUTDOWN_CLIENT);
    }

    @Test
    void forgetsReplacementsOlderThanTheWindow() {
        failures.onFailure(FAILURE, START);
        failures.onFailure(FAILURE, START.plus(Duration.ofMinutes(2)));
        failures.onFailure(FAILURE, START.plus(Duration.ofMinutes(4)));

        assertThat(failures.onFailure(FAILURE, START.plus(WINDOW).plusSeconds(1)))
                .isEqualTo(REPLACE_THREAD);
        assertThat(failures.onFailure(FAILURE, START.plus(WINDOW).plusSeconds(2)))
                .isEqualTo(SHUTDOWN_CLIENT);
    }

    @Test
    void shutsDownAtFirstFailureWhenNoReplacementIsAllowed() {
        assertThat(new StreamThreadFailures(0, WINDOW).onFailure(FAILURE, START))
                .isEqualTo(SHUTDOWN_CLIENT);
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThatThrownBy(() -> new StreamThreadFailures(3, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
