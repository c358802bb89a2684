package org.disputesuite.tracking.shipment;

import org.disputesuite.platform.security.ApiAccessRules;
import org.disputesuite.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Roles checked before any body is read; whose order it is is checked by the controller. */
@Configuration(proxyBeanMethods = false)
class ShipmentAccessRules {

    @Bean
    ApiAccessRules shipmentAccess() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/shipments")
                .hasAnyRole(Role.SELLER.name(), Role.OPERATOR.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/shipments/*")
                .hasAnyRole(Role.BUYER.name(), Role.SELLER.name(), Role.OPERATOR.name());
    }
}
