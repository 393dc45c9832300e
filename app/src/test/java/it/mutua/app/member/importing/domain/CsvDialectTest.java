package it.mutua.app.member.importing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CsvDialectTest {

    private static CsvDialect detect(byte[] bytes) {
        return CsvDialect.detect(() -> new ByteArrayInputStream(bytes));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void aSemicolonFileInUtf8WithoutBomIsUtf8WithSemicolons() {
        CsvDialect d = detect("codice_fiscale;cognome;nome\nX;Città;Niccolò\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertFalse(d.bom());
        assertEquals(';', d.delimiter());
    }

    @Test
    void aByteOrderMarkIsRecognisedAndReported() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        CsvDialect d = detect(concat(bom, "codice_fiscale,cognome,nome\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(d.bom());
        assertEquals(',', d.delimiter());
        assertEquals("UTF-8 (BOM)", d.describeCharset());
    }

    @Test
    void accentedLettersSavedByItalianExcelAreReadAsWindows1252() {
        byte[] text = "cognome;nome\nCittà;Niccolò\n".getBytes(CsvDialect.WINDOWS_1252);
        assertEquals(CsvDialect.WINDOWS_1252, detect(text).charset());
    }

    @Test
    void commasInsideQuotesDoNotDecideTheSeparator() {
        assertEquals(';', CsvDialect.delimiterOf("\"cognome, nome\";\"codice, fiscale\";x"));
        assertEquals(',', CsvDialect.delimiterOf("codice_fiscale,cognome,\"nome;secondo\""));
    }

    @Test
    void utf16IsRefusedWithItsName() {
        byte[] text = "codice_fiscale".getBytes(StandardCharsets.UTF_16LE);
        PayrollFileException e = assertThrows(PayrollFileException.class,
                () -> detect(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text)));
        assertEquals("member.import.encoding_unsupported", e.code());
    }

    @Test
    void randomBytesAreRefusedAsNotText() {
        byte[] garbage = new byte[200_000];
        new Random(42).nextBytes(garbage);
        assertEquals("member.import.not_text", assertThrows(PayrollFileException.class, () -> detect(garbage)).code());
    }

    @Test
    void bytesUndefinedInWindows1252AndInvalidInUtf8AreRefused() {
        byte[] text = concat("cognome;nome\nRossi;".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81, 'a'});
        assertEquals("member.import.encoding_unknown", assertThrows(PayrollFileException.class, () -> detect(text)).code());
    }

    @Test
    void aBrokenUtf8SequenceAfterABomIsRefusedRatherThanReadAsWindows1252() {
        byte[] text = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                concat("a;b\n".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE0, 'x'}));
        assertEquals("member.import.encoding_unknown", assertThrows(PayrollFileException.class, () -> detect(text)).code());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("member.import.empty", assertThrows(PayrollFileException.class, () -> detect(new byte[0])).code());
    }

    @Test
    void aMultiByteCharacterSplitAcrossReadChunksIsStillValidUtf8() {
        String line = "x".repeat(64 * 1024 - 1) + "è;y\n";
        assertEquals(StandardCharsets.UTF_8, detect(("a;b\n" + line).getBytes(StandardCharsets.UTF_8)).charset());
    }
}
