package it.mutua.app.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import it.mutua.app.kernel.RuleViolation;

class TenantNameTest {

    private static void assertRefused(String raw, String expectedCode) {
        RuleViolation e = assertThrows(RuleViolation.class, () -> TenantName.of(raw));
        assertEquals(expectedCode, e.code());
        assertEquals("name", e.field());
        assertEquals(RuleViolation.Kind.INVALID, e.kind());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t", "\n\r"})
    void aMissingNameIsRequired(String raw) {
        assertRefused(raw, "tenant.name.required");
    }

    @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "'  Coop Arcobaleno  '|Coop Arcobaleno",
            "'Coop    Arcobaleno'|Coop Arcobaleno",
            "'Mutua \t del \t Veneto'|Mutua del Veneto",
            "'a      b'|a b"})
    void surroundingSpacesAreRemovedAndInnerWhitespaceCollapses(String raw, String expected) {
        assertEquals(expected, TenantName.of(raw));
    }

    @Test
    void lineBreaksInANameCollapseToOneSpace() {
        assertEquals("Coop Arcobaleno", TenantName.of("Coop\r\nArcobaleno"));
    }

    @ParameterizedTest(name = "\"{0}\" is kept as it is")
    @ValueSource(strings = {"Cooperativa Città di Forlì", "Società Cooperativa Sociale «L'Àncora»",
            "Coop Südtirol/Alto Adige", "a; drop schema control", "Robert'); DROP TABLE tenant;--", "<b>Coop</b>",
            "ab"})
    void namesAreDataSoUnicodeAndPunctuationAreKept(String raw) {
        assertEquals(raw, TenantName.of(raw));
    }

    @ParameterizedTest(name = "control character U+{0} is refused")
    @ValueSource(ints = {0x00, 0x07, 0x08, 0x1B, 0x7F, 0x85, 0x9B})
    void controlCharactersAreRefused(int controlCharacter) {
        assertRefused("Coop" + Character.toString(controlCharacter) + "Arcobaleno", "tenant.name.format");
    }

    @Test
    void anAnsiEscapeSequenceIsRefused() {
        assertRefused("\u001b[31mCoop rossa\u001b[0m", "tenant.name.format");
    }

    @Test
    void aNameHasAtLeastTwoCharactersAfterNormalisation() {
        assertRefused("x", "tenant.name.length");
        assertRefused("   x   ", "tenant.name.length");
        assertEquals("xy", TenantName.of(" xy "));
    }

    @Test
    void aNameHasAtMostTwoHundredCharacters() {
        assertEquals(200, TenantName.of("a".repeat(200)).length());
        assertRefused("a".repeat(201), "tenant.name.length");
        assertRefused("a".repeat(5_000), "tenant.name.length");
    }

    @Test
    void theLengthLimitAppliesAfterWhitespaceCollapses() {
        String padded = "  " + "a ".repeat(100) + "   ";   // 199 characters once normalised
        assertEquals(199, TenantName.of(padded).length());
    }
}
