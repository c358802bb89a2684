package org.disputesuite.ruling.policy;

/**
 * The rules of docs/policy.md that the platform applies, each under its published id. The pickup
 * (R2) and inconsistent-delivery (R3) rules join this catalogue when they are built.
 */
public enum RuleId {

    /** The seller did not answer within the seller response window: seller responsible. */
    R1_SELLER_SILENT("R1-SELLER-SILENT"),

    /** The wait for a customer-caused delay ended: decided on the tracking at that time. */
    R1_CUSTOMER_DELAY("R1-CUSTOMER-DELAY"),

    /** Under review, the seller proved delivery to the shipping address: buyer responsible. */
    R1_PROOF_OF_DELIVERY("R1-PROOF-OF-DELIVERY"),

    /** Under review, in transit, with no proof of delivery: seller responsible. */
    R1_UNPROVEN("R1-UNPROVEN"),

    /** Under review, tracking shows delivery to the shipping address: buyer responsible. */
    R4_DELIVERED("R4-DELIVERED");

    private final String id;

    RuleId(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
