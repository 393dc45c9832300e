package it.mutua.app.member.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.kernel.Sex;

class IdentityCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** Mario Rossi, born in Milan on 10 December 1985. */
    private static final FiscalCode MARIO = FiscalCode.parse("RSSMRA85T10A562S");
    private static final FiscalCode LAURA = FiscalCode.compose("VRD", "LRA", LocalDate.of(1990, 1, 1), Sex.F, "F205");

    @Test
    void withoutATypedDateTheDateEncodedInTheCodeIsRecorded() {
        assertEquals(LocalDate.of(1985, 12, 10), IdentityCheck.birthDate(MARIO, null, null, TODAY));
    }

    @Test
    void aTypedDateThatAgreesIsRecorded() {
        assertEquals(LocalDate.of(1985, 12, 10), IdentityCheck.birthDate(MARIO, LocalDate.of(1985, 12, 10), Sex.M, TODAY));
    }

    @Test
    void aTypedDateAHundredYearsEarlierAgreesBecauseTheCodeHoldsTwoDigitsOfTheYear() {
        FiscalCode old = FiscalCode.compose("BNC", "GNN", LocalDate.of(1925, 3, 4), Sex.M, "H501");
        assertEquals(LocalDate.of(1925, 3, 4), IdentityCheck.birthDate(old, LocalDate.of(1925, 3, 4), null, TODAY));
    }

    @Test
    void aTypedDateOnAnotherDayIsRefusedWith422NamingTheEncodedDate() {
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> IdentityCheck.birthDate(MARIO, LocalDate.of(1985, 12, 11), null, TODAY));
        assertEquals(RuleViolation.Kind.UNPROCESSABLE, e.kind());
        assertEquals("member.birth_date.mismatch", e.code());
        assertEquals("birthDate", e.field());
        assertEquals(LocalDate.of(1985, 12, 10), e.args()[0]);
    }

    @Test
    void aTypedDateInAnotherMonthOrYearIsRefused() {
        assertThrows(RuleViolation.class, () -> IdentityCheck.birthDate(MARIO, LocalDate.of(1985, 11, 10), null, TODAY));
        assertThrows(RuleViolation.class, () -> IdentityCheck.birthDate(MARIO, LocalDate.of(1986, 12, 10), null, TODAY));
    }

    @Test
    void aWomansCodeWithDayPlusFortyMatchesHerRealDayOfBirth() {
        assertEquals(LocalDate.of(1990, 1, 1), IdentityCheck.birthDate(LAURA, LocalDate.of(1990, 1, 1), Sex.F, TODAY));
    }

    @Test
    void aTypedSexThatDisagreesWithTheCodeIsRefusedWith422() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> IdentityCheck.birthDate(LAURA, null, Sex.M, TODAY));
        assertEquals("member.sex.mismatch", e.code());
        assertEquals(RuleViolation.Kind.UNPROCESSABLE, e.kind());
    }

    @Test
    void anOmocodeVariantIsCheckedOnItsDecodedDate() {
        FiscalCode omocode = MARIO.omocodeVariant(3);
        assertEquals(LocalDate.of(1985, 12, 10), IdentityCheck.birthDate(omocode, LocalDate.of(1985, 12, 10), Sex.M, TODAY));
        assertThrows(RuleViolation.class, () -> IdentityCheck.birthDate(omocode, LocalDate.of(1985, 12, 1), null, TODAY));
    }
}
