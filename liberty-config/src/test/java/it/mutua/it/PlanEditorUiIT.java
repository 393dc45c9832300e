package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.AdminUi;
import it.mutua.it.support.Browser;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * The plan editor in the browser. Each test works on a national base plan of its own (as PlanApiIT does), published
 * through the API, so the tests do not depend on each other nor on the demo plan.
 */
class PlanEditorUiIT {

    private static final String NATIONAL = Users.token(Users.NATIONAL);
    private static final String FEDERATION = Users.token(Users.SOCIAL_FEDERATION);
    private static final String WORKER_EDIT = "vaadin-button[aria-label='Modifica Contributo annuo per lavoratore']";
    private static final String CEILING_EDIT = "vaadin-button[aria-label=\"Modifica Massimale per persona all'anno\"]";

    @Test
    void everyValueShowsWhereItComesFromAndWhoLockedIt() throws Exception {
        String plan = PlanApiIT.publishedBasePlan();
        assertEquals(201, Http.post("/api/plans/" + plan + "/drafts", FEDERATION, PlanApiIT.draft("2026-03-01",
                PlanApiIT.set("contributions/worker", "\"72.00\"") + ",{\"op\":\"lock\",\"path\":\"contributions/worker\"}")).status());
        assertEquals(200, Http.post("/api/plans/" + plan + "/drafts/1/publish", FEDERATION, null).status());
        String social = Http.get("/api/tenants/social", NATIONAL).json().getString("name");
        String national = Http.get("/api/tenants/nazionale", NATIONAL).json().getString("name");

        try (Browser browser = AdminUi.signedIn(Users.NATIONAL)) {
            String page = AdminUi.open(browser, "piani?plan=" + plan + "&tenant=coop-arcobaleno&date=2026-06-01",
                    "Modificato da " + social);
            assertTrue(page.contains("Modificato da " + social), "the federation's change: " + page);
            assertTrue(page.contains("Bloccato da " + social), "the federation's lock");
            assertTrue(page.contains("Bloccato da " + national), "the national lock of the ceiling");
            assertTrue(page.contains("72,00"), "the value in Italian format");
            assertTrue(page.contains("Base nazionale"), "untouched values");
            assertFalse(page.contains("Bozza del mio livello"), "the national office does not edit a cooperative's plan");
            AdminUi.screenshot(browser, "30-plan-provenance");
            browser.click(browser.find("#plan-only-changed"));
            page = browser.textWithout("Visite specialistiche");
            assertTrue(page.contains("Contributo annuo per lavoratore") && !page.contains("Massimale per persona"),
                    "only what differs from national: " + page);
            AdminUi.screenshot(browser, "31-plan-only-changed");
        }
        try (Browser browser = AdminUi.signedIn(Users.ARCOBALENO)) {
            String page = AdminUi.open(browser, "piani?plan=" + plan + "&date=2026-06-01", "Bozza del mio livello");
            assertTrue(page.contains("Bloccato da " + social), page);
            assertFalse(exists(browser, WORKER_EDIT), "a field locked by the federation offers no pencil to the cooperative");
            AdminUi.screenshot(browser, "32-plan-cooperative-locks");
        }
    }

    @Test
    void aFederationChangesAFieldInADraftAndPublishesIt() throws Exception {
        String plan = PlanApiIT.publishedBasePlan();
        try (Browser browser = AdminUi.signedIn(Users.SOCIAL_FEDERATION)) {
            AdminUi.open(browser, "piani?plan=" + plan + "&date=2026-06-01", "Bozza del mio livello");
            assertFalse(exists(browser, CEILING_EDIT), "the ceiling locked by national cannot be changed");
            browser.click(browser.find(WORKER_EDIT));
            String value = browser.find("#plan-edit-value input");
            browser.clear(value);
            browser.type(value, "75,5");
            AdminUi.screenshot(browser, "33-plan-change-dialog");
            browser.click(browser.find("#plan-edit-add"));
            browser.textContaining("blocca per i livelli");
            String date = browser.find("#draft-effective-from input");
            browser.clear(date);
            browser.type(date, "1/9/2026" + AdminUi.ENTER);
            AdminUi.clickScrolled(browser, "#draft-save");
            String page = browser.textContaining("Versione 1,");
            assertTrue(page.contains("bozza"), page);
            AdminUi.screenshot(browser, "34-plan-draft-saved");
            AdminUi.clickScrolled(browser, "#draft-publish-1");
            AdminUi.confirm(browser);
            browser.textContaining("Versione 1 pubblicata");
        }
        String worker = Http.get("/api/plans/" + plan + "/effective?tenant=coop-arcobaleno&date=2026-10-01", NATIONAL)
                .json().getJsonArray("fields").stream().map(v -> v.asJsonObject())
                .filter(f -> f.getString("path").equals("contributions/worker")).findFirst().orElseThrow()
                .getString("value");
        assertEquals("75.50", worker, "the cooperative inherits the published change");
    }

    @Test
    void aLockPublishedAboveMeanwhileIsExplainedWhenPublishing() throws Exception {
        String plan = PlanApiIT.publishedBasePlan();
        try (Browser browser = AdminUi.signedIn(Users.SOCIAL_FEDERATION)) {
            AdminUi.open(browser, "piani?plan=" + plan + "&date=2026-06-01", "Bozza del mio livello");
            browser.click(browser.find(WORKER_EDIT));
            String value = browser.find("#plan-edit-value input");
            browser.clear(value);
            browser.type(value, "80");
            browser.click(browser.find("#plan-edit-add"));
            AdminUi.clickScrolled(browser, "#draft-save");
            browser.textContaining("Versione 1,");

            // a national version is the whole base plan: the same fields as version 1, now with the worker's contribution locked
            assertEquals(201, Http.post("/api/plans/" + plan + "/drafts", NATIONAL, PlanApiIT.draft("2026-02-01", String.join(",",
                    PlanApiIT.set("name", "\"Piano di prova\""),
                    PlanApiIT.set("contributions/worker", "\"60.00\""),
                    "{\"op\":\"addBenefit\",\"code\":\"VISITS\",\"area\":\"SPECIALIST_VISITS\",\"name\":\"Visite\"}",
                    PlanApiIT.set("benefits/VISITS/regimes/COOPERATIVE_NETWORK/costShare", "{\"type\":\"FIXED\",\"amount\":\"30.00\"}"),
                    PlanApiIT.set("benefits/VISITS/ceilings/perPersonYear", "\"700.00\""),
                    "{\"op\":\"lock\",\"path\":\"benefits/VISITS/ceilings/perPersonYear\"}",
                    "{\"op\":\"lock\",\"path\":\"contributions/worker\"}"))).status());
            assertEquals(200, Http.post("/api/plans/" + plan + "/drafts/2/publish", NATIONAL, null).status());

            AdminUi.clickScrolled(browser, "#draft-publish-1");
            AdminUi.confirm(browser);
            String page = browser.textContaining("Non è possibile");
            assertTrue(page.contains("bloccato"), "the lock's owner in words: " + page);
            AdminUi.screenshot(browser, "35-plan-lock-conflict");
        }
    }

    private static boolean exists(Browser browser, String css) {
        return "true".equals(browser.script("return document.querySelector(arguments[0]) !== null", css).toString());
    }
}
