package org.disputesuite.tracking.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.disputesuite.ruling.api.PolicySettings;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class PolicyConfigurationTests {

    @Test
    void readsThePickupWindowFromTheEnvironmentAndTakesThePolicyDefaultOtherwise() {
        assertThat(bind(Map.of("SUITE_POLICY_PICKUP_WINDOW", "P10D")).pickupWindow()).isEqualTo(Duration.ofDays(10));
        assertThat(bind(Map.of())).isEqualTo(PolicySettings.defaults());
    }

    @Test
    void refusesAWindowThatIsNotValidNamingTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("SUITE_POLICY_PICKUP_WINDOW", "-P1D")))
                .hasStackTraceContaining("suite.policy.pickup-window");
    }

    private static PolicySettings bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-env", variables));
        return new PolicyConfiguration().policySettings(environment);
    }
}
