package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.AdminUi;
import it.mutua.it.support.Browser;
import it.mutua.it.support.Http;
import it.mutua.it.support.Network;
import it.mutua.it.support.Users;

/**
 * The healthcare network in the browser: a regional administrator adds a facility through the form (a wrong field is
 * explained next to it) and finds it; the national office does not see Lombardy's additions; the claims office reads.
 */
class NetworkUiIT {

    @Test
    void aRegionalAdministratorAddsAFacilityAndFindsItInItsNetworkOnly() throws Exception {
        String name = "Fisioterapia UI " + Users.unique();
        try (Browser browser = AdminUi.signedIn(Users.LOMBARDIA)) {
            AdminUi.open(browser, "rete", "Rete sanitaria");
            browser.textContaining("Lombardia");
            AdminUi.screenshot(browser, "50-network-search");
            browser.click(browser.find("#facility-new"));
            AdminUi.typeInto(browser, "facility-name", name);
            AdminUi.typeInto(browser, "facility-legalEntity", "Cooperativa Sociale Arcobaleno");
            AdminUi.typeInto(browser, "facility-vatNumber", "123");
            browser.click(browser.find("#facility-type"));
            browser.click(browser.find("vaadin-select-item:nth-of-type(5)"));
            AdminUi.typeInto(browser, "facility-address", "Via Roma 1");
            AdminUi.typeInto(browser, "facility-postalCode", "25121");
            AdminUi.typeInto(browser, "facility-municipalityCode", NetworkApiIT.BRESCIA);
            AdminUi.typeInto(browser, "facility-latitude", "45,54");
            AdminUi.typeInto(browser, "facility-longitude", "10,21");
            AdminUi.typeInto(browser, "facility-contractFrom", "1/1/2026" + AdminUi.ENTER);
            browser.click(browser.find("#facility-save"));
            assertTrue(browser.textContaining("11 cifre").contains("11 cifre"), "the VAT number's reason, next to it");
            String vat = browser.find("#facility-vatNumber input");
            browser.clear(vat);
            browser.type(vat, Network.randomVat());
            AdminUi.screenshot(browser, "51-facility-form");
            browser.click(browser.find("#facility-save"));
            browser.textContaining("salvata");
            AdminUi.typeInto(browser, "network-text", name);
            AdminUi.clickScrolled(browser, "#network-search");
            String page = browser.textContaining("Brescia");
            assertTrue(page.contains(name) && page.contains("regionale (lombardia)"), page);
        }
        JsonObject found = Http.get("/api/network/facilities?q=" + name.replace(" ", "%20"), Users.token(Users.LOMBARDIA)).json();
        assertEquals(1, found.getJsonNumber("total").intValue(), found::toString);
        assertEquals("PHYSIOTHERAPY", found.getJsonArray("items").getJsonObject(0).getString("type"));

        try (Browser browser = AdminUi.signedIn(Users.NATIONAL)) {
            AdminUi.open(browser, "rete", "Rete sanitaria");
            AdminUi.typeInto(browser, "network-text", name);
            AdminUi.clickScrolled(browser, "#network-search");
            String page = browser.textContaining("Nessuna struttura");
            assertFalse(page.contains(name), "a regional addition is not in the national network: " + page);
        }
    }

    @Test
    void theClaimsOfficeSearchesTheNetworkByTypeAndReadsAFacility() throws Exception {
        try (Browser browser = AdminUi.signedIn(Users.CLAIMS_OFFICER)) {
            AdminUi.open(browser, "rete", "Rete sanitaria");
            AdminUi.choose(browser, "network-type", "Studio odonto");
            AdminUi.clickScrolled(browser, "#network-search");
            String page = browser.textContaining("Studio odontoiatrico");
            assertTrue(page.contains("nazionale"), page);
            assertFalse(AdminUi.hasVisibleButton(browser, "Nuova struttura"), "the office only reads the network");
            browser.script("Array.from(document.querySelectorAll('#network-grid vaadin-grid-cell-content'))"
                    + ".find(c => c.textContent.includes('Studio odontoiatrico')).click()");
            browser.textContaining("Chiudi");
            assertFalse(AdminUi.hasVisibleButton(browser, "Salva"), "read-only for the office");
            AdminUi.screenshot(browser, "52-network-facility-read");
        }
    }
}
