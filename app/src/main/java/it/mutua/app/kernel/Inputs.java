package it.mutua.app.kernel;

import java.util.Locale;

/** Normalisation shared by the parsers, so every identifier is cleaned the same way. */
final class Inputs {

    private Inputs() {
    }

    /**
     * Removes every whitespace character (anywhere, not only at the ends) and upper-cases.
     *
     * <p>Why "anywhere": people copy identifiers from PDFs, bank statements and tessere sanitarie where they are
     * printed in groups ("IT60 X054 ...", "RSS MRA 85T10 A562S"), and those sources often use non-breaking spaces,
     * which {@link String#strip()} keeps inside the text. Why {@link Locale#ROOT}: under a Turkish default locale
     * {@code "i".toUpperCase()} is a dotted capital I, which would make a valid code fail.
     *
     * @return the compacted text, possibly empty; never null for a non-null input
     */
    static String compactUpper(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
