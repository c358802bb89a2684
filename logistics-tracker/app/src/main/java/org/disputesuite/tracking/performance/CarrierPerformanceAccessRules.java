package org.disputesuite.tracking.performance;

import org.disputesuite.platform.security.ApiAccessRules;
import org.disputesuite.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Any party may read how carriers perform; a token without a role may not. */
@Configuration(proxyBeanMethods = false)
class CarrierPerformanceAccessRules {

    @Bean
    ApiAccessRules carrierPerformanceAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, CarrierPerformanceController.PATH)
                .hasAnyRole(Role.BUYER.name(), Role.SELLER.name(), Role.OPERATOR.name());
    }
}
