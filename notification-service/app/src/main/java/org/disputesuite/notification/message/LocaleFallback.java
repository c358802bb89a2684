package org.disputesuite.notification.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The locales to try for a recipient, best first: the requested tag, then shorter and shorter
 * forms of it (pt-BR, pt; zh-Hant-TW, zh-Hant, zh), then {@link #LAST_RESORT}.
 */
public final class LocaleFallback {

    public static final Locale LAST_RESORT = Locale.ENGLISH;

    private LocaleFallback() {
    }

    public static List<String> candidates(Locale requested) {
        List<String> tags = new ArrayList<>();
        if (requested != null && !requested.getLanguage().isEmpty()) {
            String tag = requested.stripExtensions().toLanguageTag();
            while (!tag.isEmpty()) {
                tags.add(tag);
                int cut = tag.lastIndexOf('-');
                tag = cut < 0 ? "" : tag.substring(0, cut);
            }
        }
        String lastResort = LAST_RESORT.toLanguageTag();
        if (!tags.contains(lastResort)) {
            tags.add(lastResort);
        }
        return List.copyOf(tags);
    }
}
