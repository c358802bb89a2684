package org.disputesuite.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerTextTests {

    private static final String DECOMPOSED = "Ana Garci\u0301a";
    private static final String COMPOSED = "Ana Garc\u00eda";

    @Test
    void bringsDecomposedTextToItsComposedForm() {
        String normalized = CallerText.nfc(DECOMPOSED);

        assertThat(normalized).isEqualTo(COMPOSED);
        assertThat(DECOMPOSED).isNotEqualTo(COMPOSED);
    }

    @Test
    void keepsComposedTextAndNullAsTheyAre() {
        assertThat(CallerText.nfc(COMPOSED)).isSameAs(COMPOSED);
        assertThat(CallerText.nfc(null)).isNull();
    }
}
