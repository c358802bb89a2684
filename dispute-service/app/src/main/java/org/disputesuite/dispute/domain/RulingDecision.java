package org.disputesuite.dispute.domain;

/** What became of a ruling sent to a dispute. */
public enum RulingDecision {
    APPLIED, SUPERSEDED, ALREADY_RECORDED
}
