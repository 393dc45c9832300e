package it.mutua.app.member.importing.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a payroll file record by record (Apache Commons CSV, RFC 4180 quoting) and validates each line. Only valid
 * rows are kept; problems are counted all but kept up to {@link #MAX_REPORTED}, so 10 MB of bad lines give a
 * bounded report. Broken quoting stops the reading: from there on the structure of the file is unknown, so the
 * whole file is refused ({@link PayrollFileException}), in every mode.
 */
public final class PayrollParser {

    public static final int MAX_REPORTED = 1000;
    private static final int PROGRESS_EVERY = 1000;

    private final LocalDate today;

    public PayrollParser(LocalDate today) {
        this.today = today;
    }

    /** Parses {@code content} written in {@code dialect}; {@code progress} hears the number of data lines read. */
    public ParsedPayroll parse(InputStream content, CsvDialect dialect, LongConsumer progress) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter())
                .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(false).get();
        try (Reader reader = new InputStreamReader(content, dialect.charset());
             CSVParser parser = CSVParser.parse(reader, format)) {
            return read(parser, dialect, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads only the header line: lets the upload be refused at once (400) when a required column is missing,
     * before a job is created.
     */
    public static PayrollHeader header(InputStream content, CsvDialect dialect) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter()).get();
        try (Reader reader = new InputStreamReader(content, dialect.charset());
             CSVParser parser = CSVParser.parse(reader, format)) {
            return PayrollHeader.of(new CsvLines(parser).header());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests: a whole file in a string, UTF-8. */
    public ParsedPayroll parse(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        CsvDialect dialect = CsvDialect.detect(() -> new java.io.ByteArrayInputStream(bytes));
        return parse(new java.io.ByteArrayInputStream(bytes), dialect, n -> { });
    }

    private ParsedPayroll read(CSVParser parser, CsvDialect dialect, LongConsumer progress) {
        CsvLines lines = new CsvLines(parser);
        PayrollHeader header = PayrollHeader.of(lines.header());
        RowValidator validator = new RowValidator(header, today);
        List<PayrollRow> rows = new ArrayList<>();
        Problems problems = new Problems();
        Map<String, Long> firstLineOf = new HashMap<>();
        Map<String, Integer> rowIndexOf = new HashMap<>();
        for (CsvLines.Line l = lines.next(); l != null; l = lines.next()) {
            long line = l.number();
            CSVRecord record = l.record();
            RowValidator.Result result = validator.validate(record, line);
            if (!result.valid()) {
                problems.addLine(result.problems());
            } else {
                PayrollRow row = result.row();
                Long earlier = firstLineOf.putIfAbsent(row.key(), line);
                if (earlier != null) {
                    problems.addLine(List.of(LineProblem.of(line, PayrollColumn.CODICE_FISCALE.header(),
                            "member.import.duplicate_in_file", earlier)));
                    Integer firstIndex = rowIndexOf.remove(row.key());
                    if (firstIndex != null) {
                        // the first occurrence is no more trustworthy than the second: neither is imported
                        rows.set(firstIndex, null);
                        problems.addLine(List.of(LineProblem.of(earlier, PayrollColumn.CODICE_FISCALE.header(),
                                "member.import.duplicate_in_file", line)));
                    }
                } else {
                    rowIndexOf.put(row.key(), rows.size());
                    rows.add(row);
                }
            }
            if (lines.dataLines() % PROGRESS_EVERY == 0) {
                progress.accept(lines.dataLines());
            }
        }
        progress.accept(lines.dataLines());
        rows.removeIf(java.util.Objects::isNull);
        return new ParsedPayroll(dialect, rows, problems.kept, lines.dataLines(), problems.invalidLines);
    }


    private static final class Problems {
        private final List<LineProblem> kept = new ArrayList<>();
        private long invalidLines;

        void addLine(List<LineProblem> lineProblems) {
            invalidLines++;
            for (LineProblem p : lineProblems) {
                if (kept.size() < MAX_REPORTED) {
                    kept.add(p);
                }
            }
        }
    }
}
