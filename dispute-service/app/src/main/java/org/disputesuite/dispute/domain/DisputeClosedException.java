package org.disputesuite.dispute.domain;

import org.disputesuite.dispute.api.DisputeStatus;

/** Every action on a resolved or withdrawn dispute is refused. */
public class DisputeClosedException extends ActionNotAllowedException {

    public DisputeClosedException(String disputeId, DisputeStatus status) {
        super("Dispute " + disputeId + " is " + status + ": it takes no further action");
    }
}
