package org.disputesuite.platform.security;

/** The roles a token may carry in its {@code roles} claim. */
public enum Role {
    BUYER, SELLER, OPERATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
