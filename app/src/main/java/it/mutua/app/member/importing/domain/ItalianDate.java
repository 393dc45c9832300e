package it.mutua.app.member.importing.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Italian payroll software writes them: {@code dd/MM/yyyy}, day and month with or without the leading zero,
 * a four-digit year. Why so strict: {@code 03/04/26} or {@code 2026-04-03} may come from a misconfigured export, and
 * guessing the century or the order (American month first?) would silently import wrong hire dates.
 */
public final class ItalianDate {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private ItalianDate() {
    }

    /** The date, or empty when {@code raw} is not a real calendar date in the Italian form. */
    public static java.util.Optional<LocalDate> parse(String raw) {
        Matcher m = FORMAT.matcher(raw == null ? "" : raw.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
