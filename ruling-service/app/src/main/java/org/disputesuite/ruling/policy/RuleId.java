package org.disputesuite.ruling.policy;

/** The rules of docs/policy.md that the platform applies, each under its published id. */
public enum RuleId {

    /** The seller did not answer within the seller response window: seller responsible. */
    R1_SELLER_SILENT("R1-SELLER-SILENT"),

    /** The wait for a customer-caused delay ended: decided on the tracking at that time. */
    R1_CUSTOMER_DELAY("R1-CUSTOMER-DELAY"),

    /** Under review, the seller proved delivery to the shipping address: buyer responsible. */
    R1_PROOF_OF_DELIVERY("R1-PROOF-OF-DELIVERY"),

    /** Under review, in transit, with no proof of delivery: seller responsible. */
    R1_UNPROVEN("R1-UNPROVEN"),

    /** The parcel waiting at a pickup point was collected: nobody responsible, the money goes to the seller. */
    R2_COLLECTED("R2-COLLECTED"),

    /** The buyer filed a pickup certificate before the collect-by time: seller responsible. */
    R2_CERTIFIED("R2-CERTIFIED"),

    /** The collect-by time passed, not collected and no valid certificate: buyer responsible. */
    R2_NOT_COLLECTED("R2-NOT-COLLECTED"),

    /** The buyer did not answer about an inconsistent delivery in time: buyer responsible. */
    R3_NO_ANSWER("R3-NO-ANSWER"),

    /** The seller produced a delivery receipt for the shipping address: buyer responsible. */
    R3_RECEIPT("R3-RECEIPT"),

    /** No delivery receipt for the shipping address in time: seller responsible. */
    R3_NO_RECEIPT("R3-NO-RECEIPT"),

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
