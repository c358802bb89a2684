package org.disputesuite.tracking.api;

/** The topics logistics-tracker publishes. Keys are order ids as plain UTF-8 strings. */
public final class TrackingTopics {

    public static final String TRACKING = "logistics.tracking.v1";

    public static final String SOURCE = "logistics-tracker";

    private TrackingTopics() {
    }
}
