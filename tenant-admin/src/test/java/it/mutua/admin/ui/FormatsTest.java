package it.mutua.admin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void eurosAreWrittenTheItalianOrTheEnglishWayFromDecimalStrings() {
        assertEquals("€ 1.234,50", Formats.euros("1234.5", Locale.ITALIAN));
        assertEquals("€ 1,234.50", Formats.euros("1234.50", Locale.ENGLISH));
        assertEquals("€ 0,10", Formats.euros(new BigDecimal("0.1"), Locale.ITALIAN));
        assertEquals("", Formats.euros((String) null, Locale.ITALIAN));
        assertEquals("n/a", Formats.euros("n/a", Locale.ITALIAN));
    }

    @Test
    void datesAreDayMonthYearAndMomentsInItalianTime() {
        assertEquals("01/03/2026", Formats.date(LocalDate.of(2026, 3, 1)));
        assertEquals("23/11/2026 16:05", Formats.moment(OffsetDateTime.parse("2026-11-23T15:05:00Z")));
        assertEquals("", Formats.date(null));
    }
}
