package it.mutua.app.member.importing.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.InvalidValueException;
import it.mutua.app.plan.domain.FamilyRole;

/**
 * Reads a family file (the relatives of the cooperative's worker-members, one per line) with the same dialect rules,
 * quoting and report as the payroll file, and checks each line on its own: both codici fiscali with the kernel's full
 * check, the role, the names, the optional start date ({@code dd/MM/yyyy}); across lines: a codice fiscale only once
 * in the file and at most one spouse or partner per holder. What needs the registry (holder known, relative new,
 * plan covers the role at that age) is checked by the import service.
 */
public final class FamilyParser {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, FamilyRole> ROLES = Map.of("CONIUGE", FamilyRole.SPOUSE, "PARTNER",
            FamilyRole.SPOUSE, "SPOUSE", FamilyRole.SPOUSE, "FIGLIO", FamilyRole.CHILD, "FIGLIA", FamilyRole.CHILD,
            "CHILD", FamilyRole.CHILD, "ALTRO", FamilyRole.OTHER_DEPENDANT, "FAMILIARE_A_CARICO",
            FamilyRole.OTHER_DEPENDANT, "OTHER_DEPENDANT", FamilyRole.OTHER_DEPENDANT);

    /** Parses {@code content} written in {@code dialect}. */
    public ParsedFamily parse(InputStream content, CsvDialect dialect) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter())
                .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(false).get();
        try (Reader reader = new InputStreamReader(content, dialect.charset());
             CSVParser parser = CSVParser.parse(reader, format)) {
            return read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests: a whole file in a string, UTF-8. */
    public ParsedFamily parse(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        CsvDialect dialect = CsvDialect.detect(() -> new java.io.ByteArrayInputStream(bytes));
        return parse(new java.io.ByteArrayInputStream(bytes), dialect);
    }

    /** The role as written in the file: Italian (coniuge, figlio, altro) or the API's names (SPOUSE, CHILD, ...). */
    static Optional<FamilyRole> role(String raw) {
        return Optional.ofNullable(ROLES.get(SPACES.matcher(raw.strip()).replaceAll("_").toUpperCase(Locale.ROOT)));
    }

    private ParsedFamily read(CSVParser parser) {
        CsvLines lines = new CsvLines(parser);
        CSVRecord first = lines.header();
        Map<FamilyColumn, Integer> columns = header(first);
        List<FamilyRow> rows = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        long invalid = 0;
        Map<String, Long> lineOfCode = new HashMap<>();
        Map<String, Long> spouseLineOf = new HashMap<>();
        for (CsvLines.Line l = lines.next(); l != null; l = lines.next()) {
            long line = l.number();
            CSVRecord record = l.record();
            List<LineProblem> lineProblems = new ArrayList<>();
            FamilyRow row = validate(record, first.size(), columns, line, lineProblems);
            if (row != null) {
                Long earlier = lineOfCode.putIfAbsent(row.key(), line);
                if (earlier != null) {
                    lineProblems.add(LineProblem.of(line, FamilyColumn.CODICE_FISCALE.header(),
                            "member.import.duplicate_in_file", earlier));
                } else if (row.role() == FamilyRole.SPOUSE) {
                    Long spouse = spouseLineOf.putIfAbsent(row.holder().value(), line);
                    if (spouse != null) {
                        lineProblems.add(LineProblem.of(line, FamilyColumn.RUOLO.header(),
                                "member.family_import.second_spouse", spouse));
                    }
                }
            }
            if (lineProblems.isEmpty()) {
                rows.add(row);
            } else {
                invalid++;
                lineProblems.stream().limit(Math.max(0, PayrollParser.MAX_REPORTED - problems.size()))
                        .forEach(problems::add);
            }
        }
        return new ParsedFamily(rows, problems, lines.dataLines(), invalid);
    }

    private static Map<FamilyColumn, Integer> header(CSVRecord first) {
        Map<FamilyColumn, Integer> positions = new EnumMap<>(FamilyColumn.class);
        for (int i = 0; i < first.size(); i++) {
            String raw = i == 0 && first.get(i).startsWith("\uFEFF") ? first.get(i).substring(1) : first.get(i);
            int index = i;
            FamilyColumn.ofHeader(raw).ifPresent(c -> {
                if (positions.put(c, index) != null) {
                    throw new PayrollFileException("member.import.column_twice", c.header());
                }
            });
        }
        List<String> missing = new ArrayList<>();
        for (FamilyColumn c : FamilyColumn.values()) {
            if (c.required() && !positions.containsKey(c)) {
                missing.add(c.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new PayrollFileException("member.family_import.columns_missing", String.join(", ", missing));
        }
        return positions;
    }

    private static FamilyRow validate(CSVRecord record, int width, Map<FamilyColumn, Integer> columns, long line,
                                      List<LineProblem> problems) {
        if (record.size() != width) {
            problems.add(LineProblem.of(line, null, "member.import.field_count", record.size(), width));
            return null;
        }
        FiscalCode holder = code(value(record, columns, FamilyColumn.CODICE_FISCALE_TITOLARE),
                FamilyColumn.CODICE_FISCALE_TITOLARE, line, problems);
        String rawRole = value(record, columns, FamilyColumn.RUOLO);
        FamilyRole role = role(rawRole).orElse(null);
        if (role == null) {
            problems.add(LineProblem.of(line, FamilyColumn.RUOLO.header(), "member.family_import.role",
                    shorten(rawRole)));
        }
        FiscalCode code = code(value(record, columns, FamilyColumn.CODICE_FISCALE), FamilyColumn.CODICE_FISCALE, line,
                problems);
        if (holder != null && code != null && holder.value().equals(code.value())) {
            problems.add(LineProblem.of(line, FamilyColumn.CODICE_FISCALE.header(), "member.family.self",
                    code.value()));
        }
        String familyName = name(value(record, columns, FamilyColumn.COGNOME), FamilyColumn.COGNOME, line, problems);
        String givenName = name(value(record, columns, FamilyColumn.NOME), FamilyColumn.NOME, line, problems);
        String rawFrom = value(record, columns, FamilyColumn.DATA_INIZIO);
        LocalDate from = rawFrom.isEmpty() ? null : ItalianDate.parse(rawFrom).orElse(null);
        if (!rawFrom.isEmpty() && from == null) {
            problems.add(LineProblem.of(line, FamilyColumn.DATA_INIZIO.header(), "member.import.date_format",
                    shorten(rawFrom)));
        }
        return problems.isEmpty() ? new FamilyRow(line, holder, role, code, familyName, givenName, from) : null;
    }

    private static FiscalCode code(String raw, FamilyColumn column, long line, List<LineProblem> problems) {
        try {
            return FiscalCode.parse(raw);
        } catch (InvalidValueException e) {
            problems.add(LineProblem.withTexts(line, column.header(), e.code(), e.messageIt(), e.messageEn()));
            return null;
        }
    }

    private static String name(String raw, FamilyColumn column, long line, List<LineProblem> problems) {
        String value = SPACES.matcher(raw).replaceAll(" ");
        if (value.isEmpty()) {
            problems.add(LineProblem.of(line, column.header(), "member.import.required"));
            return null;
        }
        if (value.length() > 100 || value.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(LineProblem.of(line, column.header(), "member.import.name_format"));
            return null;
        }
        return value;
    }

    private static String value(CSVRecord record, Map<FamilyColumn, Integer> columns, FamilyColumn column) {
        Integer i = columns.get(column);
        return i == null || i >= record.size() ? "" : record.get(i).strip();
    }


    private static String shorten(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }
}
