package it.mutua.admin.members;

import java.util.Locale;
import java.util.Optional;

/**
 * A first check of a codice fiscale while it is typed, so the message appears next to the field before the form is
 * sent: length, shape (omocodia letters allowed), month letter and check character. The API checks it again in full
 * (day of birth, agreement with birth date and sex) and its messages replace these.
 */
final class FiscalCodeHint {

    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String SHAPE = "[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]";
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
        22, 25, 24, 23};

    private FiscalCodeHint() {
    }

    /** The code as the API wants it: without spaces, upper case. */
    static String normalise(String raw) {
        return raw == null ? "" : raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** The translation key of the first problem, or empty when the code looks right. */
    static Optional<String> problem(String raw) {
        String code = normalise(raw);
        if (code.isEmpty()) {
            return Optional.of("members.cf.required");
        }
        if (code.length() != 16) {
            return Optional.of("members.cf.length");
        }
        if (!code.matches(SHAPE)) {
            return Optional.of("members.cf.format");
        }
        if (MONTHS.indexOf(code.charAt(8)) < 0) {
            return Optional.of("members.cf.month");
        }
        return code.charAt(15) == checkChar(code) ? Optional.empty() : Optional.of("members.cf.check_char");
    }

    static char checkChar(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[v] : v;
        }
        return (char) ('A' + sum % 26);
    }
}
