package it.mutua.app.member.importing.domain;

import java.io.UncheckedIOException;
import java.util.Iterator;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The lines of an import file as the parsers read them: the header first, then each data line with the number of the
 * line it starts on (a quoted field may span lines), blank lines skipped and not counted; a broken quote is
 * {@code member.import.quoting} naming the line where the broken record starts.
 */
final class CsvLines {

    /** A data line: its record and the file line it starts on. */
    record Line(CSVRecord record, long number) {
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lineEnd;
    private long dataLines;

    CsvLines(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    /** The first record; {@code member.import.empty} when the file has none. */
    CSVRecord header() {
        CSVRecord first = next(1);
        if (first == null) {
            throw new PayrollFileException("member.import.empty");
        }
        lineEnd = parser.getCurrentLineNumber();
        return first;
    }

    /** The next data line, or null at the end of the file. */
    Line next() {
        while (true) {
            long line = lineEnd + 1;
            CSVRecord record = next(line);
            if (record == null) {
                return null;
            }
            lineEnd = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue; // an empty line (often the last one) is not a data line
            }
            dataLines++;
            return new Line(record, line);
        }
    }

    /** Data lines read so far. */
    long dataLines() {
        return dataLines;
    }

    private CSVRecord next(long line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new PayrollFileException("member.import.quoting", line);
        }
    }
}
