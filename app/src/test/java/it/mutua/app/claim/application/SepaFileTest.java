package it.mutua.app.claim.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mutua.app.plan.domain.Money;

/** The SEPA file is checked against the bundled EPC pain.001.001.09 schema, and the schema really bites. */
class SepaFileTest {

    private static final SepaFile.Debtor MUTUA = new SepaFile.Debtor("Mutua Sanitaria Nazionale",
            "IT60X0542811101000000123456", "");
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void a_batch_of_two_claims_validates_and_carries_count_control_sum_and_end_to_end_ids() {
        String xml = SepaFile.write("MUTUA-20261123-7", CREATED, LocalDate.of(2026, 11, 24), MUTUA, List.of(
                new SepaFile.Transfer(41, "Mario Rossi", "IT60X0542811101000000123456", Money.euros("90.00")),
                new SepaFile.Transfer(42, "Laura Verdi", "DE89370400440532013000", Money.euros("21.15"))));

        assertTrue(xml.contains("<NbOfTxs>2</NbOfTxs>"), xml);
        assertTrue(xml.contains("<CtrlSum>111.15</CtrlSum>"), xml);
        assertTrue(xml.contains("<EndToEndId>CLAIM-42</EndToEndId>"), xml);
        assertTrue(xml.contains("<InstdAmt Ccy=\"EUR\">21.15</InstdAmt>"), xml);
        assertTrue(xml.contains("<Othr><Id>NOTPROVIDED</Id></Othr>"), xml);
    }

    @Test
    void a_configured_bic_is_written_as_bicfi() {
        String xml = SepaFile.write("M-1", CREATED, LocalDate.of(2026, 11, 24),
                new SepaFile.Debtor("Mutua", "IT60X0542811101000000123456", "BPMOIT22XXX"),
                List.of(new SepaFile.Transfer(1, "Mario Rossi", "IT60X0542811101000000123456", Money.euros(10))));

        assertTrue(xml.contains("<BICFI>BPMOIT22XXX</BICFI>"), xml);
    }

    @Test
    void names_reach_the_file_transliterated_to_the_epc_latin_set_and_cut_to_70_characters() {
        String xml = SepaFile.write("M-2", CREATED, LocalDate.of(2026, 11, 24),
                new SepaFile.Debtor("Mutua Sanità & Co.", "IT60X0542811101000000123456", ""), List.of(
                        new SepaFile.Transfer(1, "D’Alò Niccolò", "IT60X0542811101000000123456", Money.euros(10)),
                        new SepaFile.Transfer(2, "x".repeat(71), "IT60X0542811101000000123456", Money.euros(10))));

        assertTrue(xml.contains("<Cdtr><Nm>D'Alo Niccolo</Nm></Cdtr>"), xml);
        assertTrue(xml.contains("<Cdtr><Nm>" + "x".repeat(70) + "</Nm></Cdtr>"), xml);
        assertTrue(xml.contains("<Dbtr><Nm>Mutua Sanita + Co.</Nm></Dbtr>"), xml);
    }

    @Test
    void a_file_with_an_iban_the_schema_does_not_accept_is_refused() {
        var e = assertThrows(IllegalStateException.class, () -> SepaFile.write("M-3", CREATED,
                LocalDate.of(2026, 11, 24), MUTUA, List.of(new SepaFile.Transfer(1, "Mario Rossi",
                        "it60x0542811101000000123456", Money.euros(10)))));

        assertTrue(e.getMessage().contains("pain.001.001.09"), e.getMessage());
    }

    @Test
    void a_document_missing_its_group_header_does_not_validate() {
        String broken = "<Document xmlns=\"" + SepaFile.NAMESPACE + "\"><CstmrCdtTrfInitn/></Document>";
        assertThrows(IllegalStateException.class, () -> SepaFile.validate(broken));
        assertEquals("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09", SepaFile.NAMESPACE);
    }
}
