package org.disputesuite.platform.web.body;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code suite.http.*}: how long a request body may take to arrive. A body must be complete within
 * {@code body-timeout}; after {@code body-grace} it must also keep up with {@code min-body-rate}
 * per second on average (the deadline moves on by one second for every {@code min-body-rate}
 * bytes received). {@code max-buffered-bodies} bounds the memory of all bodies being read at once.
 */
@Validated
@ConfigurationProperties("suite.http")
public record HttpLimits(
        @NotNull @DefaultValue("30s") Duration bodyTimeout,
        @NotNull @DefaultValue("5s") Duration bodyGrace,
        @NotNull @DefaultValue("1KB") DataSize minBodyRate,
        @NotNull @DefaultValue("64MB") DataSize maxBufferedBodies) {

    /** The contract's limit; a body over it is answered 413. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    @AssertTrue(message = "body-timeout must be positive and body-grace between zero and body-timeout")
    public boolean isTimingConsistent() {
        return bodyTimeout == null || bodyGrace == null
                || (!bodyTimeout.isNegative() && !bodyTimeout.isZero() && !bodyGrace.isNegative() && bodyGrace.compareTo(bodyTimeout) <= 0);
    }

    @AssertTrue(message = "min-body-rate must be at least 1 byte and max-buffered-bodies at least one whole body (1MB)")
    public boolean isSizesConsistent() {
        return minBodyRate == null || maxBufferedBodies == null
                || (minBodyRate.toBytes() >= 1 && maxBufferedBodies.toBytes() >= MAX_BODY_BYTES);
    }
}
