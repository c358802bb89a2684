package org.disputesuite.dispute.api;

/** The topics dispute-service publishes. Keys are order ids as plain UTF-8 strings. */
public final class DisputeTopics {

    public static final String EVENTS = "disputes.events.v1";

    public static final String SOURCE = "dispute-service";

    private DisputeTopics() {
    }
}
