package org.disputesuite.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputesuite.notification.message.Channel;
import org.disputesuite.notification.message.MessageKind;
import org.disputesuite.notification.message.Notice;
import org.disputesuite.notification.message.RenderedMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The parties' inboxes. A message is identified by the event it came from, its recipient and its
 * kind, so the same event can never put the same message in an inbox twice; and it is kept once
 * per dedup key, recipient and kind (the key is the notice's own, or the event id), so a message
 * that is once-only across events is kept from the first of them.
 */
@Repository
public class InboxStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    public InboxStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /**
     * Puts a message in its recipient's inbox, delivered there at once. False when this event, or
     * another with the same dedup key, had already put it there.
     */
    public boolean put(String sourceEventId, Notice notice, RenderedMessage message) {
        String id = messageId(sourceEventId, notice);
        String dedupKey = notice.dedupKey() != null ? notice.dedupKey() : sourceEventId;
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int inserted = jdbc.update("insert into inbox_messages (id, recipient_id, kind, locale, subject, body,"
                        + " order_id, dispute_id, source_event_id, dedup_key, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                id, notice.recipientId(), notice.kind().name(), message.locale(), message.subject(), message.body(),
                notice.orderId(), notice.disputeId(), sourceEventId, dedupKey, now);
        if (inserted == 0) {
            return false;
        }
        jdbc.update("insert into message_deliveries (message_id, channel, status, attempts, last_attempt_at)"
                + " values (?, ?, ?, ?, ?)", id, Channel.INBOX.name(), DeliveryStatus.DELIVERED.name(), 1, now);
        return true;
    }

    /** The recipient's messages, newest first. */
    public List<InboxMessage> of(String recipientId, int limit, int offset) {
        List<Row> rows = jdbc.query("select id, kind, locale, subject, body, order_id, dispute_id, created_at"
                + " from inbox_messages where recipient_id = ? order by created_at desc, seq desc limit ? offset ?",
                InboxStore::row, recipientId, limit, offset);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Delivery>> deliveries = deliveriesOf(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(row -> new InboxMessage(row.id(), MessageKind.valueOf(row.kind()), row.locale(), row.subject(),
                        row.body(), row.orderId(), row.disputeId(), row.createdAt(),
                        deliveries.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private Map<String, List<Delivery>> deliveriesOf(List<String> messageIds) {
        Map<String, List<Delivery>> byMessage = new HashMap<>();
        named.query("select message_id, channel, status, attempts from message_deliveries"
                        + " where message_id in (:ids) order by channel",
                new MapSqlParameterSource("ids", messageIds),
                row -> {
                    byMessage.computeIfAbsent(row.getString("message_id"), id -> new ArrayList<>())
                            .add(new Delivery(Channel.valueOf(row.getString("channel")),
                                    DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts")));
                });
        return byMessage;
    }

    private static String messageId(String sourceEventId, Notice notice) {
        String identity = sourceEventId + "\n" + notice.recipientId() + "\n" + notice.kind().name();
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Row row(ResultSet row, int index) throws SQLException {
        return new Row(row.getString("id"), row.getString("kind"), row.getString("locale"), row.getString("subject"),
                row.getString("body"), row.getString("order_id"), row.getString("dispute_id"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private record Row(String id, String kind, String locale, String subject, String body, String orderId,
                       String disputeId, Instant createdAt) {
    }
}
