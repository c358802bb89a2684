package org.disputesuite.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import javax.crypto.spec.SecretKeySpec;

import org.disputesuite.platform.time.SuiteClockAutoConfiguration;
import org.disputesuite.platform.web.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every {@code /api/**} endpoint needs a valid bearer token (an expired one is refused to the
 * second, by the service's clock); webhooks, probes and metrics do not
 * (webhooks are verified by their signature). A service started without a way to check tokens
 * refuses to start.
 */
@AutoConfiguration(after = SuiteClockAutoConfiguration.class)
@EnableConfigurationProperties(JwtSettings.class)
public class SuiteSecurityAutoConfiguration {

    static final int MIN_SECRET_BYTES = 32;

    @Bean
    JwtDecoder jwtDecoder(JwtSettings settings, Clock clock) {
        NimbusJwtDecoder decoder;
        if (settings.jwksUri() != null && !settings.jwksUri().isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwksUri()).build();
        } else if (settings.secret() != null && !settings.secret().isBlank()) {
            byte[] key = settings.secret().getBytes(StandardCharsets.UTF_8);
            if (key.length < MIN_SECRET_BYTES) {
                throw new IllegalStateException("SUITE_JWT_SECRET must be at least " + MIN_SECRET_BYTES + " bytes");
            }
            decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
                    .macAlgorithm(MacAlgorithm.HS256)
                    .build();
        } else {
            throw new IllegalStateException(
                    "No way to check tokens: set SUITE_JWT_JWKS_URI (production) or SUITE_JWT_SECRET (HS256)");
        }
        JwtTimestampValidator notExpired = new JwtTimestampValidator(Duration.ZERO);
        notExpired.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                notExpired,
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank())));
        return decoder;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, List<ApiAccessRules> rules) throws Exception {
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(new RolesClaim());

        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required");
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Your role may not call this endpoint");

        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    rules.forEach(rule -> rule.apply(requests));
                    requests.requestMatchers("/api/**").authenticated();
                    requests.anyRequest().permitAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    /**
     * The firewall's refusals (a path with {@code ..;}, an encoded slash, a header value it does
     * not accept) as problem details; Spring Security picks this bean up for its filter chain.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> ProblemResponses.write(response, HttpStatus.BAD_REQUEST,
                ProblemResponses.REJECTED_REQUEST);
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
