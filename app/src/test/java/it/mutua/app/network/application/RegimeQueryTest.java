package it.mutua.app.network.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RegimeQueryTest {

    @Test
    void aFacilityReferenceIsTheDecimalIdAndAnythingElseIsNotFound() {
        assertEquals(1234L, RegimeQuery.parse(" 1234 "));
        assertNull(RegimeQuery.parse("N-1234"), "no composite references: ids are global (ADR 0011)");
        assertNull(RegimeQuery.parse(""));
        assertNull(RegimeQuery.parse(null));
        assertNull(RegimeQuery.parse("9".repeat(19)), "too long for a long");
    }

    @Test
    void bulkLoadProblemsNameTheCsvColumnNotTheApiField() {
        assertEquals("codice_comune", BulkLoad.csvColumn("municipalityCode"));
        assertEquals("tariffa", BulkLoad.csvColumn("amount"));
        assertEquals("cooperativa", BulkLoad.csvColumn("cooperativa"));
        assertNull(BulkLoad.csvColumn(null));
    }
}
