package org.disputesuite.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.disputesuite.notification.inbox.Delivery;
import org.disputesuite.notification.inbox.DeliveryStatus;
import org.disputesuite.notification.inbox.InboxMessage;
import org.disputesuite.notification.inbox.InboxStore;
import org.disputesuite.notification.message.Channel;
import org.disputesuite.notification.message.MessageKind;
import org.disputesuite.notification.message.Notice;
import org.disputesuite.notification.message.RenderedMessage;
import org.disputesuite.notification.preferences.Preferences;
import org.disputesuite.notification.preferences.PreferencesStore;
import org.disputesuite.platform.kafka.ProcessedEvents;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The schema and the SQL of the stores also run on the embedded default, H2 in PostgreSQL mode. */
class EmbeddedDatabaseTests {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final JdbcTemplate jdbc = new JdbcTemplate(migratedH2());
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void marksAnEventProcessedOnce() {
        ProcessedEvents processed = new ProcessedEvents(jdbc);

        assertThat(processed.markProcessed("notification-service", "ce-1")).isTrue();
        assertThat(processed.markProcessed("notification-service", "ce-1")).isFalse();
    }

    @Test
    void keepsOneMessagePerEventRecipientAndKindWithItsInboxDelivery() {
        InboxStore inbox = new InboxStore(jdbc, clock);
        Notice notice = new Notice(MessageKind.DISPUTE_OPENED, "seller-3", "ORD-1", "DSP-1", Map.of());
        RenderedMessage message = new RenderedMessage(MessageKind.DISPUTE_OPENED, "en", "Subject", "Body");

        assertThat(inbox.put("ce-1", notice, message)).isTrue();
        assertThat(inbox.put("ce-1", notice, message)).isFalse();

        List<InboxMessage> messages = inbox.of("seller-3", 50, 0);
        assertThat(messages).singleElement().satisfies(stored -> {
            assertThat(stored.kind()).isEqualTo(MessageKind.DISPUTE_OPENED);
            assertThat(stored.locale()).isEqualTo("en");
            assertThat(stored.createdAt()).isEqualTo(NOW);
            assertThat(stored.deliveries()).containsExactly(new Delivery(Channel.INBOX, DeliveryStatus.DELIVERED, 1));
        });
        assertThat(inbox.of("buyer-17", 50, 0)).isEmpty();
    }

    @Test
    void keepsOneMessagePerDedupKeyRecipientAndKindWhateverEventBringsIt() {
        InboxStore inbox = new InboxStore(jdbc, clock);
        Notice arrival = new Notice(MessageKind.ARRIVED_FOR_COLLECTION, "buyer-17", "ORD-1", null, Map.of(),
                "arrived-for-collection:ORD-1:id=PP-77");
        Notice elsewhere = new Notice(MessageKind.ARRIVED_FOR_COLLECTION, "buyer-17", "ORD-1", null, Map.of(),
                "arrived-for-collection:ORD-1:id=PP-78");
        RenderedMessage message = new RenderedMessage(MessageKind.ARRIVED_FOR_COLLECTION, "en", "Subject", "Body");

        assertThat(inbox.put("ce-1", arrival, message)).isTrue();
        assertThat(inbox.put("ce-2", arrival, message)).isFalse();
        assertThat(inbox.put("ce-3", elsewhere, message)).isTrue();
        assertThat(inbox.of("buyer-17", 50, 0)).hasSize(2).allSatisfy(stored -> {
            assertThat(stored.disputeId()).isNull();
            assertThat(stored.deliveries()).containsExactly(new Delivery(Channel.INBOX, DeliveryStatus.DELIVERED, 1));
        });
        assertThat(jdbc.queryForList("select source_event_id from inbox_messages order by source_event_id",
                String.class)).containsExactly("ce-1", "ce-3");
    }

    @Test
    void replacesAPartysPreferences() {
        PreferencesStore store = new PreferencesStore(jdbc, clock);
        Preferences first = new Preferences("buyer-17", Locale.forLanguageTag("pt-BR"), ZoneId.of("America/Sao_Paulo"),
                "ana@example.org", null, Set.of(Channel.EMAIL));
        Preferences second = Preferences.defaults("buyer-17");

        store.save(first);
        assertThat(store.of("buyer-17")).isEqualTo(first);
        store.save(second);
        assertThat(store.of("buyer-17")).isEqualTo(second);
    }

    private static DataSource migratedH2() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
