package org.disputesuite.platform.kafka;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event ids a consumer has already handled, kept in the service's database so a redelivered
 * record has no second effect even after a restart. Call it in the same transaction as the
 * effect: if the effect rolls back, so does the mark.
 */
public class ProcessedEvents {

    private final JdbcTemplate jdbc;

    public ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time this consumer sees this event id, false on every redelivery. */
    public boolean markProcessed(String consumer, String eventId) {
        int inserted = jdbc.update(
                "insert into processed_events (consumer, event_id, processed_at) values (?, ?, current_timestamp)"
                        + " on conflict do nothing",
                consumer, eventId);
        return inserted == 1;
    }
}
