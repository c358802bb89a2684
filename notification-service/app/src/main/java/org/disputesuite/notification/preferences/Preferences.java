package org.disputesuite.notification.preferences;

import java.net.URI;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.disputesuite.notification.message.Channel;
import org.disputesuite.notification.message.LocaleFallback;

/** How one party wants to be told: language, time zone, addresses and channels (always the inbox). */
public record Preferences(String partyId, Locale locale, ZoneId timeZone, String email, URI webhookUrl,
                          Set<Channel> channels) {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");

    public Preferences {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(timeZone, "timeZone");
        EnumSet<Channel> chosen = EnumSet.of(Channel.INBOX);
        chosen.addAll(channels);
        channels = Set.copyOf(chosen);
    }

    /** What a party that never set anything gets: English, UTC, the inbox. */
    public static Preferences defaults(String partyId) {
        return new Preferences(partyId, LocaleFallback.LAST_RESORT, DEFAULT_TIME_ZONE, null, null,
                EnumSet.of(Channel.INBOX));
    }
}
