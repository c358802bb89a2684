package org.disputesuite.tracking.delay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DelaySettingsTests {

    @Test
    void readsTheSettingsFromTheEnvironmentAndTakesTheDefaultsOtherwise() {
        DelaySettings set = bind(Map.of("SUITE_TRACKING_STALL_AFTER", "P2D",
                "SUITE_TRACKING_DELAY_SCAN_INTERVAL", "PT30S", "SUITE_TRACKING_DELAY_SCAN_BATCH", "50"));

        assertThat(set).isEqualTo(new DelaySettings(Duration.ofDays(2), Duration.ofSeconds(30), 50));
        assertThat(bind(Map.of())).isEqualTo(new DelaySettings(Duration.ofDays(5), Duration.ofMinutes(1), 500));
    }

    @Test
    void refusesSettingsThatAreNotValidNamingTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("SUITE_TRACKING_STALL_AFTER", "PT0S")))
                .hasStackTraceContaining("suite.tracking.stall-after");
        assertThatThrownBy(() -> bind(Map.of("SUITE_TRACKING_DELAY_SCAN_INTERVAL", "-PT1M")))
                .hasStackTraceContaining("suite.tracking.delay-scan-interval");
        assertThatThrownBy(() -> bind(Map.of("SUITE_TRACKING_DELAY_SCAN_BATCH", "0")))
                .hasStackTraceContaining("suite.tracking.delay-scan-batch");
    }

    private static DelaySettings bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-env", variables));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bindOrCreate("suite.tracking", DelaySettings.class);
    }
}
