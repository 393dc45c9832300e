package it.mutua.app.network.application;

import java.util.List;

/**
 * What a bulk load did or, in a dry run, would do. {@code applied} is false for a dry run and for an all-or-nothing
 * load refused because of {@code problems}. {@code facilitiesSkipped} counts the facilities not loaded because one of
 * their lines had a problem (or all of them, when an all-or-nothing load is refused); lines that could not be read
 * as a facility at all are only in {@code problems}.
 */
public record BulkReport(boolean dryRun, boolean applied, int lines, int facilitiesCreated, int facilitiesUpdated,
                         int facilitiesUnchanged, int tariffsAdded, int tariffsUnchanged, int facilitiesSkipped,
                         List<LineProblem> problems) {

    /** One problem of one line: the CSV line number (the header is line 1), the column, a code, Italian and English. */
    public record LineProblem(long line, String field, String code, String italian, String english) {
    }
}
