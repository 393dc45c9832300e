package it.mutua.admin.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class FiscalCodeHintTest {

    @Test
    void aValidCodeTypedInLowerCaseWithSpacesHasNoProblem() {
        assertTrue(FiscalCodeHint.problem("rssmra 85t10 a562s").isEmpty());
        assertEquals("RSSMRA85T10A562S", FiscalCodeHint.normalise(" rssmra85t10a562s "));
    }

    @Test
    void anOmocodeVariantWithItsOwnCheckCharacterIsAccepted() {
        String first15 = "RSSMRA85T10A56N";
        assertTrue(FiscalCodeHint.problem(first15 + FiscalCodeHint.checkChar(first15)).isEmpty());
    }

    @Test
    void theFirstProblemIsNamedFromTheCoarsestToTheFinest() {
        assertEquals(Optional.of("members.cf.required"), FiscalCodeHint.problem("  "));
        assertEquals(Optional.of("members.cf.length"), FiscalCodeHint.problem("RSSMRA85T10A562"));
        assertEquals(Optional.of("members.cf.format"), FiscalCodeHint.problem("RSSMRA8XT10A562S"));
        assertEquals(Optional.of("members.cf.month"), FiscalCodeHint.problem("RSSMRA85Z10A562S"));
        assertEquals(Optional.of("members.cf.check_char"), FiscalCodeHint.problem("RSSMRA85T10A562T"));
    }
}
