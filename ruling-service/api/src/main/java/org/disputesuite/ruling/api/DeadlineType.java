package org.disputesuite.ruling.api;

import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedAction;

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

    /** The deadline that runs for a request of the platform. */
    public static DeadlineType of(RequestedAction action) {
        return switch (action) {
            case COLLECT_PARCEL -> BUYER_PICKUP;
            case CONFIRM_RECEIPT -> BUYER_CONFIRMATION;
            case PRODUCE_DELIVERY_RECEIPT -> DELIVERY_RECEIPT;
        };
    }
}
