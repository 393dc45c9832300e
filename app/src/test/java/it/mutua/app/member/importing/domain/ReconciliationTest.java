package it.mutua.app.member.importing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.member.domain.ContractType;

class ReconciliationTest {

    private static final LocalDate HIRED = LocalDate.of(2020, 3, 1);

    private static PayrollRow row(int n, LocalDate end, String email) {
        return new PayrollRow(n + 1, FiscalCode.parse(Codes.worker(n)), "Rossi", "Maria", HIRED, end,
                ContractType.PERMANENT, email, null);
    }

    private static CurrentWorker current(int n, LocalDate end, String email) {
        return new CurrentWorker(100 + n, Codes.worker(n), "Rossi", "Maria", HIRED, end, ContractType.PERMANENT, email,
                null, true);
    }

    private static Map<String, CurrentWorker> registry(CurrentWorker... workers) {
        Map<String, CurrentWorker> m = new HashMap<>();
        for (CurrentWorker w : workers) {
            m.put(w.fiscalCode(), w);
        }
        return m;
    }

    private static List<Change.Kind> kinds(Reconciliation r) {
        return r.changes().stream().map(Change::kind).toList();
    }

    @Test
    void aWorkerNotInTheRegistryIsAHire() {
        assertEquals(List.of(Change.Kind.HIRE), kinds(Reconciliation.of(List.of(row(1, null, null)), Map.of(), null)));
    }

    @Test
    void theSameDataAgainIsUnchangedSoAReimportWritesNothing() {
        Reconciliation r = Reconciliation.of(List.of(row(1, null, "a@b.it")), registry(current(1, null, "a@b.it")), null);
        assertEquals(List.of(Change.Kind.UNCHANGED), kinds(r));
        assertEquals(List.of(), r.writes());
    }

    @Test
    void aBlankOptionalCellKeepsTheRegistryValueInsteadOfErasingIt() {
        Reconciliation r = Reconciliation.of(List.of(row(1, null, null)), registry(current(1, null, "a@b.it")), null);
        assertEquals(List.of(Change.Kind.UNCHANGED), kinds(r));
    }

    @Test
    void aChangedEmailIsAnUpdate() {
        Reconciliation r = Reconciliation.of(List.of(row(1, null, "new@b.it")), registry(current(1, null, "a@b.it")), null);
        assertEquals(List.of(Change.Kind.UPDATE), kinds(r));
        assertEquals("new@b.it", r.changes().get(0).wanted().email());
    }

    @Test
    void aLeavingDateOnTheLineMakesALeaver() {
        LocalDate left = LocalDate.of(2026, 10, 31);
        Reconciliation r = Reconciliation.of(List.of(row(1, left, null)), registry(current(1, null, null)), null);
        assertEquals(List.of(Change.Kind.LEAVER), kinds(r));
        assertEquals(left, r.changes().get(0).wanted().endDate());
    }

    @Test
    void aWorkerMissingFromTheListIsNotALeaverByDefault() {
        Reconciliation r = Reconciliation.of(List.of(row(1, null, null)), registry(current(1, null, null), current(2, null, null)), null);
        assertEquals(List.of(Change.Kind.UNCHANGED), kinds(r));
    }

    @Test
    void aWorkerMissingFromTheListLeavesOnTheDateAskedFor() {
        LocalDate on = LocalDate.of(2026, 10, 31);
        Reconciliation r = Reconciliation.of(List.of(row(1, null, null)),
                registry(current(1, null, null), current(2, null, null), current(3, LocalDate.of(2025, 1, 31), null)), on);
        assertEquals(List.of(Change.Kind.UNCHANGED, Change.Kind.LEAVER), kinds(r));
        assertEquals(Codes.worker(2), r.changes().get(1).wanted().key());
        assertEquals(on, r.changes().get(1).wanted().endDate());
    }

    @Test
    void aFamilyMembersCodiceFiscaleOnAWorkersLineIsAConflictReportedOnItsLine() {
        CurrentWorker spouse = new CurrentWorker(7, Codes.worker(1), "Rossi", "Maria", null, null, null, null, null, false);
        Reconciliation r = Reconciliation.of(List.of(row(1, null, null)), registry(spouse), null);
        assertEquals(List.of(Change.Kind.CONFLICT), kinds(r));
        assertEquals(List.of(), r.writes());
        assertEquals(2, r.conflicts().get(0).line());
    }
}
