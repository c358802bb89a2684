package org.disputesuite.ruling.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The policy as the services bind it from their environment. */
class PolicySettingsTests {

    @Test
    void readsWindowsFromEnvironmentVariables() {
        PolicySettings settings = bind(Map.of("SUITE_POLICY_SELLER_RESPONSE_WINDOW", "PT10S",
                "SUITE_POLICY_MAX_CUSTOMER_DELAY", "P10D"));

        assertThat(settings.sellerResponseWindow()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.maxCustomerDelay()).isEqualTo(Duration.ofDays(10));
        assertThat(settings.pickupWindow()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void takesThePolicyDefaultsWhenNothingIsSet() {
        PolicySettings settings = bind(Map.of());

        assertThat(settings).isEqualTo(PolicySettings.defaults());
        assertThat(settings.windows()).containsExactly(
                Map.entry("protection-after-promise", Duration.ofDays(15)),
                Map.entry("seller-response-window", Duration.ofDays(5)),
                Map.entry("auto-escalation-after", Duration.ofDays(15)),
                Map.entry("pickup-window", Duration.ofDays(7)),
                Map.entry("buyer-confirmation-window", Duration.ofDays(5)),
                Map.entry("delivery-receipt-window", Duration.ofDays(5)),
                Map.entry("max-customer-delay", Duration.ofDays(30)),
                Map.entry("reminder-before", Duration.ofDays(1)));
    }

    @Test
    void refusesANegativeWindowNamingTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("SUITE_POLICY_PICKUP_WINDOW", "-P1D")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("suite.policy.pickup-window must be a positive duration");
    }

    @Test
    void refusesAZeroWindowNamingTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("SUITE_POLICY_SELLER_RESPONSE_WINDOW", "PT0S")))
                .rootCause().hasMessageContaining("suite.policy.seller-response-window must be a positive duration");
    }

    @Test
    void refusesAnAbsurdWindowNamingTheSetting() {
        assertThatThrownBy(() -> bind(Map.of("SUITE_POLICY_AUTO_ESCALATION_AFTER", "P400D")))
                .rootCause().hasMessageContaining("suite.policy.auto-escalation-after must be at most");
    }

    @Test
    void versionTellsDeploymentsWithDifferentWindowsApart() {
        PolicySettings defaults = PolicySettings.defaults();
        PolicySettings shortWindow = defaults.withSellerResponseWindow(Duration.ofSeconds(30));

        assertThat(defaults.version()).startsWith(PolicySettings.DEFAULT_EDITION + "+").hasSize(16);
        assertThat(shortWindow.version()).isNotEqualTo(defaults.version());
        assertThat(PolicySettings.defaults().version()).isEqualTo(defaults.version());
        assertThat(bind(Map.of("SUITE_POLICY_EDITION", "2027-01")).version()).startsWith("2027-01+");
    }

    private static PolicySettings bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-env", variables));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bindOrCreate("suite.policy", PolicySettings.class);
    }
}
