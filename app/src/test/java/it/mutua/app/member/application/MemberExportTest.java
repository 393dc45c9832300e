package it.mutua.app.member.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.FiscalCode;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.member.domain.ContractType;
import it.mutua.app.member.domain.Employment;
import it.mutua.app.member.domain.Member;

class MemberExportTest {

    @Test
    void fieldsWithSemicolonsQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        assertEquals("a;\"b;c\";\"say \"\"hi\"\"\";\"x\ny\";\r\n",
                MemberExport.line(Arrays.asList("a", "b;c", "say \"hi\"", "x\ny", null)));
    }

    @Test
    void theHeaderIsItalianAndSemicolonSeparated() {
        String header = MemberExport.line(MemberExport.HEADERS);
        assertEquals("Codice fiscale;Cognome;Nome;Data di nascita;", header.substring(0, 44));
    }

    @Test
    void aRowHasItalianDatesRoleAndContract() {
        Member m = new Member(FiscalCode.parse("RSSMRA85T10A562S"), LocalDate.of(1985, 12, 10), "Mario", "Rossi");
        m.employ(new Employment(LocalDate.of(2019, 4, 1), null, ContractType.PERMANENT));
        var row = MemberExport.row(m, Map.of());
        assertEquals("RSSMRA85T10A562S", row.get(0));
        assertEquals("10/12/1985", row.get(3));
        assertEquals("Socio", row.get(5));
        assertEquals("01/04/2019", row.get(15));
        assertEquals("INDETERMINATO", row.get(17));
    }

    @Test
    void municipalitiesAreFoundByIstatOrCadastralCode() {
        assertEquals("Milano", Municipalities.require("015146").name());
        assertEquals("015146", Municipalities.require("f205").istatCode());
        assertEquals("MI", Municipalities.require("F205").province());
        assertEquals(7904, Municipalities.size());
        assertEquals("member.address.municipality",
                assertThrows(RuleViolation.class, () -> Municipalities.require("Z999")).code());
    }
}
