package it.mutua.app.network.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.problem.ProblemException;

class FacilityCsvTest {

    static final String HEADER = String.join(";", FacilityCsv.ALL);

    @Test
    void italianDecimalsDatesAndYesNoAreRead() {
        var lines = FacilityCsv.read(new StringReader(HEADER + "\n"
                + "01234560159;Sant'Anna S.r.l.;Poliambulatorio Sant'Anna;POLIAMBULATORIO;Via Roma 10;25121;017029;"
                + "45,54;10,21;SI;;01/01/2026;;RMN;Risonanza;1.180,50;2026-01-01;\n"));
        assertEquals(1, lines.size());
        var line = lines.get(0);
        assertEquals(2, line.number(), "the header is line 1");
        var in = line.input();
        assertEquals(45.54, in.latitude(), 1e-9);
        assertTrue(in.cooperativeProvider());
        assertEquals(LocalDate.of(2026, 1, 1), in.contractFrom());
        assertNull(in.contractTo());
        assertEquals(new BigDecimal("1180.50"), line.amount(FacilityCsv.AMOUNT));
        assertTrue(line.hasTariff());
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWhole() {
        var e = assertThrows(ProblemException.class,
                () -> FacilityCsv.read(new StringReader("partita_iva;denominazione\n1;2\n")));
        assertEquals("network.csv.missingColumns", e.code());
        assertTrue(((String) e.args()[0]).contains("ragione_sociale"));
    }

    @Test
    void unbalancedQuotesAreMalformed() {
        var e = assertThrows(ProblemException.class,
                () -> FacilityCsv.read(new StringReader(HEADER + "\n\"01234560159;x\n")));
        assertEquals("network.csv.malformed", e.code());
    }

    @Test
    void aWrongYesNoOrDateNamesTheColumn() {
        var line = FacilityCsv.read(new StringReader(HEADER + "\n1;a;b;c;d;;017029;45;10;forse;;2026-13-01;;;;;;\n"))
                .get(0);
        var e = assertThrows(RuleViolation.class, line::input);
        assertEquals(FacilityCsv.COOPERATIVE, e.field());
        assertEquals("network.csv.yesNo", e.code());
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        var lines = FacilityCsv.read(new StringReader(HEADER.toUpperCase() + "\n01234560159;a;b;RSA;Via X 1;;017029;45;10;NO;;2026-01-01;;;;;;\n"));
        assertEquals("RSA", lines.get(0).get(FacilityCsv.TYPE));
    }
}
