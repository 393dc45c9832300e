package it.mutua.app.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected check digits were computed with an independent implementation of the algorithm. */
class VatNumberTest {

    private static String codeOf(String input) {
        return assertThrows(InvalidValueException.class, () -> VatNumber.parse(input)).code();
    }

    @Test
    void aKnownRealVatNumberIsValid() {
        VatNumber vat = VatNumber.parse("00743110157");
        assertEquals("00743110157", vat.value());
        assertEquals("015", vat.officeCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {" 00743110157 ", "007 431 101 57", "IT00743110157", "it 00743110157", "IT\u00A000743110157"})
    void spacesAndTheItalianCountryPrefixAreRemoved(String input) {
        assertEquals("00743110157", VatNumber.parse(input).value());
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '1', '2', '3', '4', '5', '6', '8', '9'})
    void everyOtherFinalDigitIsAWrongCheckDigit(char last) {
        assertEquals("vat_number.check_digit", codeOf("0074311015" + last));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00743210157", "10743110157", "00734110157"})
    void aChangedOrSwappedDigitInTheSerialIsCaught(String input) {
        assertEquals("vat_number.check_digit", codeOf(input));
    }

    @ParameterizedTest
    @CsvSource({"0074311015, 00743110157", "1234567001, 12345670017", "0123456012, 01234560124",
            "0114444120, 01144441209", "0114444888, 01144448881"})
    void withCheckDigitAppendsTheRightDigit(String first10, String expected) {
        assertEquals(expected, VatNumber.withCheckDigit(first10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567001", "1234567050", "1234567100", "1234567120", "1234567121", "1234567888",
            "1234567999"})
    void generatedNumbersWithARealOfficeCodeParse(String first10) {
        String full = VatNumber.withCheckDigit(first10);
        assertEquals(full, VatNumber.parse(full).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567000", "1234567101", "1234567119", "1234567122", "1234567500", "1234567887"})
    void anOfficeCodeThatWasNeverIssuedIsAFormatError(String first10) {
        assertEquals("vat_number.format", codeOf(VatNumber.withCheckDigit(first10)));
    }

    @Test
    void aSerialOfSevenZerosIsAFormatError() {
        String allZeroSerial = VatNumber.withCheckDigit("0000000001");
        assertEquals("00000000018", allZeroSerial);
        assertEquals("vat_number.format", codeOf(allZeroSerial));
    }

    @Test
    void aSerialWithOneNonZeroDigitIsAccepted() {
        assertEquals("00000010017", VatNumber.parse("00000010017").value());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "IT", " it "})
    void nullOrBlankIsRequired(String input) {
        assertEquals("vat_number.required", codeOf(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0074311015", "007431101570", "1"})
    void anythingButElevenDigitsIsALengthError(String input) {
        assertEquals("vat_number.length", codeOf(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0074311015A", "00743-10157", "DE743110157"})
    void nonDigitsAreAFormatError(String input) {
        assertEquals("vat_number.format", codeOf(input));
    }

    @Test
    void withCheckDigitRejectsAnythingButTenDigits() {
        assertThrows(IllegalArgumentException.class, () -> VatNumber.withCheckDigit("007431101"));
        assertThrows(IllegalArgumentException.class, () -> VatNumber.withCheckDigit("00743110157"));
        assertThrows(IllegalArgumentException.class, () -> VatNumber.withCheckDigit("007431101A"));
        assertThrows(NullPointerException.class, () -> VatNumber.withCheckDigit(null));
    }

    @Test
    void theErrorIsBilingualAndNamesTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> VatNumber.parse("00743110158"));
        assertEquals("vat_number", e.field());
        assertTrue(e.messageIt().contains("cifra di controllo"), e.messageIt());
        assertTrue(e.messageEn().contains("check digit"), e.messageEn());
    }

    @Test
    void equalityIsByNormalisedValue() {
        assertEquals(VatNumber.parse("IT00743110157"), VatNumber.parse("00743110157"));
        assertNotEquals(VatNumber.parse("00743110157"), VatNumber.parse("12345670017"));
    }
}
