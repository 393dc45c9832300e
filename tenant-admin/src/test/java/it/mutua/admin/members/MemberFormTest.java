package it.mutua.admin.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.MembersApi;

class MemberFormTest {

    @Test
    void theRequestIsTrimmedWithBlanksLeftOutAndTheKeysNormalised() {
        MemberForm form = new MemberForm();
        form.setFiscalCode(" rssmra85t10a562s ");
        form.setGivenName(" Mario ");
        form.setFamilyName("Rossi");
        form.setEmail("  ");
        form.setIban("it60 x054 2811 1010 0000 0123 456");
        form.setHireDate(LocalDate.of(2024, 6, 1));
        MembersApi.MemberBody body = form.toBody();
        assertEquals("RSSMRA85T10A562S", body.fiscalCode());
        assertEquals("Mario", body.givenName());
        assertNull(body.email());
        assertNull(body.address(), "no municipality, no address");
        assertEquals("IT60X0542811101000000123456", body.iban());
    }

    @Test
    void anAddressIsSentWhenTheMunicipalityIsGiven() {
        MemberForm form = new MemberForm();
        form.setMunicipality("F205");
        form.setStreet("Via Roma 1");
        assertEquals(new MembersApi.AddressBody("Via Roma 1", null, "F205"), form.toBody().address());
    }

    @Test
    void anExistingMemberFillsTheFormIncludingTheAddressByItsIstatCode() {
        MembersApi.Member m = new MembersApi.Member(1, "RSSMRA85T10A562S", "Mario", "Rossi", LocalDate.of(1985, 12, 10),
                "M", null, null, new MembersApi.Address("Via Roma 1", "20100", "015146", "F205", "Milano", "MI"), null,
                "WORKER", LocalDate.of(2024, 6, 1), null, "PERMANENT");
        MemberForm form = MemberForm.of(m);
        assertEquals("015146", form.getMunicipality());
        assertEquals("", form.getEmail());
        assertEquals("PERMANENT", form.toBody().contractType());
    }
}
