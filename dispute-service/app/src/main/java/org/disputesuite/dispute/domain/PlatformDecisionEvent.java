package org.disputesuite.dispute.domain;

/** A stored event caused by a ruling-service decision; {@code decisionId} is that record's ce_id. */
public interface PlatformDecisionEvent {

    String decisionId();
}
