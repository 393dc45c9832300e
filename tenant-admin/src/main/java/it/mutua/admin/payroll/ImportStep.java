package it.mutua.admin.payroll;

import it.mutua.admin.api.PayrollApi;

import java.util.Locale;

/**
 * What the import screen offers after a job: pure rules, tested without a browser. After a clean dry run the file
 * can be imported as a whole; after a dry run with bad lines, only the valid lines (or a corrected file); after a real
 * run, nothing more than a new upload.
 */
enum ImportStep {
    /** Nothing checked yet, or the last job failed: upload a file. */
    UPLOAD,
    /** The dry run is still running. */
    CHECKING,
    /** Dry run without problems: import it all. */
    READY,
    /** Dry run with bad lines: fix the file, or import only the valid lines. */
    READY_WITH_PROBLEMS,
    /** The real import is running. */
    IMPORTING,
    /** The real import finished. */
    IMPORTED;

    static ImportStep after(PayrollApi.Job job) {
        boolean dryRun = "dry-run".equals(job.mode()) || "DRY_RUN".equals(job.mode());
        if (!job.finished()) {
            return dryRun ? CHECKING : IMPORTING;
        }
        if ("FAILED".equals(job.status()) || "INTERRUPTED".equals(job.status())) {
            return UPLOAD;
        }
        if (!dryRun) {
            return IMPORTED;
        }
        return job.invalidLines() == 0 ? READY : job.invalidLines() < job.totalLines() ? READY_WITH_PROBLEMS : UPLOAD;
    }

    /** Progress between 0 and 1 of the phase under way (0 when unknown). */
    static double progress(PayrollApi.Job job) {
        if (job.finished()) {
            return 1;
        }
        return job.phaseTotal() <= 0 ? 0 : Math.min(1, (double) job.phaseDone() / job.phaseTotal());
    }

    /** The message of a report line in the user's language. */
    static String message(PayrollApi.ReportLine line, Locale locale) {
        return "en".equals(locale.getLanguage()) ? line.messageEn() : line.messageIt();
    }

    /** The message of a failure in the user's language. */
    static String message(PayrollApi.Failure failure, Locale locale) {
        return "en".equals(locale.getLanguage()) ? failure.messageEn() : failure.messageIt();
    }
}
