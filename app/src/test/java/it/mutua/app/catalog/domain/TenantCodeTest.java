package it.mutua.app.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import it.mutua.app.kernel.RuleViolation;

class TenantCodeTest {

    private static void assertRefused(String raw, String expectedCode) {
        RuleViolation e = assertThrows(RuleViolation.class, () -> TenantCode.of(raw));
        assertEquals(expectedCode, e.code());
        assertEquals("code", e.field());
        assertEquals(RuleViolation.Kind.INVALID, e.kind());
    }

    @ParameterizedTest(name = "\"{0}\" is accepted as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "nazionale|nazionale",
            "coop-arcobaleno|coop-arcobaleno",
            "Coop-Arcobaleno|coop-arcobaleno",
            "LOMBARDIA|lombardia",
            "'  lombardia  '|lombardia",
            "abc|abc",
            "a1b|a1b",
            "2024-coop|2024-coop",
            "a-b-c-d|a-b-c-d"})
    void wellFormedCodesAreAcceptedLowerCasedAndStripped(String raw, String expected) {
        assertEquals(expected, TenantCode.of(raw).value());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n"})
    void aMissingCodeIsRequired(String raw) {
        assertRefused(raw, "tenant.code.required");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
            "a; drop schema control",
            "x'); drop schema control; --",
            "coop_arcobaleno",
            "coop arcobaleno",
            "coop.arcobaleno",
            "coop/arcobaleno",
            "../control",
            "coop-città",
            "coop-\u0663\u0664\u0665",      // Arabic-Indic digits are digits to Character, not to the format
            "coop-\uFF41bc",                // fullwidth 'a'
            "-coop",
            "coop-",
            "-",
            "coop--arcobaleno",
            "coop---arcobaleno",
            "ab",
            "a",
            "coop\u0000x",
            "coop\narcobaleno",
            "coop\u001b[31m"})
    void malformedCodesAreRefused(String raw) {
        assertRefused(raw, "tenant.code.format");
    }

    @Test
    void aFortyCharacterCodeIsAcceptedAndFortyOneIsNot() {
        String forty = "a".repeat(40);
        assertEquals(forty, TenantCode.of(forty).value());
        assertRefused("a".repeat(41), "tenant.code.format");
    }

    @Test
    void aFiveThousandCharacterCodeIsRefused() {
        assertRefused("a".repeat(5_000), "tenant.code.format");
        assertRefused("a-".repeat(2_500), "tenant.code.format");
    }

    @ParameterizedTest(name = "\"{0}\" is reserved")
    @ValueSource(strings = {"api", "admin", "control", "reporting", "public", "health", "openapi", "current", "new",
            "system", "ADMIN", "Control", " public "})
    void reservedWordsAreRefusedWhateverTheirCase(String raw) {
        RuleViolation e = assertThrows(RuleViolation.class, () -> TenantCode.of(raw));
        assertEquals("tenant.code.reserved", e.code());
        assertEquals("code", e.field());
        assertEquals(raw.strip().toLowerCase(Locale.ROOT), e.args()[0]);
    }

    @Test
    void aWordThatMerelyContainsAReservedOneIsAccepted() {
        assertEquals("admin-lombardia", TenantCode.of("admin-lombardia").value());
        assertEquals("controllo", TenantCode.of("controllo").value());
    }

    @Test
    void lowerCasingDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            // in Turkish, "I".toLowerCase() is a dotless ı, which the format would then refuse
            assertEquals("coop-italia", TenantCode.of("COOP-ITALIA").value());
        } finally {
            Locale.setDefault(before);
        }
    }
}
