package it.mutua.app.platform.startup;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.Iban;
import it.mutua.app.kernel.Sex;

class MemberDemoDataTest {

    @Test
    void marioRossiOfTheDemoIsTheMemberBehindSocioDemo() {
        var mario = new MemberDemoData.Person("Mario", "Rossi", LocalDate.of(1985, 12, 10), Sex.M, "A562", "015146",
                "Via Lorenteggio 31", "20146");
        assertEquals("RSSMRA85T10A562S", mario.fiscalCode());
    }

    @Test
    void theDemoIbansAreValid() {
        assertDoesNotThrow(() -> Iban.parse("IT60X0542811101000000123456"));
        assertDoesNotThrow(() -> Iban.parse("IT25O0306909606100000012345"));
        assertDoesNotThrow(() -> Iban.parse("IT77V0200802480000104367801"));
    }
}
