package org.disputesuite.dispute.api;

/** How a buyer answers a proposal, a delivery, or ends the dispute. */
public enum BuyerAction {
    ACCEPT_PROPOSAL, REJECT_PROPOSAL, CONFIRM_RECEIVED, STILL_NOT_RECEIVED, WITHDRAW
}
