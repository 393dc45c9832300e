package it.mutua.admin.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and euro amounts as Italian (and English) users read them: {@code 01/03/2026}, {@code € 1.234,50}. The API's
 * amounts are decimal strings; they are parsed as {@link BigDecimal}, never as doubles.
 */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A moment in Italian time, to the minute. */
    public static String moment(OffsetDateTime at) {
        return at == null ? "" : MOMENT.format(at.atZoneSameInstant(ROME));
    }

    /** "€ 1.234,50" (Italian) or "€1,234.50" (English); empty for null; the text itself when it is not a number. */
    public static String euros(String decimal, Locale locale) {
        if (decimal == null || decimal.isBlank()) {
            return "";
        }
        try {
            return euros(new BigDecimal(decimal.strip()), locale);
        } catch (NumberFormatException e) {
            return decimal;
        }
    }

    public static String euros(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ITALIAN.getLanguage().equals(locale.getLanguage())
                ? Locale.ITALY : Locale.UK);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "€ " + format.format(amount);
    }
}
