package org.disputesuite.notification.message;

/**
 * The kinds of message the parties get (docs/api.md). Each kind has one template per locale, keyed
 * {@code <KIND>.subject} and {@code <KIND>.body} in {@code messages/<locale>.properties}.
 */
public enum MessageKind {
    SHIPMENT_DELAYED,
    ARRIVED_FOR_COLLECTION,
    DISPUTE_OPENED,
    SELLER_RESPONDED,
    PROPOSAL_MADE,
    PROPOSAL_ANSWERED,
    ACTION_REQUESTED,
    DEADLINE_REMINDER,
    DISPUTE_ESCALATED,
    MESSAGE_POSTED,
    DISPUTE_RESOLVED
}
