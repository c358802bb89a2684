package org.disputesuite.tracking.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a street line that the address check knows, as data. Every word is written folded:
 * lower case, without accents or dots ("Straße" is {@code strasse}, "Avda." is {@code avda}).
 */
final class StreetWords {

    /**
     * Kinds of street. Each row is the form both addresses are reduced to, then the spellings that
     * mean it. A word that abbreviates several kinds ("Pl." for plaza, place and piazza) puts them in
     * one row: the check cannot tell them apart, and in the same postal code it need not.
     */
    private static final String[][] STREET_KINDS = {
            {"st", "street", "jie"},
            {"rd", "road", "lu"},
            {"av", "avenue", "ave", "avenida", "avda", "avd", "ava", "avn"},
            {"blvd", "boulevard", "bd", "bld", "blv", "boul", "bvd"},
            {"c", "calle", "cl", "cll", "carrer"},
            {"pl", "place", "plaza", "piazza", "praca", "placa", "platz", "pza", "pzza", "pca", "pc"},
            {"r", "rua", "rue"},
            {"str", "strasse", "strada"},
            {"via", "v"},
            {"vle", "viale"},
            {"cso", "corso"},
            {"lgo", "largo", "lg"},
            {"ple", "piazzale", "pzle"},
            {"vco", "vicolo", "vic"},
            {"trav", "travessa", "travesia", "traversa", "tv", "trva", "tvs"},
            {"pso", "paseo", "passeig", "po", "pg"},
            {"ctra", "carretera", "crta"},
            {"rda", "ronda"},
            {"cno", "camino", "cmno"},
            {"glta", "glorieta"},
            {"al", "alameda"},
            {"estr", "estrada"},
            {"rod", "rodovia"},
            {"ch", "chemin", "chem"},
            {"imp", "impasse"},
            {"rte", "route"},
            {"fbg", "faubourg", "fg"},
            {"crs", "cours"},
            {"dr", "drive"},
            {"ln", "lane"},
            {"ct", "court"},
            {"sq", "square"},
            {"tce", "terrace", "terr"},
            {"cres", "crescent"},
            {"pkwy", "parkway", "pky"},
            {"hwy", "highway"},
            {"gdns", "gardens"},
            {"cir", "circle"},
            {"pde", "parade"},
            {"quai"}, {"allee"}, {"weg"}, {"gasse"}, {"ring"}, {"damm"}, {"ufer"}, {"way"}, {"close"},
            {"mall"}, {"row"}, {"walk"}, {"rambla"}, {"passage"}, {"sentier"}, {"viela"}, {"beco"},
    };

    /** Words inside street names that are abbreviated too: saints, titles, compass points. */
    private static final String[][] NAME_WORDS = {
            // "St" is both Street and Saint, so both read as the same word.
            {"st", "saint", "sankt"},
            {"ste", "sainte"},
            {"s", "san", "sant", "santo", "santa", "sao", "south"},
            {"n", "north"},
            {"e", "east"},
            {"w", "west"},
            {"ne", "northeast"},
            {"nw", "northwest"},
            {"se", "southeast"},
            {"sw", "southwest"},
            {"dr", "doctor", "doutor", "dott", "dottor"},
            {"prof", "professor", "profesor", "professore"},
            {"gen", "general", "gral"},
            {"pres", "presidente", "president"},
    };

    /** Joined German street names ("Hauptstraße", "Hauptstr.") end in the kind of street. */
    private static final String JOINED_STRASSE = "strasse";
    private static final String JOINED_STR = "str";

    /** Endings that make a single word a street: German compounds and Chinese street names. */
    private static final List<String> STREET_ENDINGS = List.of("str", "weg", "gasse", "allee", "platz", "ring",
            "damm", "ufer", "steig", "pfad", "chaussee", "路", "街", "道", "巷", "弄", "胡同");

    /** Small words a street name may be written with or without ("Calle de Alcalá", "Calle Alcalá"). */
    private static final Set<String> PARTICLES = Set.of("de", "del", "dels", "la", "las", "los", "el", "les", "le",
            "l", "d", "du", "des", "da", "do", "das", "dos", "di", "della", "dello", "delle", "degli", "dei", "dell",
            "dal", "the", "of", "der", "die", "den", "au", "aux");

    /** A number followed by a month is part of the street's name ("Calle 2 de Mayo", "Via 4 Novembre"). */
    private static final Set<String> MONTHS = Set.of(
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
            "octubre", "noviembre", "diciembre",
            "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "octobre", "novembre",
            "decembre",
            "januar", "februar", "marz", "maerz", "juni", "juli", "august", "september", "oktober", "november",
            "dezember",
            "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
            "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
            "january", "february", "march", "april", "may", "june", "july", "october", "december");

    /** Words that announce the house number ("nº 5", "Nr. 12", "n. 10"). */
    private static final Set<String> NUMBER_MARKERS = Set.of("no", "n", "nr", "nro", "num", "numero", "nummer");

    /** Words that follow a house number and belong to it ("12 bis"). */
    private static final Set<String> NUMBER_SUFFIXES = Set.of("bis", "ter", "quater");

    /** A flat, door, staircase or building: the word, then its number or letter ("Apt 4", "Whg. 5"). */
    private static final Set<String> UNIT_WORDS = Set.of("#", "apt", "apartment", "appartement", "app", "appt",
            "apto", "ap", "apartamento", "flat", "unit", "suite", "ste", "room", "rm", "puerta", "pta", "escalera",
            "esc", "escalier", "bloque", "blq", "bloco", "bl", "bat", "batiment", "interno", "int", "scala", "whg",
            "wohnung", "top", "tur", "dpto", "depto", "departamento", "sala", "loja", "conj", "casa");

    /** A floor, written before or after its number ("Piso 2", "3ème étage", "2nd floor", "3. OG"). */
    private static final Set<String> FLOOR_WORDS = Set.of("floor", "fl", "etage", "og", "eg", "stock", "piso",
            "planta", "andar", "piano", "pis");

    private static final Map<String, String> SHORT_FORMS = new HashMap<>();
    private static final Set<String> STREET_KIND_FORMS = new HashSet<>();

    static {
        for (String[] row : STREET_KINDS) {
            register(row);
            STREET_KIND_FORMS.add(row[0]);
        }
        for (String[] row : NAME_WORDS) {
            register(row);
        }
    }

    private StreetWords() {
    }

    private static void register(String[] row) {
        SHORT_FORMS.putIfAbsent(row[0], row[0]);
        for (int i = 1; i < row.length; i++) {
            if (SHORT_FORMS.put(row[i], row[0]) != null) {
                throw new IllegalStateException("'" + row[i] + "' is spelled in two rows");
            }
        }
    }

    /** The form a street word is compared in: its short form, with a joined "-straße" as "-str". */
    static String shortForm(String word) {
        String joined = word.length() > JOINED_STRASSE.length() && word.endsWith(JOINED_STRASSE)
                ? word.substring(0, word.length() - JOINED_STRASSE.length()) + JOINED_STR
                : word;
        return SHORT_FORMS.getOrDefault(joined, joined);
    }

    /** Whether a word is one of the known abbreviations or their full forms. */
    static boolean isKnown(String word) {
        return SHORT_FORMS.containsKey(word) || isParticle(word);
    }

    /** Whether a word names a kind of street ("Calle", "Rd", "Hauptstraße", "建国路"). */
    static boolean namesStreetKind(String word) {
        String form = shortForm(word);
        return STREET_KIND_FORMS.contains(form) || STREET_ENDINGS.stream().anyMatch(form::endsWith);
    }

    static boolean isParticle(String word) {
        return word != null && PARTICLES.contains(word);
    }

    static boolean isMonth(String word) {
        return word != null && MONTHS.contains(word);
    }

    static boolean isNumberMarker(String word) {
        return word != null && NUMBER_MARKERS.contains(word);
    }

    static boolean isNumberSuffix(String word) {
        return word != null && NUMBER_SUFFIXES.contains(word);
    }

    static boolean isUnitWord(String word) {
        return word != null && UNIT_WORDS.contains(word);
    }

    static boolean isFloorWord(String word) {
        return word != null && FLOOR_WORDS.contains(word);
    }
}
