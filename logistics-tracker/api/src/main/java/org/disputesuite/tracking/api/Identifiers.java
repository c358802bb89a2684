package org.disputesuite.tracking.api;

import java.util.regex.Pattern;

/**
 * The one character set of the ids callers choose (order ids, tracking numbers, seller and buyer
 * ids): Unicode letters, combining marks and decimal digits, and {@code - _ . : ~}; starting with
 * a letter or digit; at most 100 characters (one outside the Basic Multilingual Plane counts as
 * two). Every such id, in its NFC form, passes Spring Security's StrictHttpFirewall both as a path
 * segment and as a query parameter, so an id accepted once can always be read back by URL. Ids are
 * checked after NFC normalization.
 */
public final class Identifiers {

    public static final int MAX_LENGTH = 100;

    /** For {@code @Pattern}; the length is checked separately, in UTF-16 units as the databases' columns are. */
    public static final String FORM = "[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}._:~-]*";

    public static final String RULE = "must start with a letter or digit and contain only letters, combining"
            + " marks, digits and the marks - _ . : ~ (at most " + MAX_LENGTH + " characters)";

    private static final Pattern COMPILED = Pattern.compile(FORM);

    private Identifiers() {
    }

    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && COMPILED.matcher(id).matches();
    }
}
