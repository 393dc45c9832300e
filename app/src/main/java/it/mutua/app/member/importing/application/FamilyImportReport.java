package it.mutua.app.member.importing.application;

import java.util.List;
import java.util.Locale;

import it.mutua.app.member.importing.domain.LineProblem;
import it.mutua.app.problem.Messages;

/**
 * What a family import did: COMPLETED (every line registered or already there) or REJECTED (nothing stored), the
 * counts, and the problems by line, each in Italian and English.
 */
public record FamilyImportReport(String status, long lines, long invalidLines, int added, int unchanged,
                                 List<ImportJobStore.ReportLine> problems) {

    public FamilyImportReport {
        problems = List.copyOf(problems);
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    static FamilyImportReport completed(long lines, int added, int unchanged) {
        return new FamilyImportReport("COMPLETED", lines, 0, added, unchanged, List.of());
    }

    static FamilyImportReport rejected(long lines, long invalidLines, List<LineProblem> problems) {
        return new FamilyImportReport("REJECTED", lines, invalidLines, 0, 0,
                problems.stream().map(FamilyImportReport::line).toList());
    }

    private static ImportJobStore.ReportLine line(LineProblem p) {
        return new ImportJobStore.ReportLine(p.line(), p.field(), p.code(), text(p, Messages.ITALIAN),
                text(p, Locale.ENGLISH));
    }

    private static String text(LineProblem p, Locale locale) {
        if (p.hasTexts()) {
            return Locale.ENGLISH.equals(locale) ? p.textEn() : p.textIt();
        }
        return Messages.text(locale, p.code(), p.args());
    }
}
