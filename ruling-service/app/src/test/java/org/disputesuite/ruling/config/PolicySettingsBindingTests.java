package org.disputesuite.ruling.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.disputesuite.ruling.api.PolicySettings;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class PolicySettingsBindingTests {

    @Test
    void readsWindowsAndEditionFromEnvironmentVariables() {
        PolicySettings settings = bind(Map.of(
                "SUITE_POLICY_SELLER_RESPONSE_WINDOW", "PT10S",
                "SUITE_POLICY_EDITION", "2027-01"));

        assertThat(settings.sellerResponseWindow()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.edition()).isEqualTo("2027-01");
        assertThat(settings.pickupWindow()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.version()).startsWith("2027-01+").isNotEqualTo(PolicySettings.defaults().version());
    }

    @Test
    void takesThePolicyDefaultsWhenNothingIsSet() {
        assertThat(bind(Map.of())).isEqualTo(PolicySettings.defaults());
    }

    @Test
    void refusesAWindowThatIsNotValidNamingTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("SUITE_POLICY_MAX_CUSTOMER_DELAY", "PT0S")))
                .hasStackTraceContaining("suite.policy.max-customer-delay");
    }

    private static PolicySettings bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-env", variables));
        return new RulingConfiguration().policySettings(environment);
    }
}
