package it.mutua.app.member.importing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.Iban;
import it.mutua.app.kernel.InvalidValueException;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.domain.ContractType;

/**
 * Checks one record of the file field by field and reports every problem of the line at once (not only the first),
 * so the payroll office fixes a line in one go. The codice fiscale and IBAN use the kernel's full checks.
 */
public final class RowValidator {

    /** Outcome for one line: the row when it is valid, otherwise its problems (never both). */
    public record Result(PayrollRow row, List<LineProblem> problems) {
        public boolean valid() {
            return row != null;
        }
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PayrollHeader header;
    private final LocalDate today;

    public RowValidator(PayrollHeader header, LocalDate today) {
        this.header = header;
        this.today = today;
    }

    public Result validate(CSVRecord record, long line) {
        List<LineProblem> problems = new ArrayList<>();
        if (record.size() != header.width()) {
            problems.add(LineProblem.of(line, null, "member.import.field_count", record.size(), header.width()));
            return new Result(null, problems);
        }
        FiscalCode code = fiscalCode(record, line, problems);
        String familyName = name(record, PayrollColumn.COGNOME, line, problems);
        String givenName = name(record, PayrollColumn.NOME, line, problems);
        LocalDate hired = date(record, PayrollColumn.DATA_ASSUNZIONE, line, problems);
        LocalDate ended = date(record, PayrollColumn.DATA_CESSAZIONE, line, problems);
        if (hired != null && ended != null && ended.isBefore(hired)) {
            problems.add(LineProblem.of(line, PayrollColumn.DATA_CESSAZIONE.header(), "member.import.end_before_hire"));
        }
        if (hired != null && hired.isAfter(today.plusYears(1))) {
            problems.add(LineProblem.of(line, PayrollColumn.DATA_ASSUNZIONE.header(), "member.import.hire_too_far"));
        }
        ContractType contract = contract(record, line, problems);
        String email = email(record, line, problems);
        String iban = iban(record, line, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new PayrollRow(line, code, familyName, givenName, hired, ended, contract, email, iban),
                List.of());
    }

    private FiscalCode fiscalCode(CSVRecord record, long line, List<LineProblem> problems) {
        String raw = header.value(record, PayrollColumn.CODICE_FISCALE);
        try {
            return FiscalCode.parse(raw);
        } catch (InvalidValueException e) {
            problems.add(kernel(line, PayrollColumn.CODICE_FISCALE, e));
            return null;
        }
    }

    private String name(CSVRecord record, PayrollColumn column, long line, List<LineProblem> problems) {
        String value = SPACES.matcher(header.value(record, column)).replaceAll(" ");
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

    private LocalDate date(CSVRecord record, PayrollColumn column, long line, List<LineProblem> problems) {
        String raw = header.value(record, column);
        if (raw.isEmpty()) {
            if (column.required()) {
                problems.add(LineProblem.of(line, column.header(), "member.import.required"));
            }
            return null;
        }
        return ItalianDate.parse(raw).orElseGet(() -> {
            problems.add(LineProblem.of(line, column.header(), "member.import.date_format", shorten(raw)));
            return null;
        });
    }

    private ContractType contract(CSVRecord record, long line, List<LineProblem> problems) {
        String raw = header.value(record, PayrollColumn.TIPO_CONTRATTO);
        if (raw.isEmpty()) {
            return null;
        }
        String word = raw.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        // payroll software often writes "tempo indeterminato": the registry's names are the words after "tempo"
        String name = word.startsWith("TEMPO_") ? word.substring("TEMPO_".length()) : word;
        try {
            return ContractType.parse(name);
        } catch (RuleViolation e) {
            problems.add(LineProblem.of(line, PayrollColumn.TIPO_CONTRATTO.header(), "member.import.contract_unknown",
                    shorten(raw)));
            return null;
        }
    }

    private String email(CSVRecord record, long line, List<LineProblem> problems) {
        String raw = header.value(record, PayrollColumn.EMAIL);
        if (raw.isEmpty()) {
            return null;
        }
        if (raw.length() > 200 || !EMAIL.matcher(raw).matches()) {
            problems.add(LineProblem.of(line, PayrollColumn.EMAIL.header(), "member.import.email_format"));
            return null;
        }
        return raw;
    }

    private String iban(CSVRecord record, long line, List<LineProblem> problems) {
        String raw = header.value(record, PayrollColumn.IBAN);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return Iban.parse(raw).value();
        } catch (InvalidValueException e) {
            problems.add(kernel(line, PayrollColumn.IBAN, e));
            return null;
        }
    }

    private static LineProblem kernel(long line, PayrollColumn column, InvalidValueException e) {
        return LineProblem.withTexts(line, column.header(), e.code(), e.messageIt(), e.messageEn());
    }

    /** Echo a bad value back in the report, but never a whole garbage line. */
    private static String shorten(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }
}
