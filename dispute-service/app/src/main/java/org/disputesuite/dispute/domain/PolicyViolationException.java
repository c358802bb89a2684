package org.disputesuite.dispute.domain;

/** The action is allowed in this status, but what it asks breaks a business rule of the policy. */
public class PolicyViolationException extends RuntimeException {

    public PolicyViolationException(String reason) {
        super(reason);
    }
}
