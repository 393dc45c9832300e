package it.mutua.app.plan.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a line's amount is what it is: a stable code (for clients, tests and statistics), its arguments, and the
 * sentence a member reads, in Italian and English. Texts are built here, not in the UI, so the adjudication letter,
 * the member app and the claims officer see the same words.
 */
public record ReimbursementReason(String code, List<String> args, String textIt, String textEn) {

    public ReimbursementReason {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        Objects.requireNonNull(textIt, "textIt");
        Objects.requireNonNull(textEn, "textEn");
    }

    public String text(Locale locale) {
        return locale != null && "it".equals(locale.getLanguage()) ? textIt : textEn;
    }
}
