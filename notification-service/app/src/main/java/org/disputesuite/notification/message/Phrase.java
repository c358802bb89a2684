package org.disputesuite.notification.message;

/**
 * A value said in words of the recipient's language: the text under {@code <group>.<name>} in
 * the locale's template file (for example {@code outcome.REFUND_BUYER}).
 */
public record Phrase(String group, String name) {

    public String key() {
        return group + "." + name;
    }

    public static Phrase of(String group, Enum<?> value) {
        return new Phrase(group, value.name());
    }
}
