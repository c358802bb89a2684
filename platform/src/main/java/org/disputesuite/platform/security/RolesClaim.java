package org.disputesuite.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * The {@code roles} claim as authorities: a list of strings, or one string of space-separated
 * roles. Anything else (numbers, nulls, objects) makes the token invalid (401), where Spring
 * Security's own converter would fail with a ClassCastException (500).
 */
final class RolesClaim implements Converter<Jwt, Collection<GrantedAuthority>> {

    static final String CLAIM = "roles";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object claim = jwt.getClaims().get(CLAIM);
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (claim == null) {
            return authorities;
        }
        if (claim instanceof String roles) {
            for (String role : roles.trim().split("\\s+")) {
                add(authorities, role);
            }
            return authorities;
        }
        if (!(claim instanceof Collection<?> roles)) {
            throw invalid();
        }
        for (Object role : roles) {
            if (!(role instanceof String name)) {
                throw invalid();
            }
            add(authorities, name);
        }
        return authorities;
    }

    private static void add(List<GrantedAuthority> authorities, String role) {
        if (!role.isBlank()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
    }

    private static InvalidBearerTokenException invalid() {
        return new InvalidBearerTokenException("The roles claim must be a list of role names");
    }
}
