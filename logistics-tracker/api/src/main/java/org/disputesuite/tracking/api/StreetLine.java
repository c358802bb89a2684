package org.disputesuite.tracking.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The street and house number of an address's first line, in the form two addresses are compared in.
 * {@code street} is the street's words in their short forms, without particles, joined; {@code
 * houseNumber} is null when the line gives none. Flat, floor and door details are left out.
 */
record StreetLine(String street, String houseNumber) {

    static final String SEPARATOR = ",";

    private static final Pattern DIGIT_ORDINAL = Pattern.compile("(\\d)\\s*\\.?\\s*[º°ª]");
    private static final Pattern LETTER_ORDINAL_O = Pattern.compile("(\\p{L})\\s*\\.?\\s*[º°]");
    private static final Pattern LETTER_ORDINAL_A = Pattern.compile("(\\p{L})\\s*\\.?\\s*ª");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** "s/n", "S.N.": sin número, no number. */
    private static final Pattern NO_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])s\\s*[/.]\\s*n(?![\\p{L}\\p{N}])\\.?");
    private static final Pattern DOTTED_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{L})\\.(\\p{L}{1,4})(?![\\p{L}\\p{N}])");
    /** An ordinal ("2°"), a range ("12-14", not "350-5th"), a run of Chinese characters, a word, "#", a cut. */
    private static final Pattern TOKEN = Pattern.compile("\\d+°"
            + "|\\d+[-–—]\\d+(?![\\d°]|(?!bis|ter|quater)\\p{L}{2})"
            + "|\\p{IsIdeographic}+"
            + "|[\\p{L}\\p{N}&&[^\\p{IsIdeographic}]]+"
            + "|#|[,;]");
    private static final Pattern HOUSE_NUMBER = Pattern.compile(
            "(\\d+)(?:[-–—](\\d+))?(\\p{IsLatin}|bis|ter|quater)?");
    private static final Pattern FLOOR_ORDINAL = Pattern.compile("\\d+(°|st|nd|rd|th|er|re|ere|eme|e)");
    private static final Pattern STREET_ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Pattern SINGLE_LATIN_LETTER = Pattern.compile("\\p{IsLatin}");
    private static final Pattern UMLAUT_SPELLING = Pattern.compile("(?<=[aou])e");

    /**
     * The street line of an address; empty when it names no street: no first line, only its own
     * locality (city, region, postal code, country), or neither a house number nor a kind of street
     * ("MADRID HUB", "Centro de tratamiento").
     */
    static Optional<StreetLine> of(Address address) {
        if (address == null || address.line1() == null || address.line1().isBlank()) {
            return Optional.empty();
        }
        List<String> tokens = tokens(address.line1());
        String postalCode = address.postalCode() == null ? "" : compact(address.postalCode());
        return namesOnlyItsLocality(tokens, address, postalCode) ? Optional.empty()
                : new Reader(tokens, postalCode).read();
    }

    /** "MADRID", "28013 Madrid", "SW1A 2AA LONDON": the line is only the address's own places and postal code. */
    private static boolean namesOnlyItsLocality(List<String> tokens, Address address, String postalCode) {
        Set<String> places = new HashSet<>();
        Stream.of(address.city(), address.region(), address.countryCode()).filter(Objects::nonNull)
                .forEach(place -> places.addAll(tokens(place)));
        String rest = tokens.stream().filter(token -> !token.equals(SEPARATOR) && !places.contains(token))
                .map(StreetLine::compact).collect(Collectors.joining());
        return rest.isEmpty() || rest.equals(postalCode);
    }

    /** Lower case, without accents or other marks; "ß" as "ss"; an ordinal number as "2°". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String ordinals = LETTER_ORDINAL_A.matcher(LETTER_ORDINAL_O.matcher(DIGIT_ORDINAL.matcher(text)
                .replaceAll("$1°")).replaceAll("$1o")).replaceAll("$1a");
        String decomposed = Normalizer.normalize(ordinals.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("")
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
    }

    /** The words and numbers of a line, folded, with "," where the line is cut into parts. */
    static List<String> tokens(String line) {
        String folded = NO_NUMBER.matcher(fold(line)).replaceAll(" ");
        // "V.le", "P.za" and "C.so" are one word each; "R.Augusta" is two.
        String dotted = DOTTED_WORD.matcher(folded).replaceAll(match -> {
            String joined = match.group(1) + match.group(2);
            return Matcher.quoteReplacement(StreetWords.isKnown(joined) ? joined : match.group());
        });
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(dotted);
        while (matcher.find()) {
            tokens.add(matcher.group().equals(";") ? SEPARATOR : matcher.group());
        }
        return tokens;
    }

    /** A number or code without its spaces, dashes and dots, for comparing. */
    static String compact(String text) {
        return fold(text).replaceAll("[\\s\\-–—.]", "");
    }

    /** Reads a line's tokens left to right: flat details first, then the number and the street in either order. */
    private static final class Reader {

        private final List<String> tokens;
        private final String postalCode;
        private int at;

        Reader(List<String> tokens, String postalCode) {
            this.tokens = tokens;
            this.postalCode = postalCode;
        }

        Optional<StreetLine> read() {
            skipLeadingFlatDetails();
            if (StreetWords.isNumberMarker(token(0)) && isHouseNumber(1)) {
                at++;
            }
            List<String> street = new ArrayList<>();
            String houseNumber = isHouseNumber(0) && !isPartOfName() ? numberThenStreet(street)
                    : streetThenNumber(street);
            String key = street.stream().filter(word -> !StreetWords.isParticle(word)).map(StreetWords::shortForm)
                    .collect(Collectors.joining()).replace("°", "");
            // German umlauts are also written "ae", "oe", "ue" ("Muellerstr." for "Müllerstraße"). Both
            // sides lose the same letters, so this only ever brings two spellings together.
            key = UMLAUT_SPELLING.matcher(key).replaceAll("");
            boolean namesAStreet = houseNumber != null || street.stream().anyMatch(StreetWords::namesStreetKind);
            return key.isEmpty() || !namesAStreet ? Optional.empty() : Optional.of(new StreetLine(key, houseNumber));
        }

        /** "Flat 3, 12 Baker St", "Apt 4 10 Downing St", "3ème étage, 12 rue de la Paix", "2º B, ...". */
        private void skipLeadingFlatDetails() {
            while (true) {
                skipSeparators();
                String token = token(0);
                if (token == null) {
                    return;
                }
                if ((StreetWords.isUnitWord(token) || StreetWords.isFloorWord(token)) && isDetailValue(token(1))) {
                    at += 2;
                } else if (FLOOR_ORDINAL.matcher(token).matches() && StreetWords.isFloorWord(token(1))) {
                    at += 2;
                } else if (token.endsWith("°")) {
                    at += 1;
                } else {
                    return;
                }
                if (isSingleLetter(token(0)) && (token(1) == null || token(1).equals(SEPARATOR)
                        || Character.isDigit(token(1).charAt(0)))) {
                    at++;
                }
            }
        }

        /** "12 Rue de la Paix", "10 Downing St, Apt 4", "725 5th Ave 3rd Floor". */
        private String numberThenStreet(List<String> street) {
            String houseNumber = readHouseNumber(true);
            skipSeparators();
            while (token(0) != null && !token(0).equals(SEPARATOR) && !startsFlatDetail()
                    && !(startsWithDigit(token(0)) && !isPartOfName())) {
                street.add(token(0));
                at++;
            }
            return houseNumber;
        }

        /** "Calle Mayor 5, 2º B", "Av. Paulista, 1578", "Hauptstr. 12a", "Via 4 Novembre 10". */
        private String streetThenNumber(List<String> street) {
            while (token(0) != null) {
                String token = token(0);
                if (token.equals(SEPARATOR)) {
                    at++;
                    return numberAfterSeparator();
                }
                if (StreetWords.isNumberMarker(token) && isHouseNumber(1)) {
                    at++;
                    return readHouseNumber(false);
                }
                if (startsWithDigit(token) && !isPartOfName()) {
                    // Anything else beginning with a digit ("2º", "3eme") is a floor: the street has ended.
                    return isHouseNumber(0) ? readHouseNumber(false) : null;
                }
                street.add(token);
                at++;
            }
            return null;
        }

        private String numberAfterSeparator() {
            if (StreetWords.isNumberMarker(token(0)) && isHouseNumber(1)) {
                at++;
            }
            // "Calle Mayor, 28013 Madrid": a postal code after the street is not its number.
            boolean isPostalCode = token(0) != null && compact(token(0)).equals(postalCode);
            return isHouseNumber(0) && !isPostalCode ? readHouseNumber(false) : null;
        }

        /**
         * The number and any letter or "bis" after it, as digits without leading zeros then the
         * suffix. Before the street, a lone letter that is a word of its own ("5 C/ Mayor", "10 N Main
         * St") is not a suffix.
         */
        private String readHouseNumber(boolean beforeStreet) {
            Matcher number = HOUSE_NUMBER.matcher(token(0));
            number.matches();
            at++;
            String suffix = number.group(3) == null ? "" : number.group(3);
            String next = token(0);
            if (suffix.isEmpty() && next != null && (StreetWords.isNumberSuffix(next)
                    || isSingleLetter(next) && !(beforeStreet && StreetWords.isKnown(next)))) {
                suffix = next;
                at++;
            }
            String digits = withoutLeadingZeros(number.group(1))
                    + (number.group(2) == null ? "" : "-" + withoutLeadingZeros(number.group(2)));
            return digits + suffix;
        }

        /** A number inside the street's name: before a particle or a month, or an ordinal like "5th Ave". */
        private boolean isPartOfName() {
            String next = token(1);
            if (next == null || next.equals(SEPARATOR)) {
                return false;
            }
            if (StreetWords.isParticle(next) || StreetWords.isMonth(next)) {
                return true;
            }
            return STREET_ORDINAL.matcher(token(0)).matches() && !startsWithDigit(next)
                    && !StreetWords.isUnitWord(next) && !StreetWords.isFloorWord(next);
        }

        private boolean startsFlatDetail() {
            return (StreetWords.isUnitWord(token(0)) || StreetWords.isFloorWord(token(0))) && isDetailValue(token(1));
        }

        private boolean isHouseNumber(int offset) {
            return token(offset) != null && HOUSE_NUMBER.matcher(token(offset)).matches();
        }

        private static boolean isDetailValue(String token) {
            return token != null && (startsWithDigit(token) || isSingleLetter(token));
        }

        private static boolean isSingleLetter(String token) {
            return token != null && SINGLE_LATIN_LETTER.matcher(token).matches();
        }

        private static boolean startsWithDigit(String token) {
            return Character.isDigit(token.charAt(0));
        }

        private static String withoutLeadingZeros(String digits) {
            String stripped = digits.replaceFirst("^0+", "");
            return stripped.isEmpty() ? "0" : stripped;
        }

        private void skipSeparators() {
            while (SEPARATOR.equals(token(0))) {
                at++;
            }
        }

        private String token(int offset) {
            int index = at + offset;
            return index < tokens.size() ? tokens.get(index) : null;
        }
    }
}
