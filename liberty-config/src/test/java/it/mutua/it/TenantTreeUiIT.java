package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.AdminUi;
import it.mutua.it.support.Browser;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * The national office works the tenant tree in the browser: searches it, creates a cooperative with the form, suspends
 * and reactivates it after confirming, constitutes a regional mutual with the wizard. Every outcome is read back from
 * the API, not only from the page.
 */
class TenantTreeUiIT {

    private static final String NATIONAL = Users.token(Users.NATIONAL);

    @Test
    void theNationalOfficeSearchesTheTreeByNameCodeAndVatNumber() throws Exception {
        String vat = Http.get("/api/tenants/coop-girasole", NATIONAL).json().getString("vatNumber");
        try (Browser browser = AdminUi.signedIn(Users.NATIONAL)) {
            List<String> first = firstChildrenOfNational(2);
            String page = AdminUi.open(browser, "enti", first.get(1));
            assertTrue(page.contains(first.get(0)) && page.contains(first.get(1)), "children of national in the grid: " + first);
            AdminUi.typeInto(browser, "tenant-search", "girasole");
            page = browser.textWithout("coop-san-martino");
            assertTrue(page.contains("coop-girasole") && !page.contains("coop-san-martino"), "search by name: " + page);
            AdminUi.screenshot(browser, "20-tenants-search");

            browser.clear(browser.find("#tenant-search input"));
            AdminUi.typeInto(browser, "tenant-search", vat);
            page = browser.textWithout("coop-borgo-vivo");
            assertTrue(page.contains("coop-girasole") && !page.contains("coop-borgo-vivo"), "search by partita IVA: " + page);

            page = AdminUi.open(browser, "enti/lombardia", "coop-arcobaleno");
            assertTrue(page.contains("Mutua Regionale Lombardia"), page);
            assertTrue(AdminUi.hasVisibleButton(browser, "Ente superiore"), "the national office may go up from Lombardy");
        }
    }

    @Test
    void theNationalOfficeCreatesACooperativeThroughTheFormThenSuspendsAndReactivatesIt() throws Exception {
        String name = "Cooperativa Sociale Prova UI " + Users.unique();
        String vat = TenantApiIT.freshVatNumber();
        try (Browser browser = AdminUi.signedIn(Users.NATIONAL)) {
            AdminUi.open(browser, "enti/lombardia", "coop-arcobaleno");
            browser.click(browser.find("#tenant-new"));
            AdminUi.typeInto(browser, "tenant-form-name", name);
            AdminUi.typeInto(browser, "tenant-form-vat", "123");
            AdminUi.choose(browser, "tenant-form-federation", "social");
            browser.click(browser.find("#tenant-form-save"));
            String refused = browser.textContaining("Partita IVA");
            AdminUi.screenshot(browser, "21-tenant-form-invalid-vat");
            assertTrue(browser.script("return document.querySelector('#tenant-form-vat').invalid").toString().equals("true"),
                    "the API's violation is shown next to the VAT field: " + refused);

            browser.clear(browser.find("#tenant-form-vat input"));
            AdminUi.typeInto(browser, "tenant-form-vat", vat);
            AdminUi.screenshot(browser, "22-tenant-form");
            browser.click(browser.find("#tenant-form-save"));
            String page = browser.textContaining("Enti collegati");
            page = browser.textContaining(vat);
            assertTrue(page.contains(name) && page.contains(vat), "the new cooperative's page: " + page);
            String code = browser.currentUrl().substring(browser.currentUrl().lastIndexOf('/') + 1);
            JsonObject created = Http.get("/api/tenants/" + code, NATIONAL).json();
            assertEquals(name, created.getString("name"));
            assertEquals("lombardia", created.getString("parentCode"));
            assertEquals("social", created.getString("federationCode"));
            AdminUi.screenshot(browser, "23-tenant-created");

            browser.click(browser.find("#tenant-suspend"));
            browser.textContaining("Sospendere");
            AdminUi.screenshot(browser, "24-suspend-confirmation");
            assertEquals("ACTIVE", Http.get("/api/tenants/" + code, NATIONAL).json().getString("status"), "nothing before confirming");
            AdminUi.confirm(browser);
            browser.textContaining("Sospeso");
            assertEquals("SUSPENDED", Http.get("/api/tenants/" + code, NATIONAL).json().getString("status"));
            browser.click(browser.find("#tenant-reactivate"));
            AdminUi.confirm(browser);
            browser.textContaining("di nuovo attivo");
            assertEquals("ACTIVE", Http.get("/api/tenants/" + code, NATIONAL).json().getString("status"));
        }
    }

    @Test
    void theWizardConstitutesARegionalMutualWithTheRegionsCooperatives() throws Exception {
        String region = RegionalConstitutionIT.aRegionWithoutARegionalMutual();
        String coop = "coop-wiz-" + Users.unique();
        assertEquals(201, Http.post("/api/tenants", NATIONAL, TenantApiIT.cooperative(coop, "nazionale", "social", region)).status());
        String regional = "mutua-wiz-" + region + "-" + Users.unique();
        try (Browser browser = AdminUi.signedIn(Users.NATIONAL)) {
            AdminUi.open(browser, "mutua-regionale", "Passo 1 di 3");
            AdminUi.typeInto(browser, "regional-code", regional);
            AdminUi.typeInto(browser, "regional-name", "Mutua di prova " + region);
            AdminUi.choose(browser, "regional-region", "(" + region + ")");
            browser.click(browser.find("#regional-next"));
            String preview = browser.textContaining("Passo 2 di 3");
            long expected = Http.get("/api/tenants/nazionale/children?kind=COOPERATIVE&size=1&region=" + region, NATIONAL)
                    .json().getJsonNumber("total").longValue();
            assertTrue(preview.contains("direttamente sotto l'ente nazionale: " + expected), "the preview counts: " + preview);
            AdminUi.screenshot(browser, "25-regional-wizard-preview");
            browser.click(browser.find("#regional-next"));
            browser.textContaining("Passo 3 di 3");
            AdminUi.screenshot(browser, "26-regional-wizard-confirm");
            browser.click(browser.find("#regional-confirm"));
            String result = browser.textContaining("è costituita");
            assertTrue(result.contains(expected + " cooperative spostate") && result.contains(coop), result);
            AdminUi.screenshot(browser, "27-regional-wizard-result");
        }
        assertEquals(regional, Http.get("/api/tenants/" + coop, NATIONAL).json().getString("parentCode"));
    }

    @Test
    void aCooperativeAdministratorIsNotOfferedTheParentTenantNorTheNationalScreens() throws Exception {
        try (Browser browser = AdminUi.signedIn(Users.ARCOBALENO)) {
            String page = AdminUi.open(browser, "enti", "Cooperativa Sociale Arcobaleno");
            assertTrue(page.contains("coop-arcobaleno"), page);
            assertFalse(AdminUi.hasVisibleButton(browser, "Ente superiore"),
                    "no link to the regional mutual above, which would answer 404");
            for (String path : new String[] {"migrazioni", "mutua-regionale", "copertura"}) {
                String denied = AdminUi.open(browser, path, "Accesso non consentito");
                assertTrue(denied.contains("Accesso non consentito"), path + ": " + denied);
            }
            AdminUi.screenshot(browser, "28-coop-admin-denied");
            String hidden = AdminUi.open(browser, "enti/lombardia", "non trovato");
            assertTrue(hidden.contains("Ente non trovato"), "an ancestor is not found, as in the API: " + hidden);
        }
    }

    /**
     * The codes of national's first {@code n} children in the grid's default order (by name), from the API: the grid
     * must show them whatever other tests (SeedIT's thousands-scale shapes in miniature) have added under national.
     */
    static List<String> firstChildrenOfNational(int n) {
        return Http.get("/api/tenants/nazionale/children?sort=name&size=" + n, NATIONAL).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("code")).toList();
    }
}
