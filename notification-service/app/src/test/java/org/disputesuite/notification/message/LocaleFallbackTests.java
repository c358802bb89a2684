package org.disputesuite.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocaleFallbackTests {

    @Test
    void triesTheRegionThenTheLanguageThenEnglish() {
        assertThat(LocaleFallback.candidates(Locale.forLanguageTag("pt-BR"))).containsExactly("pt-BR", "pt", "en");
        assertThat(LocaleFallback.candidates(Locale.forLanguageTag("es-MX"))).containsExactly("es-MX", "es", "en");
    }

    @Test
    void dropsScriptAfterRegion() {
        assertThat(LocaleFallback.candidates(Locale.forLanguageTag("zh-Hant-TW")))
                .containsExactly("zh-Hant-TW", "zh-Hant", "zh", "en");
    }

    @Test
    void ignoresExtensionsOfTheTag() {
        assertThat(LocaleFallback.candidates(Locale.forLanguageTag("ar-EG-u-nu-latn"))).containsExactly("ar-EG", "ar", "en");
    }

    @Test
    void namesEnglishOnceForEnglishSpeakers() {
        assertThat(LocaleFallback.candidates(Locale.forLanguageTag("en-GB"))).containsExactly("en-GB", "en");
    }

    @Test
    void fallsBackToEnglishWithoutAnyLocale() {
        assertThat(LocaleFallback.candidates(null)).containsExactly("en");
        assertThat(LocaleFallback.candidates(Locale.ROOT)).containsExactly("en");
    }
}
