package it.mutua.app.network.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import it.mutua.app.kernel.InvalidValueException;
import it.mutua.app.kernel.RuleViolation;
import it.mutua.app.kernel.VatNumber;

class FacilityDetailsTest {

    static final String VAT = VatNumber.withCheckDigit("0123456015");

    static FacilityDetails.Input input(String vat, String region, String province, String municipality, String type) {
        return new FacilityDetails.Input("Poliambulatorio Sant'Anna", "Sant'Anna S.r.l.", vat, type,
                "Via Roma, 10", "25121", region, province, municipality, 45.54, 10.21, false, null,
                LocalDate.of(2026, 1, 1), null);
    }

    @Test
    void aValidFacilityDerivesItsRegionAndProvinceFromTheMunicipality() {
        FacilityDetails d = FacilityDetails.of(input(VAT, null, null, "017029", "POLIAMBULATORIO"), Places.italy());
        assertEquals("Brescia", d.municipality().name());
        assertEquals("03", d.municipality().regionCode());
        assertEquals("017", d.municipality().provinceCode());
        assertEquals(FacilityType.CLINIC, d.type());
        assertEquals("via roma 10|017029", d.addressKey());
    }

    @Test
    void anUnknownIstatCodeIsUnprocessableNotMalformed() {
        var e = assertThrows(RuleViolation.class,
                () -> FacilityDetails.of(input(VAT, null, null, "099999", "CLINIC"), Places.italy()));
        assertEquals("network.place.unknownMunicipality", e.code());
        assertEquals("network.place.codeFormat", assertThrows(RuleViolation.class,
                () -> FacilityDetails.of(input(VAT, null, null, "17029", "CLINIC"), Places.italy())).code());
    }

    @Test
    void aMunicipalityOutsideTheStatedRegionOrProvinceIsRefused() {
        assertEquals("network.place.otherRegion", assertThrows(RuleViolation.class,
                () -> FacilityDetails.of(input(VAT, "12", null, "017029", "CLINIC"), Places.italy())).code());
        assertEquals("network.place.otherProvince", assertThrows(RuleViolation.class,
                () -> FacilityDetails.of(input(VAT, "03", "016", "017029", "CLINIC"), Places.italy())).code());
        assertEquals("network.place.unknownProvince", assertThrows(RuleViolation.class,
                () -> FacilityDetails.of(input(VAT, "03", "999", "017029", "CLINIC"), Places.italy())).code());
    }

    @Test
    void anInvalidPartitaIvaIsRefusedByTheKernel() {
        String wrong = VAT.substring(0, 10) + ((VAT.charAt(10) - '0' + 1) % 10);
        assertEquals("vat_number.check_digit", assertThrows(InvalidValueException.class,
                () -> FacilityDetails.of(input(wrong, null, null, "017029", "CLINIC"), Places.italy())).code());
    }

    @Test
    void anUnknownTypeIsRefusedWithTheField() {
        var e = assertThrows(RuleViolation.class,
                () -> FacilityDetails.of(input(VAT, null, null, "017029", "SPA"), Places.italy()));
        assertEquals("network.type.unknown", e.code());
        assertEquals("type", e.field());
    }

    @Test
    void aCooperativeTenantNeedsACooperativeProvider() {
        var in = input(VAT, null, null, "017029", "CLINIC");
        var linked = new FacilityDetails.Input(in.name(), in.legalEntity(), in.vatNumber(), in.type(), in.address(),
                in.postalCode(), null, null, in.municipalityCode(), in.latitude(), in.longitude(), false, 42L,
                in.contractFrom(), null);
        assertEquals("network.cooperativeTenant.notProvider",
                assertThrows(RuleViolation.class, () -> FacilityDetails.of(linked, Places.italy())).code());
    }
}
