package org.disputesuite.notification.preferences;

import java.util.List;

/** Preferences as the API shows them. */
public record PreferencesView(String locale, String timeZone, String email, String webhookUrl, List<String> channels) {

    static PreferencesView of(Preferences preferences) {
        return new PreferencesView(preferences.locale().toLanguageTag(), preferences.timeZone().getId(),
                preferences.email(),
                preferences.webhookUrl() == null ? null : preferences.webhookUrl().toString(),
                preferences.channels().stream().sorted().map(Enum::name).toList());
    }
}
