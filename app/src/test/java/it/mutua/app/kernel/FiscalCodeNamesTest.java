package it.mutua.app.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalCodeNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Rossi, RSS",
            "Moretti, MRT",
            "Bernardi, BRN",     // surnames take the first three consonants even when there are more
            "Rea, REA",          // one consonant, then the vowels
            "Aiello, LLA",
            "Fo, FOX",           // padded with X
            "D'Amico, DMC",      // apostrophe ignored
            "De Luca, DLC",      // space ignored
            "Città, CTT",
            "Bò, BOX"})          // accent stripped
    void surnamesTakeConsonantsThenVowelsThenX(String surname, String expected) {
        assertEquals(expected, FiscalCodeNames.surnameCode(surname));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Mario, MRA",
            "Matteo, MTT",       // exactly three consonants: all of them
            "Luca, LCU",
            "Eva, VEA",
            "Al, LAX",
            "José, JSO",
            "maria, MRA"})       // case does not matter
    void namesWithFewerThanFourConsonantsFollowTheSurnameRule(String name, String expected) {
        assertEquals(expected, FiscalCodeNames.nameCode(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Gianfranco, GFR",
            "Alberto, LRT",
            "Niccolò, NCL",
            "Bernardi, BNR"})
    void namesWithFourOrMoreConsonantsTakeTheFirstThirdAndFourth(String name, String expected) {
        assertEquals(expected, FiscalCodeNames.nameCode(name));
    }

    @Test
    void theSameWordIsCodedDifferentlyAsSurnameAndAsName() {
        assertEquals("BRN", FiscalCodeNames.surnameCode("Bernardi"));
        assertEquals("BNR", FiscalCodeNames.nameCode("Bernardi"));
    }

    @Test
    void namePartsComposeIntoARealCode() {
        String code = FiscalCode.compose(FiscalCodeNames.surnameCode("Rossi"), FiscalCodeNames.nameCode("Mario"),
                LocalDate.of(1985, 12, 10), Sex.M, "A562").value();
        assertEquals("RSSMRA85T10A562S", code);
    }

    @Test
    void morettiMatteoBornInMilanGivesTheCommonExample() {
        String code = FiscalCode.compose(FiscalCodeNames.surnameCode("Moretti"), FiscalCodeNames.nameCode("Matteo"),
                LocalDate.of(2025, 4, 9), Sex.M, "F205").value();
        assertEquals("MRTMTT25D09F205Z", code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "'-"})
    void textWithoutLettersIsRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> FiscalCodeNames.surnameCode(text));
        assertThrows(IllegalArgumentException.class, () -> FiscalCodeNames.nameCode(text));
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> FiscalCodeNames.surnameCode(null));
        assertThrows(NullPointerException.class, () -> FiscalCodeNames.nameCode(null));
    }
}
