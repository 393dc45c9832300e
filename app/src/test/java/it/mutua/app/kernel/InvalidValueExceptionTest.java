package it.mutua.app.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    private final InvalidValueException e =
            new InvalidValueException("iban.length", "iban", "Lunghezza errata.", "Wrong length.");

    @Test
    void carriesCodeFieldAndBothMessages() {
        assertEquals("iban.length", e.code());
        assertEquals("iban", e.field());
        assertEquals("Lunghezza errata.", e.messageIt());
        assertEquals("Wrong length.", e.messageEn());
    }

    @Test
    void theLogMessageHasCodeFieldAndEnglishText() {
        assertEquals("iban.length [iban]: Wrong length.", e.getMessage());
    }

    @Test
    void italianLocalesGetItalianAndEverythingElseEnglish() {
        assertEquals("Lunghezza errata.", e.message(Locale.ITALIAN));
        assertEquals("Lunghezza errata.", e.message(Locale.of("it", "CH")));
        assertEquals("Wrong length.", e.message(Locale.GERMAN));
        assertEquals("Wrong length.", e.message(null));
    }

    @Test
    void allPartsAreMandatory() {
        assertThrows(NullPointerException.class, () -> new InvalidValueException(null, "f", "it", "en"));
        assertThrows(NullPointerException.class, () -> new InvalidValueException("c", null, "it", "en"));
        assertThrows(NullPointerException.class, () -> new InvalidValueException("c", "f", null, "en"));
        assertThrows(NullPointerException.class, () -> new InvalidValueException("c", "f", "it", null));
    }
}
