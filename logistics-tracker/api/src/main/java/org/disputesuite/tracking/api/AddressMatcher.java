package org.disputesuite.tracking.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an address filed as evidence is the order's shipping address, until the address check of
 * docs/policy.md ("Words") is published: country code, postal code, city and first line must all be
 * given and be equal once case, accents and spacing are set aside. The recipient's name and the
 * flat/floor line never decide it; an address that names only a locality matches nothing.
 */
public final class AddressMatcher {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private AddressMatcher() {
    }

    public static boolean matches(Address filed, Address shipping) {
        if (filed == null || shipping == null) {
            return false;
        }
        return same(filed.countryCode(), shipping.countryCode())
                && same(filed.postalCode(), shipping.postalCode())
                && same(filed.city(), shipping.city())
                && same(filed.line1(), shipping.line1());
    }

    static String normalise(String value) {
        if (value == null) {
            return "";
        }
        String withoutAccents = COMBINING_MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD))
                .replaceAll("");
        // Upper case first, so that "ß" and "SS" fold alike.
        return WHITESPACE.matcher(withoutAccents.strip()).replaceAll(" ").toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
    }

    private static boolean same(String filed, String shipping) {
        String normalised = normalise(filed);
        return !normalised.isEmpty() && normalised.equals(normalise(shipping));
    }
}
