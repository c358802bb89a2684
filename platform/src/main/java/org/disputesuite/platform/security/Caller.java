package org.disputesuite.platform.security;

import java.util.Set;

/** Who is calling: the party id ({@code sub}) and the roles of a verified token. */
public record Caller(String partyId, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isOperator() {
        return is(Role.OPERATOR);
    }

    /** Operators read everything; a party reads what names it. */
    public boolean mayRead(String... partyIds) {
        if (isOperator()) {
            return true;
        }
        for (String id : partyIds) {
            if (partyId.equals(id)) {
                return true;
            }
        }
        return false;
    }
}
