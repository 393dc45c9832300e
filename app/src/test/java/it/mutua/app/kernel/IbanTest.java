package it.mutua.app.kernel;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Check digits and CINs of constructed IBANs were computed with an independent implementation. */
class IbanTest {

    private static final String VALID_IT = "IT60X0542811101000000123456";

    private static String codeOf(String input) {
        return assertThrows(InvalidValueException.class, () -> Iban.parse(input)).code();
    }

    @Test
    void theStandardItalianExampleIsValid() {
        Iban iban = Iban.parse(VALID_IT);
        assertAll(
                () -> assertEquals(VALID_IT, iban.value()),
                () -> assertEquals("IT", iban.countryCode()),
                () -> assertEquals("60", iban.checkDigits()),
                () -> assertEquals("X0542811101000000123456", iban.bban()));
    }

    @Test
    void formattedGroupsCharactersByFour() {
        assertEquals("IT60 X054 2811 1010 0000 0123 456", Iban.parse(VALID_IT).formatted());
    }

    @Test
    void formattedOfALengthMultipleOfFourHasNoTrailingSpace() {
        assertEquals("BE68 5390 0754 7034", Iban.parse("BE68539007547034").formatted());
    }

    @ParameterizedTest
    @ValueSource(strings = {"it60 x054 2811 1010 0000 0123 456", "  IT60X0542811101000000123456  ",
            "IT60\u00A0X054\u00A02811\u00A01010\u00A00000\u00A00123\u00A0456"})
    void lowercaseAndSpacesAreAccepted(String input) {
        assertEquals(VALID_IT, Iban.parse(input).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"IT60X0542811101000000123457", "IT60X0542811101000000124456",
            "IT61X0542811101000000123456", "IT60X0542811101000000132456"})
    void aOneDigitChangeOrASwapFailsTheCheckDigits(String input) {
        assertEquals("iban.check_digits", codeOf(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IT60X054281110100000012345", "IT60X05428111010000001234567", "DE8937040044053201300"})
    void aWrongLengthForTheCountryIsRejected(String input) {
        assertEquals("iban.length", codeOf(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"US64SVBKUS6S3300958879", "BR1800360305000010009795493C1", "XX60X0542811101000000123456"})
    void countriesOutsideSepaAreRejected(String input) {
        assertEquals("iban.country", codeOf(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1T60X0542811101000000123456", "IT6AX0542811101000000123456",
            "IT60X0542811101000000-23456", "IT60", "ITXX"})
    void aBadShapeIsAFormatError(String input) {
        assertEquals("iban.format", codeOf(input));
    }

    @Test
    void anItalianIbanWithoutACinLetterIsAFormatError() {
        assertEquals("iban.format", codeOf("IT6010542811101000000123456"));
    }

    @Test
    void anItalianIbanWithLettersInTheAbiIsAFormatError() {
        assertEquals("iban.format", codeOf("IT60X05A2811101000000123456"));
    }

    @Test
    void aWrongCinIsCaughtEvenWhenTheCheckDigitsWereRecomputed() {
        // same bank details with CIN Y instead of X; the ISO check digits 64 are correct for it
        assertEquals("iban.cin", codeOf("IT64Y0542811101000000123456"));
    }

    @Test
    void anItalianAccountNumberMayContainLetters() {
        assertEquals("IT62R054281110100000012345A", Iban.parse("IT62R054281110100000012345A").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013000", "GB29NWBK60161331926819", "FR1420041010050500013M02606",
            "SM86U0322509800000000270100", "BE68539007547034", "NL91ABNA0417164300"})
    void ibansOfOtherSepaCountriesAreValid(String input) {
        assertEquals(input, Iban.parse(input).value());
    }

    @Test
    void aForeignIbanWithOneDigitChangedIsRejected() {
        assertEquals("iban.check_digits", codeOf("DE89370400440532013001"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "    "})
    void nullOrBlankIsRequired(String input) {
        assertEquals("iban.required", codeOf(input));
    }

    @Test
    void theErrorIsBilingualAndNamesTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Iban.parse("IT60X054281110100000012345"));
        assertEquals("iban", e.field());
        assertTrue(e.messageIt().contains("27"), e.messageIt());
        assertTrue(e.messageEn().contains("27"), e.messageEn());
        assertNotEquals(e.messageIt(), e.messageEn());
    }

    @Test
    void equalityIsByElectronicForm() {
        assertEquals(Iban.parse("it60 x054 2811 1010 0000 0123 456"), Iban.parse(VALID_IT));
        assertEquals(Iban.parse(VALID_IT).hashCode(), Iban.parse("it60x0542811101000000123456").hashCode());
        assertNotEquals(Iban.parse(VALID_IT), Iban.parse("SM86U0322509800000000270100"));
    }
}
