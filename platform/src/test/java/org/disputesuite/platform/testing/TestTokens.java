package org.disputesuite.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** App tokens for tests, signed the way the suite checks them (HS256 with the shared secret). */
public final class TestTokens {

    public static final String SECRET = "test-secret-test-secret-test-secret-0123456789";

    private TestTokens() {
    }

    public static String token(String partyId, String... roles) {
        return token(SECRET, partyId, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    public static String bearer(String partyId, String... roles) {
        return "Bearer " + token(partyId, roles);
    }

    public static String token(String secret, String partyId, Instant expiresAt, String... roles) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(partyId)
                .issueTime(new Date())
                .claim("roles", List.of(roles));
        if (expiresAt != null) {
            claims.expirationTime(Date.from(expiresAt));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** A validly signed token whose {@code roles} claim is whatever is given (a string, a list, junk). */
    public static String withRolesClaim(String partyId, Object roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(partyId)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))))
                .claim("roles", roles)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** A token with {@code alg: none} and no signature. */
    public static String unsigned(String partyId, String... roles) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"sub\":\"" + partyId + "\",\"roles\":[\"" + String.join("\",\"", roles)
                + "\"],\"exp\":" + Instant.now().plusSeconds(3600).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
