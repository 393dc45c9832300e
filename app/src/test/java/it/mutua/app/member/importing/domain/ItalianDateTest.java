package it.mutua.app.member.importing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ItalianDateTest {

    @Test
    void dayComesBeforeMonth() {
        assertEquals(Optional.of(LocalDate.of(2026, 4, 3)), ItalianDate.parse("03/04/2026"));
    }

    @Test
    void leadingZerosAndSurroundingSpacesAreOptional() {
        assertEquals(Optional.of(LocalDate.of(2026, 4, 3)), ItalianDate.parse(" 3/4/2026 "));
    }

    @Test
    void theTwentyNinthOfFebruaryExistsInLeapYearsOnly() {
        assertTrue(ItalianDate.parse("29/02/2024").isPresent());
        assertTrue(ItalianDate.parse("29/02/2026").isEmpty());
    }

    @ParameterizedTest(name = "\"{0}\" is not an Italian date")
    @ValueSource(strings = {"2026-04-03", "03/04/26", "31/04/2026", "13/13/2026", "03-04-2026", "", "domani", "3/4/20266"})
    void otherFormsAreRefusedRatherThanGuessed(String raw) {
        assertTrue(ItalianDate.parse(raw).isEmpty());
    }
}
