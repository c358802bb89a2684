package org.disputesuite.platform.events;

/** The CloudEvents-style Kafka headers that carry each record's identity. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";

    private CloudEventHeaders() {
    }
}
