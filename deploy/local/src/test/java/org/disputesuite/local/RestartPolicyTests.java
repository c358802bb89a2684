package org.disputesuite.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RestartPolicyTests {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final RestartPolicy policy = new RestartPolicy(3, Duration.ofMinutes(10),
            Duration.ofSeconds(1), Duration.ofSeconds(3));

    @Test
    void backsOffLongerWithEachRecentExitUpToTheMaximum() {
        RestartPolicy.Exits exits = policy.exits();

        assertThat(exits.onExit(T0)).contains(Duration.ofSeconds(1));
        assertThat(exits.onExit(T0.plusSeconds(20))).contains(Duration.ofSeconds(2));
        assertThat(exits.onExit(T0.plusSeconds(40))).contains(Duration.ofSeconds(3));
    }

    @Test
    void givesUpOnlyWhenTheExitsWithinTheWindowExceedTheRestartLimit() {
        RestartPolicy.Exits exits = policy.exits();
        exits.onExit(T0);
        exits.onExit(T0.plusSeconds(60));
        exits.onExit(T0.plusSeconds(120));

        assertThat(exits.onExit(T0.plusSeconds(180))).isEmpty();
    }

    @Test
    void forgetsExitsOlderThanTheWindow() {
        RestartPolicy.Exits exits = policy.exits();
        exits.onExit(T0);
        exits.onExit(T0.plusSeconds(60));
        exits.onExit(T0.plusSeconds(120));

        Instant muchLater = T0.plus(Duration.ofMinutes(30));
        assertThat(exits.onExit(muchLater)).as("a service that ran for long starts over at the first pause")
                .contains(Duration.ofSeconds(1));
        assertThat(exits.recentCount()).isEqualTo(1);
    }

    @Test
    void eachServiceCountsItsOwnExits() {
        RestartPolicy.Exits tracker = policy.exits();
        RestartPolicy.Exits disputes = policy.exits();
        tracker.onExit(T0);
        tracker.onExit(T0.plusSeconds(1));

        assertThat(disputes.onExit(T0.plusSeconds(2))).contains(Duration.ofSeconds(1));
    }
}
