package it.mutua.admin.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.NetworkApi;

class FacilityFormTest {

    private static FacilityForm valid() {
        FacilityForm form = new FacilityForm();
        form.setName(" Fisioterapia a domicilio ");
        form.setLegalEntity("Cooperativa Sociale Arcobaleno");
        form.setVatNumber("012 345 601 57");
        form.setType("PHYSIOTHERAPY");
        form.setAddress("Via Roma 1");
        form.setPostalCode("25121");
        form.setMunicipalityCode("017029");
        form.setLatitude(new BigDecimal("45.54"));
        form.setLongitude(new BigDecimal("10.21"));
        form.setCooperativeProvider(true);
        form.setCooperativeTenant(" Coop-Arcobaleno ");
        form.setContractFrom(LocalDate.of(2026, 1, 1));
        return form;
    }

    @Test
    void aValidFormBecomesTheApisRequestTrimmed() {
        FacilityForm form = valid();
        assertTrue(form.problems().isEmpty(), form.problems()::toString);
        assertEquals(new NetworkApi.FacilityRequest("Fisioterapia a domicilio", "Cooperativa Sociale Arcobaleno",
                "01234560157", "PHYSIOTHERAPY", "Via Roma 1", "25121", "017029", 45.54, 10.21, true, "coop-arcobaleno",
                LocalDate.of(2026, 1, 1), null), form.toRequest());
    }

    @Test
    void eachWrongFieldIsNamedWithItsReason() {
        FacilityForm form = valid();
        form.setName(" ");
        form.setVatNumber("123");
        form.setPostalCode("2512");
        form.setMunicipalityCode("17029");
        form.setLatitude(new BigDecimal("52"));
        form.setLongitude(null);
        form.setContractTo(LocalDate.of(2025, 12, 31));
        assertEquals(Set.of("name", "vatNumber", "postalCode", "municipalityCode", "latitude", "longitude", "contractTo"),
                form.problems().keySet());
        assertEquals("facility.vat_11", form.problems().get("vatNumber"));
        assertEquals("facility.contract_order", form.problems().get("contractTo"));
    }
}
