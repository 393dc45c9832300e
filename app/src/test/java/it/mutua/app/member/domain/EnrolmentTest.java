package it.mutua.app.member.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.RuleViolation;

/** Coverage at a date: a period covers its start and end days, and ending it never lengthens it. */
class EnrolmentTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    static Member mario() throws ReflectiveOperationException {
        Member m = new Member(FiscalCode.parse("RSSMRA85T10A562S"), LocalDate.of(1985, 12, 10), "Mario", "Rossi");
        Field id = Member.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(m, 7L);
        return m;
    }

    private static Enrolment fromJanuary() throws ReflectiveOperationException {
        return new Enrolment(mario(), EnrolmentKind.COLLECTIVE, "SOCIAL_COOPERATION", JAN_1, "test");
    }

    @Test
    void anOpenPeriodCoversEveryDayFromItsStart() throws Exception {
        Enrolment e = fromJanuary();
        assertFalse(e.covers(LocalDate.of(2025, 12, 31)));
        assertTrue(e.covers(JAN_1));
        assertTrue(e.covers(LocalDate.of(2040, 1, 1)));
    }

    @Test
    void anEndedPeriodCoversItsLastDayAndNotTheNext() throws Exception {
        Enrolment e = fromJanuary();
        e.endOn(LocalDate.of(2026, 6, 30), Enrolment.EndReason.LEFT_COOPERATIVE);
        assertTrue(e.covers(LocalDate.of(2026, 6, 30)));
        assertFalse(e.covers(LocalDate.of(2026, 7, 1)));
        assertEquals(Enrolment.EndReason.LEFT_COOPERATIVE, e.endReason());
    }

    @Test
    void endingLaterThanAlreadyRecordedDoesNotLengthenCoverage() throws Exception {
        Enrolment e = fromJanuary();
        e.endOn(LocalDate.of(2026, 6, 30), Enrolment.EndReason.LEFT_COOPERATIVE);
        e.endOn(LocalDate.of(2026, 9, 30), Enrolment.EndReason.WITHDRAWN);
        assertEquals(LocalDate.of(2026, 6, 30), e.endDate());
        assertEquals(Enrolment.EndReason.LEFT_COOPERATIVE, e.endReason());
    }

    @Test
    void leavingBeforeCoverageBeganEndsItOnItsFirstDay() throws Exception {
        Enrolment e = fromJanuary();
        e.endOn(LocalDate.of(2025, 12, 1), Enrolment.EndReason.LEFT_COOPERATIVE);
        assertEquals(JAN_1, e.endDate());
    }

    @Test
    void aPeriodEndedBeforeADateDoesNotOverlapANewOneFromThatDate() throws Exception {
        Enrolment e = fromJanuary();
        assertTrue(e.overlapsFrom(LocalDate.of(2030, 1, 1)));
        e.endOn(LocalDate.of(2026, 3, 31), Enrolment.EndReason.LEFT_COOPERATIVE);
        assertFalse(e.overlapsFrom(LocalDate.of(2026, 4, 1)));
        assertTrue(e.overlapsFrom(LocalDate.of(2026, 3, 31)));
    }

    @Test
    void anEnrolmentWithoutAStartIsRefused() {
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> new Enrolment(mario(), EnrolmentKind.INDIVIDUAL, "P", null, "test"));
        assertEquals("enrolment.start.required", e.code());
    }

    @Test
    void aNewHireIsEnrolledFromTheLaterOfAdhesionStartAndHireDate() {
        CollectiveAdhesion a = new CollectiveAdhesion("SOCIAL_COOPERATION", JAN_1, "test");
        assertEquals(JAN_1, a.enrolmentStartFor(LocalDate.of(2020, 5, 4)));
        assertEquals(LocalDate.of(2026, 3, 2), a.enrolmentStartFor(LocalDate.of(2026, 3, 2)));
        assertTrue(a.inForceOn(LocalDate.of(2027, 1, 1)));
        assertFalse(a.inForceOn(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void theIndexRowCoversLikeThePeriodItMirrors() {
        var row = new IndexedEnrolment(1, 2, "RSSMRA85T10A562S", it.mutua.app.plan.domain.FamilyRole.WORKER,
                "RSSMRA85T10A562S", EnrolmentKind.COLLECTIVE, "P", JAN_1, LocalDate.of(2026, 12, 31));
        assertTrue(row.covers(LocalDate.of(2026, 12, 31)));
        assertFalse(row.covers(LocalDate.of(2027, 1, 1)));
    }
}
