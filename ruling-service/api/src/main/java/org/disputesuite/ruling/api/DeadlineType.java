package org.disputesuite.ruling.api;

import org.disputesuite.dispute.api.Party;

/** The deadlines the platform keeps, each with the party that must act (docs/policy.md). */
public enum DeadlineType {
    SELLER_RESPONSE(Party.SELLER),
    BUYER_PICKUP(Party.BUYER),
    BUYER_CONFIRMATION(Party.BUYER),
    DELIVERY_RECEIPT(Party.SELLER),
    CUSTOMER_DELAY(Party.PLATFORM),
    AUTO_ESCALATION(Party.PLATFORM);

    private final Party party;

    DeadlineType(Party party) {
        this.party = party;
    }

    public Party party() {
        return party;
    }
}
