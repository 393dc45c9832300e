package it.mutua.app.member.importing.domain;

import java.util.List;

/**
 * A family file read and checked line by line: the valid rows, the problems (the first
 * {@link PayrollParser#MAX_REPORTED}), how many data lines and how many of them were invalid.
 */
public record ParsedFamily(List<FamilyRow> rows, List<LineProblem> problems, long dataLines, long invalidLines) {

    public ParsedFamily {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean allValid() {
        return invalidLines == 0;
    }
}
