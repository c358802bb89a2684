package org.disputesuite.notification.preferences;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.disputesuite.notification.message.Channel;
import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.platform.web.FieldProblem;

/**
 * The body of {@code PUT /api/v1/preferences}; it replaces the caller's preferences whole, an
 * absent field taking its default (en, UTC, no address, the inbox only).
 */
public record PreferencesRequest(String locale, String timeZone, String email, String webhookUrl,
                                 List<String> channels) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_EMAIL = 254;
    private static final int MAX_URL = 2000;

    /** The preferences this request asks for, or a 400 naming every field that is wrong. */
    public Preferences toPreferences(String partyId) {
        List<FieldProblem> errors = new ArrayList<>();
        Preferences defaults = Preferences.defaults(partyId);
        Locale parsedLocale = locale == null ? defaults.locale() : parseLocale(errors);
        ZoneId parsedZone = timeZone == null ? defaults.timeZone() : parseZone(errors);
        String parsedEmail = email == null ? null : parseEmail(errors);
        URI parsedUrl = webhookUrl == null ? null : parseUrl(errors);
        Set<Channel> parsedChannels = parseChannels(errors);
        if (parsedChannels.contains(Channel.EMAIL) && email == null) {
            errors.add(new FieldProblem("email", "is required when channels include EMAIL"));
        }
        if (parsedChannels.contains(Channel.WEBHOOK) && webhookUrl == null) {
            errors.add(new FieldProblem("webhookUrl", "is required when channels include WEBHOOK"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new Preferences(partyId, parsedLocale, parsedZone, parsedEmail, parsedUrl, parsedChannels);
    }

    private Locale parseLocale(List<FieldProblem> errors) {
        try {
            Locale parsed = new Locale.Builder().setLanguageTag(locale).build();
            if (!parsed.getLanguage().isEmpty()) {
                return parsed;
            }
        } catch (IllformedLocaleException e) {
            // reported below, like a tag without a language
        }
        errors.add(new FieldProblem("locale", "must be a BCP 47 language tag such as en, es-MX or pt-BR"));
        return null;
    }

    private ZoneId parseZone(List<FieldProblem> errors) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            errors.add(new FieldProblem("timeZone", "must be a time zone id such as UTC or Europe/Madrid"));
            return null;
        }
    }

    private String parseEmail(List<FieldProblem> errors) {
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldProblem("email", "must be an e-mail address such as ana@example.org"));
            return null;
        }
        return email;
    }

    private URI parseUrl(List<FieldProblem> errors) {
        try {
            URI uri = new URI(webhookUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (webhookUrl.length() <= MAX_URL && (scheme.equals("https") || scheme.equals("http"))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, like a URL of another scheme
        }
        errors.add(new FieldProblem("webhookUrl", "must be an absolute https or http URL"));
        return null;
    }

    private Set<Channel> parseChannels(List<FieldProblem> errors) {
        Set<Channel> parsed = EnumSet.of(Channel.INBOX);
        if (channels == null) {
            return parsed;
        }
        for (int i = 0; i < channels.size(); i++) {
            String name = channels.get(i);
            try {
                parsed.add(Channel.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new FieldProblem("channels[" + i + "]", "must be one of INBOX, EMAIL, WEBHOOK"));
            }
        }
        return parsed;
    }
}
