package org.disputesuite.ruling.api;

/** The topics ruling-service publishes. Keys are order ids as plain UTF-8 strings. */
public final class RulingTopics {

    public static final String RULINGS = "rulings.v1";

    public static final String SOURCE = "ruling-service";

    private RulingTopics() {
    }
}
