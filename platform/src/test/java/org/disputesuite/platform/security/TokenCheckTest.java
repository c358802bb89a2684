package org.disputesuite.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;

import org.disputesuite.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class TokenCheckTest {

    private final JwtDecoder decoder = new SuiteSecurityAutoConfiguration()
            .jwtDecoder(new JwtSettings(TestTokens.SECRET, null), Clock.systemUTC());

    @Test
    void acceptsATokenSignedWithTheSecret() {
        Jwt jwt = decoder.decode(TestTokens.token("buyer-17", "BUYER"));
        assertThat(jwt.getSubject()).isEqualTo("buyer-17");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("BUYER");
    }

    @Test
    void refusesAnotherKeyNoSignatureExpiryInThePastAndNoExpiry() {
        String otherKey = TestTokens.token("another-secret-another-secret-another-secret", "buyer-17",
                Instant.now().plusSeconds(600), "BUYER");
        String expired = TestTokens.token(TestTokens.SECRET, "buyer-17", Instant.now().minusSeconds(5), "BUYER");
        String noExpiry = TestTokens.token(TestTokens.SECRET, "buyer-17", (Instant) null, "BUYER");

        assertThatThrownBy(() -> decoder.decode(otherKey)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(TestTokens.unsigned("buyer-17", "BUYER"))).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(noExpiry)).isInstanceOf(JwtException.class);
    }

    @Test
    void refusesToStartWithoutAWayToCheckTokensOrWithAShortSecret() {
        SuiteSecurityAutoConfiguration configuration = new SuiteSecurityAutoConfiguration();
        assertThatThrownBy(() -> configuration.jwtDecoder(new JwtSettings(null, null), Clock.systemUTC()))
                .hasMessageContaining("SUITE_JWT_SECRET");
        assertThatThrownBy(() -> configuration.jwtDecoder(new JwtSettings("too-short", null), Clock.systemUTC()))
                .hasMessageContaining("at least 32 bytes");
    }
}
