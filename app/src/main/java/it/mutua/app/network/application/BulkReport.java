package it.mutua.app.network.application;

import java.util.List;

/**
 * What a bulk load did or, in a dry run, would do. {@code applied} is false for a dry run and for an all-or-nothing
 * load refused because of {@code problems}.
 */
public record BulkReport(boolean dryRun, boolean applied, int lines, int facilitiesCreated, int facilitiesUpdated,
                         int facilitiesUnchanged, int tariffsAdded, int tariffsUnchanged, int linesSkipped,
                         List<LineProblem> problems) {

    /** One problem of one line: the CSV line number (the header is line 1), the column, a code, Italian and English. */
    public record LineProblem(long line, String field, String code, String italian, String english) {
    }
}
