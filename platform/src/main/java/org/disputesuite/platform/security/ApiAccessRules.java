package org.disputesuite.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's role rules for its endpoints. They run in the security filter, before the body is
 * read, so a role that may never call an endpoint gets 403 before any validation of its body.
 */
@FunctionalInterface
public interface ApiAccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
