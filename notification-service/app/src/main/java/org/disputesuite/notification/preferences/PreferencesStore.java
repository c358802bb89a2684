package org.disputesuite.notification.preferences;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.disputesuite.notification.message.Channel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each party's preferences, one row per party. */
@Repository
public class PreferencesStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PreferencesStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The party's preferences, or the defaults when they never set any. */
    public Preferences of(String partyId) {
        return find(partyId).orElseGet(() -> Preferences.defaults(partyId));
    }

    public Optional<Preferences> find(String partyId) {
        return jdbc.query("select party_id, locale, time_zone, email, webhook_url, channels from preferences"
                + " where party_id = ?", this::read, partyId).stream().findFirst();
    }

    @Transactional
    public Preferences save(Preferences preferences) {
        String channels = preferences.channels().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        Object[] values = {preferences.locale().toLanguageTag(), preferences.timeZone().getId(), preferences.email(),
                preferences.webhookUrl() == null ? null : preferences.webhookUrl().toString(), channels,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), preferences.partyId()};
        int inserted = jdbc.update("insert into preferences (locale, time_zone, email, webhook_url, channels,"
                + " updated_at, party_id) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", values);
        if (inserted == 0) {
            jdbc.update("update preferences set locale = ?, time_zone = ?, email = ?, webhook_url = ?, channels = ?,"
                    + " updated_at = ? where party_id = ?", values);
        }
        return preferences;
    }

    private Preferences read(ResultSet row, int index) throws SQLException {
        String webhookUrl = row.getString("webhook_url");
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        Arrays.stream(row.getString("channels").split(","))
                .filter(name -> !name.isBlank())
                .forEach(name -> channels.add(Channel.valueOf(name)));
        return new Preferences(row.getString("party_id"), Locale.forLanguageTag(row.getString("locale")),
                ZoneId.of(row.getString("time_zone")), row.getString("email"),
                webhookUrl == null ? null : URI.create(webhookUrl), channels);
    }
}
