package it.mutua.app.member.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.Iban;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.kernel.Sex;
import it.mutua.app.plan.domain.FamilyRole;

/** The member's rules and its history: what changed, old and new, with the IBAN masked. */
class MemberTest {

    private static final Municipality MILANO = new Municipality("015146", "Milano", "03", "MI", "F205", "20121");

    @Test
    void aLeavingDateBeforeTheHireDateIsRefusedWith422() throws Exception {
        Member m = EnrolmentTest.mario();
        m.employ(new Employment(LocalDate.of(2020, 3, 1), null, ContractType.PERMANENT));
        RuleViolation e = assertThrows(RuleViolation.class, () -> m.end(LocalDate.of(2020, 2, 29)));
        assertEquals("member.end_date.before_hire", e.code());
        assertEquals(RuleViolation.Kind.UNPROCESSABLE, e.kind());
        assertNull(m.endDate());
    }

    @Test
    void leavingOnTheHireDateIsAllowedAndKeepsTheContract() throws Exception {
        Member m = EnrolmentTest.mario();
        m.employ(new Employment(LocalDate.of(2020, 3, 1), null, ContractType.FIXED_TERM));
        m.end(LocalDate.of(2020, 3, 1));
        assertEquals(LocalDate.of(2020, 3, 1), m.endDate());
        assertEquals(ContractType.FIXED_TERM, m.contractType());
        assertTrue(m.employedOn(LocalDate.of(2020, 3, 1)));
    }

    @Test
    void aMemberNeverHiredCannotLeave() throws Exception {
        assertEquals("member.end_date.not_employed",
                assertThrows(RuleViolation.class, () -> EnrolmentTest.mario().end(LocalDate.of(2026, 1, 1))).code());
    }

    @Test
    void aFamilyMemberPointsAtTheHolderAndHasNoEmployment() throws Exception {
        Member holder = EnrolmentTest.mario();
        FiscalCode child = FiscalCode.compose("RSS", "GLI", LocalDate.of(2015, 4, 2), Sex.F, "F205");
        Member giulia = Member.familyOf(holder, FamilyRole.CHILD, child, LocalDate.of(2015, 4, 2), "Giulia", "Rossi");
        assertEquals(7L, giulia.holderId());
        assertEquals(FamilyRole.CHILD, giulia.familyRole());
        assertEquals("member.employment.family_member", assertThrows(RuleViolation.class,
                () -> giulia.employ(new Employment(LocalDate.of(2026, 1, 1), null, null))).code());
    }

    @Test
    void theHolderCannotBeTheirOwnFamilyMemberNorAWorkerRole() throws Exception {
        Member holder = EnrolmentTest.mario();
        FiscalCode same = FiscalCode.parse(holder.fiscalCode());
        assertThrows(RuleViolation.class, () -> Member.familyOf(holder, FamilyRole.SPOUSE, same,
                holder.birthDate(), "Mario", "Rossi"));
        FiscalCode other = FiscalCode.compose("BNC", "NNA", LocalDate.of(1987, 2, 3), Sex.F, "F205");
        assertThrows(RuleViolation.class, () -> Member.familyOf(holder, FamilyRole.WORKER, other,
                LocalDate.of(1987, 2, 3), "Anna", "Bianchi"));
    }

    @Test
    void theHistoryOfAnEditListsOnlyTheChangedFieldsWithOldAndNewValues() throws Exception {
        Member m = EnrolmentTest.mario();
        Map<String, String> before = m.snapshot();
        m.contacts("mario.rossi@example.org", null);
        m.moveTo(new Address("Via Roma 1", "20121", MILANO));
        MemberChanges changes = MemberChanges.between(before, m.snapshot());
        assertEquals("{\"email\":[null,\"mario.rossi@example.org\"],\"municipality\":[null,\"015146 Milano\"],"
                + "\"postcode\":[null,\"20121\"],\"street\":[null,\"Via Roma 1\"]}", changes.toJson());
    }

    @Test
    void anUnchangedRecordMakesNoHistory() throws Exception {
        Member m = EnrolmentTest.mario();
        Map<String, String> before = m.snapshot();
        m.rename(" Mario ", "Rossi");
        assertTrue(MemberChanges.between(before, m.snapshot()).isEmpty());
    }

    @Test
    void theHistoryKeepsAnIbanOnlyMasked() throws Exception {
        Member m = EnrolmentTest.mario();
        Map<String, String> before = m.snapshot();
        m.payTo(Iban.parse("IT60 X054 2811 1010 0000 0123 456"));
        String json = MemberChanges.between(before, m.snapshot()).toJson();
        assertEquals("{\"iban\":[null,\"IT60*******************3456\"]}", json);
    }

    @Test
    void historyJsonEscapesQuotesAndControlCharacters() {
        assertEquals("{\"note\":[null,\"a \\\"b\\\" \\\\ \\u0009\"]}", MemberChanges.note("a \"b\" \\ \t").toJson());
    }

    @Test
    void namesAreTrimmedAndPhonesNormalised() throws Exception {
        Member m = EnrolmentTest.mario();
        m.rename("  Mario   Luigi ", "Rossi");
        m.contacts(null, "+39 02 1234.5678");
        assertEquals("Mario Luigi", m.givenName());
        assertEquals("+390212345678", m.phone());
        assertThrows(RuleViolation.class, () -> m.contacts(null, "call me"));
        assertThrows(RuleViolation.class, () -> m.contacts("not-an-email", null));
    }

    @Test
    void anAddressNeedsStreetFiveDigitPostcodeAndMunicipality() {
        assertThrows(RuleViolation.class, () -> new Address(" ", "20121", MILANO));
        assertThrows(RuleViolation.class, () -> new Address("Via Roma 1", "2012", MILANO));
        assertThrows(RuleViolation.class, () -> new Address("Via Roma 1", "20121", null));
    }

    @Test
    void contractTypesAreReadInEnglishOrItalian() {
        assertEquals(ContractType.PERMANENT, ContractType.parse("indeterminato"));
        assertEquals(ContractType.FIXED_TERM, ContractType.parse("fixed term"));
        assertNull(ContractType.parse(" "));
        assertThrows(RuleViolation.class, () -> ContractType.parse("CO.CO.CO"));
    }
}
