package org.disputesuite.tracking.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The webhook ids each carrier has delivered, so a redelivery has no second effect, even after a restart. */
@Repository
public class WebhookReceipts {

    private final JdbcTemplate jdbc;

    WebhookReceipts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean seen(String carrier, String webhookId) {
        Integer count = jdbc.queryForObject("select count(*) from webhook_receipts where carrier = ? and webhook_id = ?",
                Integer.class, carrier, webhookId);
        return count != null && count > 0;
    }

    /** False when the id was already there; a concurrent delivery of the same id waits for this one's transaction. */
    boolean remember(String carrier, String webhookId, Instant receivedAt) {
        return jdbc.update("insert into webhook_receipts (carrier, webhook_id, received_at) values (?, ?, ?)"
                        + " on conflict do nothing",
                carrier, webhookId, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC)) == 1;
    }

    public int forgetReceivedBefore(Instant cutoff) {
        return jdbc.update("delete from webhook_receipts where received_at < ?",
                OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
    }
}
