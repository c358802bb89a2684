package org.disputesuite.ruling.policy;

/** The rules of docs/policy.md that the platform applies, each under its published id. */
public enum RuleId {

    /** The seller did not answer within the seller response window: seller responsible. */
    R1_SELLER_SILENT("R1-SELLER-SILENT");

    private final String id;

    RuleId(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
