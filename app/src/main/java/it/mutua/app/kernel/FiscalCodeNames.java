package it.mutua.app.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The three-letter surname and name parts of a codice fiscale, computed from real names.
 *
 * <p>Rules (DM 23/12/1976): take the consonants in order, then the vowels in order, then pad with {@code X} to three
 * letters. For the <em>name</em> only, if it has four or more consonants the 1st, 3rd and 4th are taken (so that
 * "Gianfranco" gives GFR, not GNF). Accents are stripped and spaces, apostrophes and other non-letters ignored,
 * which is how "D'Amico" and "De Luca" are coded. Compound names are coded as a single word.
 *
 * <p>Used by the demo data generator together with {@link FiscalCode#compose}; the real code of a person is the one
 * the Agenzia issued, which may differ (omocodia, registry spellings), so never derive a member's code from the name.
 */
public final class FiscalCodeNames {

    private static final String VOWELS = "AEIOU";

    private FiscalCodeNames() {
    }

    /**
     * @return three upper-case letters, e.g. {@code RSS} for "Rossi", {@code FOX} for "Fo"
     * @throws IllegalArgumentException if the surname is null or contains no Latin letter
     */
    public static String surnameCode(String surname) {
        String letters = latinLetters(surname, "surname");
        return pad(consonants(letters) + vowels(letters));
    }

    /**
     * @return three upper-case letters, e.g. {@code MRA} for "Mario", {@code GFR} for "Gianfranco"
     * @throws IllegalArgumentException if the name is null or contains no Latin letter
     */
    public static String nameCode(String name) {
        String letters = latinLetters(name, "name");
        String consonants = consonants(letters);
        if (consonants.length() >= 4) {
            return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return pad(consonants + vowels(letters));
    }

    private static String latinLetters(String text, String what) {
        Objects.requireNonNull(text, what);
        // NFD splits "è" into "e" + combining grave accent, which the filter below then drops
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Inputs.isAsciiLetter(c)) {
                sb.append(c);
            }
        }
        if (sb.isEmpty()) {
            throw new IllegalArgumentException(what + " contains no letter A-Z");
        }
        return sb.toString();
    }

    private static String consonants(String letters) {
        StringBuilder sb = new StringBuilder();
        letters.chars().filter(c -> VOWELS.indexOf(c) < 0).forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    private static String vowels(String letters) {
        StringBuilder sb = new StringBuilder();
        letters.chars().filter(c -> VOWELS.indexOf(c) >= 0).forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    private static String pad(String candidates) {
        return (candidates + "XXX").substring(0, 3);
    }
}
