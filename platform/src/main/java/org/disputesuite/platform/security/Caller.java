package org.disputesuite.platform.security;

import java.util.Set;

import org.disputesuite.platform.validation.CallerText;

/**
 * Who is calling: the party id ({@code sub}) and the roles of a verified token. The party id is
 * in NFC, the form every id a caller sends is stored in, so a token that spells it decomposed
 * still names the same party.
 */
public record Caller(String partyId, Set<Role> roles) {

    public Caller {
        partyId = CallerText.nfc(partyId);
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
