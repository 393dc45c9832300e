package it.mutua.app.network.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Italian-aware matching of names: "Università", "UNIVERSITA'" and "universita" must find each other. The key is
 * the text decomposed (NFD), stripped of combining marks, lower-cased, with apostrophes, punctuation and runs of
 * spaces turned into one space. Stored next to the name, so PostgreSQL needs no unaccent extension (ADR 0011).
 */
public final class SearchText {

    private SearchText() {
    }

    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == ' ') {
            b.setLength(end - 1);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
