package org.disputesuite.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the services check app tokens: {@code SUITE_JWT_JWKS_URI} (production, wins when both are
 * set) or {@code SUITE_JWT_SECRET} (HS256, at least 32 bytes).
 */
@ConfigurationProperties("suite.jwt")
public record JwtSettings(String secret, String jwksUri) {
}
