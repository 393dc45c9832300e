package it.mutua.app.member.importing.domain;

import java.util.Objects;

/**
 * One thing wrong with one line of the file. Either a message code of the bundles with its arguments, or (for the
 * kernel's identifier checks, which carry their own texts) the Italian and English text already written.
 *
 * @param line the physical line number in the file (the header is line 1), as a spreadsheet shows it
 * @param field the column's header name, or {@code null} for the line as a whole
 */
public record LineProblem(long line, String field, String code, Object[] args, String textIt, String textEn) {

    public LineProblem {
        Objects.requireNonNull(code, "code");
        args = args == null ? new Object[0] : args.clone();
    }

    public static LineProblem of(long line, String field, String code, Object... args) {
        return new LineProblem(line, field, code, args, null, null);
    }

    public static LineProblem withTexts(long line, String field, String code, String textIt, String textEn) {
        return new LineProblem(line, field, code, new Object[0], textIt, textEn);
    }

    public boolean hasTexts() {
        return textIt != null && textEn != null;
    }
}
