package org.disputesuite.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * When to restart a service that died, the way Kubernetes restarts a crashed container: after a
 * back-off that doubles with each recent exit, and not at all once it has exited more than
 * {@code maxRestarts} times within {@code window} (a crash loop, which a restart will not cure).
 */
final class RestartPolicy {

    static final RestartPolicy DEFAULT = new RestartPolicy(5, Duration.ofMinutes(10),
            Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final int maxRestarts;
    private final Duration window;
    private final Duration initialBackOff;
    private final Duration maxBackOff;

    RestartPolicy(int maxRestarts, Duration window, Duration initialBackOff, Duration maxBackOff) {
        this.maxRestarts = maxRestarts;
        this.window = window;
        this.initialBackOff = initialBackOff;
        this.maxBackOff = maxBackOff;
    }

    /** The exits of one service, oldest first; each supervised service has its own. */
    Exits exits() {
        return new Exits();
    }

    int maxRestarts() {
        return maxRestarts;
    }

    Duration window() {
        return window;
    }

    final class Exits {

        private final Deque<Instant> recent = new ArrayDeque<>();

        private Exits() {
        }

        /** Records an exit; the pause before the restart, or empty to give up. */
        synchronized Optional<Duration> onExit(Instant at) {
            recent.addLast(at);
            while (!recent.peekFirst().isAfter(at.minus(window))) {
                recent.removeFirst();
            }
            int count = recent.size();
            if (count > maxRestarts) {
                return Optional.empty();
            }
            Duration backOff = initialBackOff.multipliedBy(1L << Math.min(count - 1, 30));
            return Optional.of(backOff.compareTo(maxBackOff) > 0 ? maxBackOff : backOff);
        }

        /** Exits within the window, this one included. */
        synchronized int recentCount() {
            return recent.size();
        }
    }
}
