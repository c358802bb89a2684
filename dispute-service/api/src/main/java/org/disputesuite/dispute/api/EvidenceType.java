package org.disputesuite.dispute.api;

/** What a piece of evidence shows (docs/policy.md names the rules each one serves). */
public enum EvidenceType {
    PROOF_OF_DELIVERY, DELIVERY_RECEIPT, CUSTOMER_DELAY, PICKUP_CERTIFICATE, COMMUNICATION, OTHER
}
