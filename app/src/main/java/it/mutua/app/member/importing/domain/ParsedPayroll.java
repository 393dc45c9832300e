package it.mutua.app.member.importing.domain;

import java.util.List;

/**
 * The file read through: its valid rows, the problems found (the first {@link PayrollParser#MAX_REPORTED} of them;
 * {@code invalidLines} counts them all), and how many data lines it had.
 */
public record ParsedPayroll(CsvDialect dialect, List<PayrollRow> rows, List<LineProblem> problems, long dataLines,
                            long invalidLines) {

    public ParsedPayroll {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean allValid() {
        return invalidLines == 0;
    }
}
