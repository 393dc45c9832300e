package it.mutua.app.network.application;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.network.domain.FacilityDetails;
import it.mutua.app.problem.ProblemException;

/**
 * The CSV layout of a network bulk load (README, "Rete sanitaria"): {@code ;}-separated, UTF-8, a header line with
 * these Italian column names in any order, one line per facility or per facility and tariff (a facility with three
 * tariffs takes three lines that repeat its columns). Decimals take a comma or a dot; dates are {@code 2026-01-31}
 * or {@code 31/01/2026}; {@code cooperativa} is SI or NO.
 */
public final class FacilityCsv {

    public static final String VAT = "partita_iva";
    public static final String LEGAL_ENTITY = "ragione_sociale";
    public static final String NAME = "denominazione";
    public static final String TYPE = "tipo";
    public static final String ADDRESS = "indirizzo";
    public static final String CAP = "cap";
    public static final String MUNICIPALITY = "codice_comune";
    public static final String LATITUDE = "latitudine";
    public static final String LONGITUDE = "longitudine";
    public static final String COOPERATIVE = "cooperativa";
    public static final String COOPERATIVE_TENANT = "ente_cooperativa";
    public static final String CONTRACT_FROM = "inizio_convenzione";
    public static final String CONTRACT_TO = "fine_convenzione";
    public static final String SERVICE_CODE = "codice_prestazione";
    public static final String SERVICE_NAME = "prestazione";
    public static final String AMOUNT = "tariffa";
    public static final String VALID_FROM = "valida_dal";
    public static final String VALID_TO = "valida_al";

    public static final List<String> REQUIRED = List.of(VAT, LEGAL_ENTITY, NAME, TYPE, ADDRESS, MUNICIPALITY, LATITUDE,
            LONGITUDE, COOPERATIVE, CONTRACT_FROM);
    public static final List<String> ALL = List.of(VAT, LEGAL_ENTITY, NAME, TYPE, ADDRESS, CAP, MUNICIPALITY, LATITUDE,
            LONGITUDE, COOPERATIVE, COOPERATIVE_TENANT, CONTRACT_FROM, CONTRACT_TO, SERVICE_CODE, SERVICE_NAME, AMOUNT,
            VALID_FROM, VALID_TO);
    /** The most lines one load may have; bigger networks load in several files. */
    public static final int MAX_LINES = 20_000;

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private FacilityCsv() {
    }

    /** One data line as text, with its line number in the file. */
    public record Line(long number, CSVRecord record) {

        public String get(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String v = record.get(column).strip();
            return v.isEmpty() ? null : v;
        }

        public FacilityDetails.Input input() {
            return new FacilityDetails.Input(get(NAME), get(LEGAL_ENTITY), get(VAT), get(TYPE), get(ADDRESS), get(CAP),
                    null, null, get(MUNICIPALITY), decimal(LATITUDE), decimal(LONGITUDE), yesNo(COOPERATIVE), null,
                    date(CONTRACT_FROM), date(CONTRACT_TO));
        }

        public boolean hasTariff() {
            return get(SERVICE_CODE) != null || get(AMOUNT) != null || get(VALID_FROM) != null;
        }

        public Double decimal(String column) {
            BigDecimal d = amount(column);
            return d == null ? null : d.doubleValue();
        }

        /** "1234,50", "1.234,50" (Italian) or "1234.50". */
        public BigDecimal amount(String column) {
            String v = get(column);
            if (v == null) {
                return null;
            }
            String normalised = v.contains(",") ? v.replace(".", "").replace(',', '.') : v;
            try {
                return new BigDecimal(normalised);
            } catch (NumberFormatException e) {
                throw RuleViolation.invalid(column, "network.csv.decimal", v);
            }
        }

        public LocalDate date(String column) {
            String v = get(column);
            if (v == null) {
                return null;
            }
            try {
                return v.contains("/") ? LocalDate.parse(v, ITALIAN_DATE) : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw RuleViolation.invalid(column, "network.csv.date", v);
            }
        }

        private boolean yesNo(String column) {
            String v = get(column);
            if (v == null) {
                throw RuleViolation.invalid(column, "network.csv.yesNo", "");
            }
            return switch (v.toUpperCase(Locale.ROOT)) {
                case "SI", "SÌ", "S", "YES", "Y", "TRUE", "1" -> true;
                case "NO", "N", "FALSE", "0" -> false;
                default -> throw RuleViolation.invalid(column, "network.csv.yesNo", v);
            };
        }
    }

    /**
     * Reads every data line. A file that is not CSV, lacks the header's required columns or exceeds
     * {@link #MAX_LINES} is refused as a whole (400): there is no line to report against.
     */
    public static List<Line> read(Reader reader) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Set<String> header = Set.copyOf(parser.getHeaderNames().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList());
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw ProblemException.badRequest("network.csv.missingColumns", String.join(", ", missing));
            }
            List<Line> lines = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (lines.size() >= MAX_LINES) {
                    throw ProblemException.badRequest("network.csv.tooManyLines", Integer.toString(MAX_LINES));
                }
                lines.add(new Line(r.getRecordNumber() + 1, r));
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.badRequest("network.csv.malformed");
        }
    }
}
