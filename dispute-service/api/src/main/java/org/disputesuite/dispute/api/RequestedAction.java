package org.disputesuite.dispute.api;

/** What the platform asks a party to do in the pickup and inconsistent-delivery cases (docs/policy.md). */
public enum RequestedAction {
    /** The buyer collects the parcel from the pickup point, or files a certificate, by the collect-by time. */
    COLLECT_PARCEL(Party.BUYER),
    /** The buyer confirms receipt, or says it was still not received, after an inconsistent delivery. */
    CONFIRM_RECEIPT(Party.BUYER),
    /** The seller produces a delivery receipt for the shipping address. */
    PRODUCE_DELIVERY_RECEIPT(Party.SELLER);

    private final Party party;

    RequestedAction(Party party) {
        this.party = party;
    }

    public Party party() {
        return party;
    }
}
