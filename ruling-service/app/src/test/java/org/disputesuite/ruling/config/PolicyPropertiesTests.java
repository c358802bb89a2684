package org.disputesuite.ruling.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.disputesuite.ruling.policy.PolicySettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class PolicyPropertiesTests {

    @Test
    void readsWindowsFromEnvironmentVariables() {
        PolicySettings settings = bind(Map.of(
                "SUITE_POLICY_SELLER_RESPONSE_WINDOW", "PT10S",
                "SUITE_POLICY_VERSION", "2027-01"));

        assertThat(settings.sellerResponseWindow()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.version()).isEqualTo("2027-01");
        assertThat(settings.pickupWindow()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void defaultsToPolicyWindows() {
        assertThat(bind(Map.of())).isEqualTo(PolicySettings.defaults("2026-11"));
    }

    private static PolicySettings bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-env", variables));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bindOrCreate("suite.policy", PolicyProperties.class).toSettings();
    }
}
