package it.mutua.app.member.importing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.Sex;
import it.mutua.app.plan.domain.FamilyRole;

class FamilyParserTest {

    private static final String HEADER = "codice_fiscale_titolare;ruolo;codice_fiscale;cognome;nome;data_inizio\n";
    private final FamilyParser parser = new FamilyParser();

    private static String relative(int n) {
        return FiscalCode.compose("BNC", "LCU", LocalDate.of(2010, 1, 1).plusDays(n), Sex.F, "F205").value();
    }

    private static List<String> codes(ParsedFamily p) {
        return p.problems().stream().map(LineProblem::code).toList();
    }

    @Test
    void aValidLineBecomesARowWithTheHolderTheRoleAndTheStartDate() {
        ParsedFamily p = parser.parse(HEADER + Codes.worker(1) + ";figlia;" + relative(1) + ";Rossi;Lucia;01/01/2026\n");
        assertTrue(p.allValid(), () -> p.problems().toString());
        FamilyRow r = p.rows().get(0);
        assertEquals(Codes.worker(1), r.holder().value());
        assertEquals(FamilyRole.CHILD, r.role());
        assertEquals(LocalDate.of(2026, 1, 1), r.from());
        assertEquals(2, r.line(), "the header is line 1");
    }

    @Test
    void rolesAreReadInItalianOrWithTheApiNames() {
        assertEquals(FamilyRole.SPOUSE, FamilyParser.role("Coniuge").orElseThrow());
        assertEquals(FamilyRole.OTHER_DEPENDANT, FamilyParser.role("familiare a carico").orElseThrow());
        assertEquals(FamilyRole.CHILD, FamilyParser.role("CHILD").orElseThrow());
        assertTrue(FamilyParser.role("lavoratore").isEmpty(), "a worker is not a family role");
    }

    @Test
    void theStartDateIsOptional() {
        ParsedFamily p = parser.parse("codice_fiscale_titolare;ruolo;codice_fiscale;cognome;nome\n" + Codes.worker(1)
                + ";coniuge;" + relative(1) + ";Bianchi;Lucia\n");
        assertTrue(p.allValid(), () -> p.problems().toString());
        assertNull(p.rows().get(0).from());
    }

    @Test
    void everyProblemOfALineIsReportedAtOnceWithItsColumn() {
        ParsedFamily p = parser.parse(HEADER + "RSSMRA85T10A562X;nonno;" + relative(1) + ";;Lucia;31/02/2026\n");
        assertEquals(0, p.rows().size());
        assertEquals(1, p.invalidLines());
        assertEquals(List.of("codice_fiscale_titolare", "ruolo", "cognome", "data_inizio"),
                p.problems().stream().map(LineProblem::field).toList());
        assertTrue(p.problems().get(0).hasTexts(), "the kernel's texts travel with the problem");
        assertEquals(2, p.problems().get(0).line());
    }

    @Test
    void theRelativeCannotBeTheHolder() {
        ParsedFamily p = parser.parse(HEADER + Codes.worker(1) + ";figlio;" + Codes.worker(1) + ";Rossi;Marco;\n");
        assertEquals(List.of("member.family.self"), codes(p));
    }

    @Test
    void aCodiceFiscaleTwiceInTheFileIsAProblemOfTheSecondLine() {
        ParsedFamily p = parser.parse(HEADER + Codes.worker(1) + ";figlio;" + relative(1) + ";Rossi;Marco;\n"
                + Codes.worker(2) + ";figlio;" + relative(1) + ";Verdi;Marco;\n");
        assertEquals(List.of("member.import.duplicate_in_file"), codes(p));
        assertEquals(3, p.problems().get(0).line());
        assertEquals(1, p.rows().size());
    }

    @Test
    void oneHolderCannotHaveTwoSpousesInOneFile() {
        ParsedFamily p = parser.parse(HEADER + Codes.worker(1) + ";coniuge;" + relative(1) + ";Rossi;Anna;\n"
                + Codes.worker(1) + ";coniuge;" + relative(2) + ";Rossi;Bruna;\n");
        assertEquals(List.of("member.family_import.second_spouse"), codes(p));
        assertEquals(2L, p.problems().get(0).args()[0]);
    }

    @Test
    void aMissingRequiredColumnRejectsTheWholeFile() {
        PayrollFileException e = assertThrows(PayrollFileException.class,
                () -> parser.parse("codice_fiscale;cognome;nome\n" + relative(1) + ";Rossi;Anna\n"));
        assertEquals("member.family_import.columns_missing", e.code());
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsReportedAsSuch() {
        ParsedFamily p = parser.parse(HEADER + Codes.worker(1) + ";figlio;" + relative(1) + "\n");
        assertEquals(List.of("member.import.field_count"), codes(p));
    }
}
