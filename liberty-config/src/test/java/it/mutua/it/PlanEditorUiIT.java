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
        String[] coop = newCooperativeWithAdministrator();

        try (Browser browser = AdminUi.signedIn(coop[1])) {
            adoptThroughTheScreen(browser, plan, "1/3/2026");
            String page = AdminUi.open(browser, "piani?plan=" + plan + "&date=2026-06-01", "Bozza del mio livello");
            assertTrue(page.contains("Bloccato da " + social), page);
            assertFalse(exists(browser, WORKER_EDIT), "a field locked by the federation offers no pencil to the cooperative");
            AdminUi.screenshot(browser, "32-plan-cooperative-locks");
        }
        try (Browser browser = AdminUi.signedIn(Users.NATIONAL)) {
            String page = AdminUi.open(browser, "piani?plan=" + plan + "&tenant=" + coop[0] + "&date=2026-06-01",
                    "Modificato da " + social);
            assertTrue(page.contains("Modificato da " + social), "the federation's change: " + page);
            assertTrue(page.contains("Bloccato da " + social), "the federation's lock");
            assertTrue(page.contains("Bloccato da " + national), "the national lock of the ceiling");
            assertTrue(page.contains("72,00"), "the value in Italian format");
            assertTrue(page.contains("Base nazionale"), "untouched values");
            assertTrue(page.contains("Piano adottato"), "the adoption, read by the national office: " + page);
            assertFalse(page.contains("Bozza del mio livello"), "the national office does not edit a cooperative's plan");
            AdminUi.screenshot(browser, "30-plan-provenance");
            browser.click(browser.find("#plan-only-changed"));
            page = browser.textWithout("Visite specialistiche");
            assertTrue(page.contains("Contributo annuo per lavoratore") && !page.contains("Massimale per persona"),
                    "only what differs from national: " + page);
            AdminUi.screenshot(browser, "31-plan-only-changed");
        }
    }

    /** A new cooperative of the social federation under Lombardy, and the username of its new administrator. */
    static String[] newCooperativeWithAdministrator() {
        String code = "coop-ui-" + Users.unique();
        Http.Response created = Http.post("/api/tenants", NATIONAL, TenantApiIT.cooperative(code, "lombardia", "social", "03"));
        assertEquals(201, created.status(), created::toString);
        return new String[] {code, Users.create(code, "coop-admin")};
    }

    /** The cooperative's administrator finds the plan not adopted yet and adopts it from {@code italianDate}. */
    static void adoptThroughTheScreen(Browser browser, String plan, String italianDate) throws Exception {
        String page = AdminUi.open(browser, "piani?plan=" + plan + "&date=2026-06-01", "Piano non ancora adottato");
        assertTrue(page.contains("non ha ancora adottato questo piano"), page);
        AdminUi.screenshot(browser, "36-plan-adoption-offer");
        String from = browser.find("#adoption-from input");
        browser.clear(from);
        browser.type(from, italianDate + AdminUi.ENTER);
        AdminUi.clickScrolled(browser, "#adoption-adopt");
        AdminUi.confirm(browser);
        browser.textContaining("Piano adottato dal");
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
        String[] coop = newCooperativeWithAdministrator();
        Http.Response adopted = PlanApiIT.adopt(plan, Users.token(coop[1]), "2026-10-01", false);
        assertEquals(201, adopted.status(), adopted::toString);
        String worker = Http.get("/api/plans/" + plan + "/effective?tenant=" + coop[0] + "&date=2026-10-01", NATIONAL)
                .json().getJsonArray("fields").stream().map(v -> v.asJsonObject())
                .filter(f -> f.getString("path").equals("contributions/worker")).findFirst().orElseThrow()
                .getString("value");
        assertEquals("75.50", worker, "a cooperative adopting the plan gets the published change");
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

    @Test
    void aCooperativeSeesTheUpdatePendingFieldByFieldAdoptsItAndDownloadsItsBooklet() throws Exception {
        String plan = PlanApiIT.publishedBasePlan();
        String[] coop = newCooperativeWithAdministrator();
        Http.Response adopted = PlanApiIT.adopt(plan, Users.token(coop[1]), "2026-01-01", false);
        assertEquals(201, adopted.status(), adopted::toString);
        assertEquals(201, Http.post("/api/plans/" + plan + "/drafts", NATIONAL,
                PlanApiIT.draft("2026-07-01", PlanApiIT.baseChanges("66.00", null))).status());
        assertEquals(200, Http.post("/api/plans/" + plan + "/drafts/2/publish", NATIONAL, null).status());

        try (Browser browser = AdminUi.signedIn(coop[1])) {
            String page = AdminUi.open(browser, "piani?plan=" + plan + "&date=2026-06-01", "Aggiornamento disponibile");
            assertTrue(page.contains("disponibile dal 01/07/2026"), page);
            String diff = browser.text(browser.find("#adoption-diff"));
            assertTrue(diff.contains("Contributo annuo per lavoratore") && diff.contains("60,00") && diff.contains("66,00"),
                    "the change, before and after: " + diff);
            AdminUi.screenshot(browser, "37-plan-update-pending");
            AdminUi.clickScrolled(browser, "#adoption-adopt");
            AdminUi.confirm(browser);
            page = browser.textContaining("Nessun aggiornamento in sospeso");
            assertTrue(page.contains("Piano adottato dal 01/07/2026"), page);
            String pdf = browser.script("return fetch(document.querySelector('#adoption-booklet').href)"
                    + ".then(r => r.text()).then(t => t.substring(0, 5))").toString();
            assertTrue(pdf.contains("%PDF"), "the booklet is a PDF: " + pdf);
        }
        assertEquals("66.00", PlanApiIT.field(Http.get("/api/plans/" + plan + "/effective?date=2026-08-01",
                Users.token(coop[1])).json(), "contributions/worker").getString("value"));
    }

    private static boolean exists(Browser browser, String css) {
        return "true".equals(browser.script("return document.querySelector(arguments[0]) !== null", css).toString());
    }
}
