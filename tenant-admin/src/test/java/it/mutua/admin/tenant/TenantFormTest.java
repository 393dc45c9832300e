package it.mutua.admin.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import it.mutua.admin.api.NewTenant;

class TenantFormTest {

    @Test
    void aCodeIsProposedFromTheNameWithoutAccentsAndWithinFortyCharacters() {
        assertEquals("cooperativa-sociale-il-faro", TenantForm.suggestCode("Cooperativa Sociale «Il Faro»"));
        assertEquals("citta-di-forli-societa-cooperativa", TenantForm.suggestCode("Città di Forlì – Società Cooperativa"));
        String long40 = TenantForm.suggestCode("Cooperativa di comunità per lo sviluppo sostenibile della valle");
        assertTrue(long40.length() <= TenantForm.MAX_CODE && !long40.endsWith("-"), long40);
        assertEquals("", TenantForm.suggestCode(null));
    }

    @Test
    void aCooperativeRequestIsTrimmedAndCarriesOnlyItsOwnFields() {
        TenantForm form = new TenantForm();
        form.setKind("COOPERATIVE");
        form.setName("  Il Faro  ");
        form.setCode(" Coop-Il-Faro ");
        form.setVatNumber("123 456 789 01");
        form.setRegion("03");
        form.setFederation("social");
        form.setSector("SOCIAL");
        assertEquals(new NewTenant("COOPERATIVE", "coop-il-faro", "Il Faro", "lombardia", "social", null, "12345678901", "03"),
                form.toRequest("lombardia"));
    }

    @Test
    void aFederationHasASectorAndNoParentRegionVatNumberNorFederation() {
        TenantForm form = new TenantForm();
        form.setKind("FEDERATION");
        form.setName("Federazione cultura");
        form.setCode("cultura");
        form.setVatNumber("12345678901");
        form.setRegion("03");
        form.setSector("COMMUNITY");
        NewTenant request = form.toRequest("nazionale");
        assertEquals("COMMUNITY", request.sector());
        assertNull(request.parent());
        assertNull(request.vatNumber());
        assertNull(request.region());
        assertNull(request.federation());
    }

    @Test
    void blankOptionalFieldsAreLeftOut() {
        TenantForm form = new TenantForm();
        form.setName("X");
        form.setCode("xyz");
        form.setVatNumber("   ");
        NewTenant request = form.toRequest("nazionale");
        assertNull(request.vatNumber());
        assertNull(request.federation());
    }

    @Test
    void eachKindAsksForTheFieldsTheCatalogNeeds() {
        assertTrue(TenantForm.needsVatNumber("COOPERATIVE") && TenantForm.needsFederation("COOPERATIVE"));
        assertTrue(TenantForm.needsSector("FEDERATION") && !TenantForm.needsRegion("FEDERATION"));
        assertTrue(TenantForm.needsRegion("REGIONAL") && !TenantForm.needsVatNumber("REGIONAL"));
    }

    @Test
    void theAdministratorRoleFollowsTheTenantsKind() {
        assertEquals("coop-admin", AdminUserDialog.adminRoleOf("COOPERATIVE"));
        assertEquals("federation-admin", AdminUserDialog.adminRoleOf("FEDERATION"));
        assertEquals("regional-admin", AdminUserDialog.adminRoleOf("REGIONAL"));
        assertEquals("national-admin", AdminUserDialog.adminRoleOf("NATIONAL"));
    }
}
