package it.mutua.app.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"01, PIEMONTE", "02, VALLE_D_AOSTA", "03, LOMBARDIA", "04, TRENTINO_ALTO_ADIGE", "08, EMILIA_ROMAGNA",
            "09, TOSCANA", "12, LAZIO", "15, CAMPANIA", "16, PUGLIA", "19, SICILIA", "20, SARDEGNA"})
    void istatCodesMapToTheirRegion(String code, Region expected) {
        assertEquals(expected, Region.ofIstatCode(code));
    }

    @Test
    void thereAreTwentyRegionsWithTheCodesOneToTwenty() {
        Set<String> codes = Arrays.stream(Region.values()).map(Region::istatCode).collect(Collectors.toSet());
        Set<String> expected = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i))
                .collect(Collectors.toSet());
        assertEquals(expected, codes);
        assertEquals(20, Region.values().length);
    }

    @Test
    void everyRegionIsFoundByItsOwnCode() {
        for (Region region : Region.values()) {
            assertEquals(region, Region.ofIstatCode(region.istatCode()));
        }
    }

    @Test
    void aCodeThatLostItsLeadingZeroIsAccepted() {
        assertEquals(Region.LOMBARDIA, Region.ofIstatCode("3"));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(Region.LAZIO, Region.ofIstatCode(" 12 "));
    }

    @Test
    void italianNamesAreTheUsualOnes() {
        assertEquals("Lombardia", Region.LOMBARDIA.italianName());
        assertEquals("Valle d'Aosta", Region.VALLE_D_AOSTA.italianName());
        assertEquals("Friuli-Venezia Giulia", Region.FRIULI_VENEZIA_GIULIA.italianName());
    }

    @Test
    void officialNamesAreBilingualWhereTheStatuteSaysSo() {
        assertEquals("Trentino-Alto Adige/Südtirol", Region.TRENTINO_ALTO_ADIGE.officialName());
        assertEquals("Valle d'Aosta/Vallée d'Aoste", Region.VALLE_D_AOSTA.officialName());
        assertEquals("Sardegna", Region.SARDEGNA.officialName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "21", "99", "0", "003", "ab", "LOMBARDIA"})
    void unknownCodesAreRejectedWithABilingualMessage(String code) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Region.ofIstatCode(code));
        assertEquals("region.unknown", e.code());
        assertEquals("region", e.field());
        assertTrue(e.messageIt().contains("sconosciuto"), e.messageIt());
        assertTrue(e.messageEn().contains("Unknown"), e.messageEn());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void nullOrBlankIsRequired(String code) {
        assertEquals("region.required",
                assertThrows(InvalidValueException.class, () -> Region.ofIstatCode(code)).code());
    }
}
