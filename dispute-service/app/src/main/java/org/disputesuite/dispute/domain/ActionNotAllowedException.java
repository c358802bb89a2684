package org.disputesuite.dispute.domain;

/** The dispute's status does not allow the action (docs/policy.md, who may act in which status). */
public class ActionNotAllowedException extends RuntimeException {

    public ActionNotAllowedException(String reason) {
        super(reason);
    }
}
