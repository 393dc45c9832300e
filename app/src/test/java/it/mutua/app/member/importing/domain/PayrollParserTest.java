package it.mutua.app.member.importing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mutua.app.member.domain.ContractType;

class PayrollParserTest {

    private static final String HEADER = "codice_fiscale;cognome;nome;data_assunzione;data_cessazione;tipo_contratto;email;iban\n";
    private static final String IBAN = "IT60X0542811101000000123456";
    private final PayrollParser parser = new PayrollParser(LocalDate.of(2026, 11, 23));

    private static String line(int n, String rest) {
        return Codes.worker(n) + ";" + rest + "\n";
    }

    private static List<String> codes(ParsedPayroll p) {
        return p.problems().stream().map(LineProblem::code).toList();
    }

    @Test
    void aValidLineBecomesARowWithEveryField() {
        ParsedPayroll p = parser.parse(HEADER + line(1, "Rossi;Maria;01/03/2020;;tempo indeterminato;m.rossi@example.it;" + IBAN));
        assertTrue(p.allValid(), () -> p.problems().toString());
        PayrollRow r = p.rows().get(0);
        assertEquals(LocalDate.of(2020, 3, 1), r.hireDate());
        assertEquals(ContractType.PERMANENT, r.contractType());
        assertEquals(IBAN, r.iban());
        assertEquals(2, r.line(), "the header is line 1");
    }

    @Test
    void everyProblemOfALineIsReportedAtOnceWithItsField() {
        ParsedPayroll p = parser.parse(HEADER + "RSSMRA85T10A562X;;Mario;31/02/2020;;a progetto;not-an-email;IT00\n");
        assertEquals(0, p.rows().size());
        assertEquals(1, p.invalidLines());
        assertEquals(List.of("codice_fiscale", "cognome", "data_assunzione", "tipo_contratto", "email", "iban"),
                p.problems().stream().map(LineProblem::field).toList());
        assertEquals("fiscal_code.check_char", p.problems().get(0).code());
        assertTrue(p.problems().get(0).hasTexts(), "the kernel's own Italian and English texts travel with the problem");
    }

    @Test
    void aLeavingDateBeforeTheHireDateIsRefused() {
        ParsedPayroll p = parser.parse(HEADER + line(1, "Rossi;Maria;01/03/2020;28/02/2020;;;"));
        assertEquals(List.of("member.import.end_before_hire"), codes(p));
    }

    @Test
    void columnsMayComeInAnyOrderWithUnknownColumnsIgnoredAndOptionalOnesAbsent() {
        ParsedPayroll p = parser.parse("matricola,nome,data_assunzione,COGNOME,Codice_Fiscale\n"
                + "A17,Maria,01/03/2020,Rossi," + Codes.worker(1) + "\n");
        assertTrue(p.allValid(), () -> p.problems().toString());
        assertEquals("Rossi", p.rows().get(0).familyName());
    }

    @Test
    void aMissingRequiredColumnRejectsTheWholeFileNamingTheColumn() {
        PayrollFileException e = assertThrows(PayrollFileException.class,
                () -> parser.parse("codice_fiscale;cognome;nome\n" + Codes.worker(1) + ";Rossi;Maria\n"));
        assertEquals("member.import.columns_missing", e.code());
        assertEquals("data_assunzione", e.args()[0]);
    }

    @Test
    void anUnclosedQuoteRejectsTheWholeFileNamingTheLineWhereTheRecordStarts() {
        String file = HEADER + line(1, "Rossi;Maria;01/03/2020;;;;") + line(2, "\"Bianchi;Anna;01/03/2020;;;;")
                + line(3, "Verdi;Luca;01/03/2020;;;;");
        PayrollFileException e = assertThrows(PayrollFileException.class, () -> parser.parse(file));
        assertEquals("member.import.quoting", e.code());
        assertEquals(3L, e.args()[0]);
    }

    @Test
    void aQuotedFieldMayHoldTheSeparatorAndLineNumbersStillFollowTheFile() {
        String file = HEADER + line(1, "\"D'Amico; detto Mimmo\";Domenico;01/03/2020;;;;")
                + line(2, "Rossi;;01/03/2020;;;;");
        ParsedPayroll p = parser.parse(file);
        assertEquals("D'Amico; detto Mimmo", p.rows().get(0).familyName());
        assertEquals(3, p.problems().get(0).line());
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsReportedAsSuch() {
        ParsedPayroll p = parser.parse(HEADER + Codes.worker(1) + ";Rossi;Maria\n");
        assertEquals(List.of("member.import.field_count"), codes(p));
    }

    @Test
    void theSameCodiceFiscaleTwiceInvalidatesBothLines() {
        ParsedPayroll p = parser.parse(HEADER + line(1, "Rossi;Maria;01/03/2020;;;;") + line(2, "Bianchi;Anna;01/03/2020;;;;")
                + line(1, "Rossi;Maria;01/04/2020;;;;"));
        assertEquals(1, p.rows().size());
        assertEquals(2, p.invalidLines());
        assertEquals(List.of(4L, 2L), p.problems().stream().map(LineProblem::line).toList());
    }

    @Test
    void emptyLinesAreNotDataLines() {
        ParsedPayroll p = parser.parse(HEADER + "\n" + line(1, "Rossi;Maria;01/03/2020;;;;") + "\n\n");
        assertEquals(1, p.dataLines());
        assertTrue(p.allValid());
    }

    @Test
    void theReportKeepsTheFirstThousandProblemsButCountsEveryBadLine() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 1500; i++) {
            file.append("NOTACODE;;;;;;;\n");
        }
        ParsedPayroll p = parser.parse(file.toString());
        assertEquals(1500, p.invalidLines());
        assertEquals(PayrollParser.MAX_REPORTED, p.problems().size());
    }

    @Test
    void aHireDateMoreThanAYearAheadIsRefused() {
        ParsedPayroll p = parser.parse(HEADER + line(1, "Rossi;Maria;01/01/2028;;;;"));
        assertEquals(List.of("member.import.hire_too_far"), codes(p));
    }
}
