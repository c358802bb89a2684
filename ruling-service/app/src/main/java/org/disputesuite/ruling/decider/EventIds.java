package org.disputesuite.ruling.decider;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from their cause, so deciding again on the same input (a replay, a retried
 * transaction) names the same deadline, ruling and event.
 */
final class EventIds {

    private EventIds() {
    }

    static String derive(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
