package org.disputesuite.tracking.shipment;

import org.disputesuite.ruling.api.PolicySettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The dispute policy's windows (docs/policy.md), read from {@code suite.policy.*} as every service
 * that applies them reads them; the tracker settles collect-by times with {@code pickup-window}.
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    /** A window that is not valid stops start-up with the setting named. */
    @Bean
    PolicySettings policySettings(Environment environment) {
        return Binder.get(environment).bindOrCreate("suite.policy", PolicySettings.class);
    }
}
