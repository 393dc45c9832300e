package it.mutua.app.kernel;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected check characters in this class were computed with an independent implementation of the official
 * algorithm (not with {@link FiscalCode#computeCheckChar}), so a broken algorithm cannot agree with itself.
 */
class FiscalCodeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static String codeOf(Runnable action) {
        return assertThrows(InvalidValueException.class, action::run).code();
    }

    @Nested
    class ValidCodes {

        @Test
        void aRealCodeIsAcceptedAndDecoded() {
            FiscalCode cf = FiscalCode.parse("RSSMRA85T10A562S");
            assertAll(
                    () -> assertEquals("RSSMRA85T10A562S", cf.value()),
                    () -> assertEquals(Sex.M, cf.sex()),
                    () -> assertEquals(LocalDate.of(1985, 12, 10), cf.birthDate(TODAY)),
                    () -> assertEquals("A562", cf.birthPlaceCode()),
                    () -> assertFalse(cf.isOmocode()),
                    () -> assertFalse(cf.bornAbroad()));
        }

        @Test
        void theCommonMilanExampleIsAcceptedAndBornInMilan() {
            FiscalCode cf = FiscalCode.parse("MRTMTT25D09F205Z");
            assertEquals("F205", cf.birthPlaceCode());
            assertEquals(LocalDate.of(2025, 4, 9), cf.birthDate(TODAY));
        }

        @Test
        void womenHaveFortyAddedToTheDayOfBirth() {
            FiscalCode cf = FiscalCode.parse("BNCLRA92E61H501R");
            assertEquals(Sex.F, cf.sex());
            assertEquals(LocalDate.of(1992, 5, 21), cf.birthDate(TODAY));
        }

        @Test
        void fortyOneIsTheFirstOfTheMonthForAWoman() {
            FiscalCode cf = FiscalCode.parse("RSSMRA85T41A562U");
            assertEquals(Sex.F, cf.sex());
            assertEquals(LocalDate.of(1985, 12, 1), cf.birthDate(TODAY));
        }

        @Test
        void seventyOneIsTheThirtyFirstForAWoman() {
            FiscalCode cf = FiscalCode.parse("RSSMRA85T71A562X");
            assertEquals(Sex.F, cf.sex());
            assertEquals(LocalDate.of(1985, 12, 31), cf.birthDate(TODAY));
        }

        @Test
        void aForeignBirthPlaceStartsWithZ() {
            FiscalCode cf = FiscalCode.parse("SMTJHN80A01Z404K");
            assertEquals("Z404", cf.birthPlaceCode());
            assertTrue(cf.bornAbroad());
        }

        @Test
        void lowercaseAndSpacesAreNormalised() {
            assertEquals("RSSMRA85T10A562S", FiscalCode.parse("  rssmra 85t10 a562s ").value());
        }

        @Test
        void nonBreakingSpacesCopiedFromPdfsAreRemoved() {
            assertEquals("RSSMRA85T10A562S", FiscalCode.parse("RSSMRA\u00A085T10\u00A0A562S").value());
        }

        @Test
        void codesAreEqualWhenTheirNormalisedValueIs() {
            assertEquals(FiscalCode.parse("rssmra85t10a562s"), FiscalCode.parse("RSSMRA85T10A562S"));
            assertEquals(FiscalCode.parse("rssmra85t10a562s").hashCode(),
                    FiscalCode.parse("RSSMRA85T10A562S").hashCode());
            assertNotEquals(FiscalCode.parse("RSSMRA85T10A562S"), FiscalCode.parse("MRTMTT25D09F205Z"));
        }

        @Test
        void toStringIsTheValue() {
            assertEquals("MRTMTT25D09F205Z", FiscalCode.parse("mrtmtt25d09f205z").toString());
        }
    }

    @Nested
    class Century {

        @Test
        void aYearThatWouldBeInTheFutureGoesToThePreviousCentury() {
            assertEquals(LocalDate.of(1925, 4, 9),
                    FiscalCode.parse("MRTMTT25D09F205Z").birthDate(LocalDate.of(2025, 4, 8)));
        }

        @Test
        void aBirthdayFallingTodayStaysInTheCurrentCentury() {
            assertEquals(LocalDate.of(2025, 4, 9),
                    FiscalCode.parse("MRTMTT25D09F205Z").birthDate(LocalDate.of(2025, 4, 9)));
        }

        @Test
        void theCenturyFollowsTheReferenceDateNotAFixedPivot() {
            assertEquals(LocalDate.of(2085, 12, 10),
                    FiscalCode.parse("RSSMRA85T10A562S").birthDate(LocalDate.of(2090, 1, 1)));
        }

        @Test
        void theCurrentCenturyIsTakenFromTheReferenceDate() {
            assertEquals(LocalDate.of(2125, 4, 9),
                    FiscalCode.parse("MRTMTT25D09F205Z").birthDate(LocalDate.of(2150, 1, 1)));
        }

        @Test
        void feb29InYearZeroIsPlacedInTheLeapYear2000EvenFrom2100() {
            // 2100 is not a leap year, so the only sensible reading is 2000
            assertEquals(LocalDate.of(2000, 2, 29),
                    FiscalCode.parse("VRDGPP00B29F205B").birthDate(LocalDate.of(2100, 3, 1)));
        }

        @Test
        void birthDateRequiresAReferenceDate() {
            FiscalCode cf = FiscalCode.parse("RSSMRA85T10A562S");
            assertThrows(NullPointerException.class, () -> cf.birthDate(null));
        }
    }

    @Nested
    class Omocodia {

        /** Variants of MRTMTT25D09F205Z substituting from the right, with check characters computed independently. */
        private static final List<String> VARIANTS = List.of(
                "MRTMTT25D09F20RU",
                "MRTMTT25D09F2LRF",
                "MRTMTT25D09FNLRU",
                "MRTMTT25D0VFNLRJ",
                "MRTMTT25DLVFNLRU",
                "MRTMTT2RDLVFNLRG",
                "MRTMTTNRDLVFNLRV");

        @ParameterizedTest
        @ValueSource(strings = {"MRTMTT25D09F20RU", "MRTMTT25D09F2LRF", "MRTMTT25D09FNLRU", "MRTMTT25D0VFNLRJ",
                "MRTMTT25DLVFNLRU", "MRTMTT2RDLVFNLRG", "MRTMTTNRDLVFNLRV"})
        void everyOmocodeVariantDecodesToTheSameBirthDateSexAndPlace(String variant) {
            FiscalCode cf = FiscalCode.parse(variant);
            assertAll(
                    () -> assertTrue(cf.isOmocode()),
                    () -> assertEquals(variant, cf.value()),
                    () -> assertEquals(LocalDate.of(2025, 4, 9), cf.birthDate(TODAY)),
                    () -> assertEquals(Sex.M, cf.sex()),
                    () -> assertEquals("F205", cf.birthPlaceCode()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"RSSMRA85T10A56NH", "RSSMRA85T10A5SNT", "RSSMRA85T10ARSNO", "RSSMRA85T1LARSNR",
                "RSSMRA85TMLARSNC", "RSSMRA8RTMLARSNO", "RSSMRAURTMLARSNL"})
        void omocodeVariantsOfASecondCodeAreAlsoDecoded(String variant) {
            FiscalCode cf = FiscalCode.parse(variant);
            assertEquals(LocalDate.of(1985, 12, 10), cf.birthDate(TODAY));
            assertEquals("A562", cf.birthPlaceCode());
        }

        @Test
        void omocodeVariantSubstitutesFromTheRightAndRecomputesTheCheckChar() {
            FiscalCode base = FiscalCode.parse("MRTMTT25D09F205Z");
            for (int k = 1; k <= 7; k++) {
                assertEquals(VARIANTS.get(k - 1), base.omocodeVariant(k).value(), "substitutions=" + k);
            }
        }

        @Test
        void omocodeVariantZeroRemovesAllSubstitutions() {
            assertEquals("MRTMTT25D09F205Z", FiscalCode.parse("MRTMTTNRDLVFNLRV").omocodeVariant(0).value());
        }

        @Test
        void omocodeVariantRejectsMoreThanSevenSubstitutions() {
            FiscalCode base = FiscalCode.parse("MRTMTT25D09F205Z");
            assertThrows(IllegalArgumentException.class, () -> base.omocodeVariant(8));
            assertThrows(IllegalArgumentException.class, () -> base.omocodeVariant(-1));
        }

        @Test
        void theCheckCharIsComputedOnTheCodeAsWrittenNotOnTheDecodedOne() {
            // the base code's check char Z is right for the decoded form but wrong for the variant as written
            assertEquals("fiscal_code.check_char", codeOf(() -> FiscalCode.parse("MRTMTT25D09F20RZ")));
        }

        @Test
        void anOmocodeDayIsDecodedBeforeCheckingIt() {
            // M stands for 1: day "1M" = 11, not rejected as a non-numeric day
            FiscalCode cf = FiscalCode.parse("RSSMRA85T1MA562J");
            assertEquals(LocalDate.of(1985, 12, 11), cf.birthDate(TODAY));
            assertTrue(cf.isOmocode());
        }

        @Test
        void aLetterThatIsNotAnOmocodeLetterInANumericPositionIsAFormatError() {
            // A is not in LMNPQRSTUV
            assertEquals("fiscal_code.format", codeOf(() -> FiscalCode.parse("RSSMRA8AT10A562S")));
        }
    }

    @Nested
    class InvalidCodes {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\t\n"})
        void nullOrBlankIsRequired(String input) {
            assertEquals("fiscal_code.required", codeOf(() -> FiscalCode.parse(input)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"RSSMRA85T10A562", "RSSMRA85T10A562SS", "R"})
        void anythingButSixteenCharactersIsALengthError(String input) {
            assertEquals("fiscal_code.length", codeOf(() -> FiscalCode.parse(input)));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "R5SMRA85T10A562S", // digit in the surname part
                "RSSMRA85110A562S", // digit in the month position
                "RSSMRA85T10A562" + "1", // digit as check char
                "RSSMRA85T10AA62S", // letter in the place digits that is not an omocode letter
                "RSSMRA85T1015625", // digit where the place letter goes
                "RSSMRA85T10A56-S"})
        void misplacedLettersOrDigitsAreAFormatError(String input) {
            assertEquals("fiscal_code.format", codeOf(() -> FiscalCode.parse(input)));
        }

        @Test
        void aWrongCheckCharIsRejected() {
            assertEquals("fiscal_code.check_char", codeOf(() -> FiscalCode.parse("RSSMRA85T10A562T")));
        }

        @Test
        void aSingleTypoElsewhereIsCaughtByTheCheckChar() {
            // 85 -> 86: still well-formed, but the check char no longer matches
            assertEquals("fiscal_code.check_char", codeOf(() -> FiscalCode.parse("RSSMRA86T10A562S")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"RSSMRA85F10A562R", "RSSMRA85Z10A562S", "RSSMRA85I10A562S"})
        void aLetterThatIsNotAMonthIsRejected(String input) {
            assertEquals("fiscal_code.month", codeOf(() -> FiscalCode.parse(input)));
        }

        @ParameterizedTest
        @CsvSource({
                "RSSMRA85T32A562Y, day 32",
                "RSSMRA85T00A562R, day 0",
                "RSSMRA85T40A562V, day 40 (neither man nor woman)",
                "RSSMRA85A72A562P, day 72 (woman's 32)",
                "RSSMRA85D31A562M, 31 April",
                "RSSMRA85B30A562G, 30 February"})
        void daysThatDoNotExistAreRejected(String input, String why) {
            assertEquals("fiscal_code.day", codeOf(() -> FiscalCode.parse(input)), why);
        }

        @Test
        void thirtyAprilIsStillFine() {
            assertEquals(LocalDate.of(1985, 4, 30), FiscalCode.parse("RSSMRA85D30A562N").birthDate(TODAY));
        }

        @Test
        void theErrorCarriesTheFieldAndMessagesInBothLanguages() {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> FiscalCode.parse("RSSMRA85T10A562T"));
            assertEquals("fiscal_code", e.field());
            assertTrue(e.messageIt().contains("carattere di controllo"), e.messageIt());
            assertTrue(e.messageEn().contains("check character"), e.messageEn());
        }

        @Test
        void theErrorDoesNotLeakTheRejectedCode() {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> FiscalCode.parse("RSSMRA85T10A562T"));
            assertFalse(e.getMessage().contains("RSSMRA"));
            assertFalse(e.messageIt().contains("RSSMRA"));
        }
    }

    @Nested
    class LeapDays {

        @Test
        void feb29OfYearZeroIsValidBecause2000WasALeapYear() {
            FiscalCode cf = FiscalCode.parse("VRDGPP00B29F205B");
            assertEquals(LocalDate.of(2000, 2, 29), cf.birthDate(TODAY));
        }

        @Test
        void feb29OfALeapYearIsValid() {
            assertEquals(LocalDate.of(1984, 2, 29), FiscalCode.parse("RSSMRA84B29A562Y").birthDate(TODAY));
        }

        @Test
        void feb29OfANonLeapYearIsRejected() {
            assertEquals("fiscal_code.day", codeOf(() -> FiscalCode.parse("RSSMRA85B29A562Z")));
            assertEquals("fiscal_code.day", codeOf(() -> FiscalCode.parse("VRDGPP01B29F205C")));
        }

        @Test
        void aWomanBornOnFeb29IsWrittenSixtyNine() {
            FiscalCode cf = FiscalCode.parse("BNCLRA84B69H501D");
            assertEquals(Sex.F, cf.sex());
            assertEquals(LocalDate.of(1984, 2, 29), cf.birthDate(TODAY));
        }

        @Test
        void aWomanCannotBeBornOnFeb29OfANonLeapYear() {
            assertEquals("fiscal_code.day", codeOf(() -> FiscalCode.parse("BNCLRA85B69H501E")));
        }
    }

    @Nested
    class CheckCharAndComposition {

        @ParameterizedTest
        @CsvSource({"RSSMRA85T10A562, S", "MRTMTT25D09F205, Z", "BNCLRA92E61H501, R", "MRTMTTNRDLVFNLR, V"})
        void computeCheckCharFollowsTheOfficialTables(String first15, String expected) {
            assertEquals(expected, FiscalCode.computeCheckChar(first15));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"RSSMRA85T10A56", "RSSMRA85T10A5622", "rssmra85t10a562", "RSSMRA85T10A56-"})
        void computeCheckCharRejectsMalformedInput(String input) {
            Class<? extends Exception> expected = input == null
                    ? NullPointerException.class : IllegalArgumentException.class;
            assertThrows(expected, () -> FiscalCode.computeCheckChar(input));
        }

        @Test
        void composeBuildsTheCodeOfAMan() {
            assertEquals("RSSMRA85T10A562S",
                    FiscalCode.compose("RSS", "MRA", LocalDate.of(1985, 12, 10), Sex.M, "A562").value());
        }

        @Test
        void composeAddsFortyToTheDayOfAWoman() {
            assertEquals("BNCLRA92E61H501R",
                    FiscalCode.compose("BNC", "LRA", LocalDate.of(1992, 5, 21), Sex.F, "H501").value());
        }

        @Test
        void composeHandlesBirthAbroadAndSingleDigitDays() {
            assertEquals("SMTJHN80A01Z404K",
                    FiscalCode.compose("SMT", "JHN", LocalDate.of(1980, 1, 1), Sex.M, "Z404").value());
        }

        @Test
        void composeRoundTripsThroughTheDecodedFields() {
            LocalDate birth = LocalDate.of(2003, 9, 30);
            FiscalCode cf = FiscalCode.compose("VRD", "GPP", birth, Sex.F, "L219");
            assertEquals(birth, cf.birthDate(TODAY));
            assertEquals(Sex.F, cf.sex());
            assertEquals("L219", cf.birthPlaceCode());
        }

        @Test
        void composeRejectsMalformedParts() {
            LocalDate birth = LocalDate.of(1985, 12, 10);
            assertThrows(IllegalArgumentException.class, () -> FiscalCode.compose("RS", "MRA", birth, Sex.M, "A562"));
            assertThrows(IllegalArgumentException.class, () -> FiscalCode.compose("RSS", "MR4", birth, Sex.M, "A562"));
            assertThrows(IllegalArgumentException.class, () -> FiscalCode.compose("RSS", "MRA", birth, Sex.M, "A56"));
            assertThrows(IllegalArgumentException.class, () -> FiscalCode.compose("RSS", "MRA", birth, Sex.M, "1562"));
            assertThrows(NullPointerException.class, () -> FiscalCode.compose("RSS", "MRA", null, Sex.M, "A562"));
            assertThrows(NullPointerException.class, () -> FiscalCode.compose("RSS", "MRA", birth, null, "A562"));
        }
    }
}
