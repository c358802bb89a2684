package org.disputesuite.platform.kafka;

/** Dead-letter topics are named {@code <topic>.<group>.dlt}: one per consumer of a topic. */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static String topicFor(String topic, String group) {
        return topic + "." + group + ".dlt";
    }
}
