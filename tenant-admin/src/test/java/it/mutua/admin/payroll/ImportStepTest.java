package it.mutua.admin.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.PayrollApi;

class ImportStepTest {

    private static PayrollApi.Job job(String mode, String status, long lines, long invalid, long done, long total) {
        return new PayrollApi.Job(1, mode, status, "VALIDATING", "paghe.csv", 100, lines, 0, invalid, 0, 0, 0, 0, null,
                OffsetDateTime.now(), null, done, total);
    }

    @Test
    void aRunningDryRunIsBeingCheckedAndARunningImportIsImporting() {
        assertEquals(ImportStep.CHECKING, ImportStep.after(job("dry-run", "RUNNING", 10, 0, 3, 10)));
        assertEquals(ImportStep.IMPORTING, ImportStep.after(job("all-or-nothing", "QUEUED", 10, 0, 0, 0)));
    }

    @Test
    void aCleanDryRunOffersTheWholeImportAndOneWithBadLinesOnlyTheValidLines() {
        assertEquals(ImportStep.READY, ImportStep.after(job("dry-run", "COMPLETED", 10, 0, 10, 10)));
        assertEquals(ImportStep.READY_WITH_PROBLEMS, ImportStep.after(job("dry-run", "COMPLETED", 10, 2, 10, 10)));
    }

    @Test
    void aFileWithNoValidLineOrAFailedJobAsksForANewUpload() {
        assertEquals(ImportStep.UPLOAD, ImportStep.after(job("dry-run", "COMPLETED", 3, 3, 3, 3)));
        assertEquals(ImportStep.UPLOAD, ImportStep.after(job("dry-run", "FAILED", 0, 0, 0, 0)));
    }

    @Test
    void aFinishedRealImportIsImportedEvenWhenRejected() {
        assertEquals(ImportStep.IMPORTED, ImportStep.after(job("all-or-nothing", "COMPLETED", 10, 0, 10, 10)));
        assertEquals(ImportStep.IMPORTED, ImportStep.after(job("all-or-nothing", "REJECTED", 10, 1, 10, 10)));
    }

    @Test
    void progressIsThePhaseShareAndFullWhenFinished() {
        assertEquals(0.25, ImportStep.progress(job("dry-run", "RUNNING", 0, 0, 1, 4)));
        assertEquals(0, ImportStep.progress(job("dry-run", "RUNNING", 0, 0, 0, 0)));
        assertEquals(1, ImportStep.progress(job("dry-run", "COMPLETED", 4, 0, 4, 4)));
    }

    @Test
    void lineProblemsAreReadInTheUsersLanguage() {
        PayrollApi.ReportLine line = new PayrollApi.ReportLine(3, "codice_fiscale", "x", "non valido", "invalid");
        assertEquals("non valido", ImportStep.message(line, Locale.ITALIAN));
        assertEquals("invalid", ImportStep.message(line, Locale.ENGLISH));
    }
}
