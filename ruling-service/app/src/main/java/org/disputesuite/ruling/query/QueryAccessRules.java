package org.disputesuite.ruling.query;

import org.disputesuite.platform.security.ApiAccessRules;
import org.disputesuite.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may call which query at all; whether a party may read a given dispute's ruling is checked on the ruling. */
@Configuration(proxyBeanMethods = false)
class QueryAccessRules {

    @Bean
    ApiAccessRules rulingQueryRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/deadlines").hasRole(Role.OPERATOR.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/rulings/*")
                .hasAnyRole(Role.BUYER.name(), Role.SELLER.name(), Role.OPERATOR.name());
    }
}
