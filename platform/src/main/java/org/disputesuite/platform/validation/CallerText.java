package org.disputesuite.platform.validation;

import java.text.Normalizer;

/**
 * Text as callers send it, brought to one Unicode form (NFC) before it is checked, compared or
 * stored: the same name typed on two keyboards (a precomposed {@code é} or {@code e} with a
 * combining accent) is then the same name.
 */
public final class CallerText {

    private CallerText() {
    }

    /** Null stays null. */
    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
