package org.disputesuite.dispute.api;

/** How a seller answers a dispute. */
public enum SellerAction {
    ACCEPT, REJECT, PROPOSE
}
