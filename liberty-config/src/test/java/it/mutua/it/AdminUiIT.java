package it.mutua.it;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.AdminUi;
import it.mutua.it.support.Browser;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * The Vaadin admin in a real headless Chromium against the real API: it renders client-side, so only a browser proves
 * it works. Screenshots of the main screens are kept in target/screenshots.
 */
class AdminUiIT {

    private static final Path SHOTS = Path.of(System.getProperty("it.screenshots.dir", "target/screenshots"));

    @Test
    void theNationalAdministratorSignsInAndSeesTheTenantsBelow() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go(Http.BASE + "/admin/login");
            assertTrue(browser.textContaining("Nome utente").contains("Nome utente"), "Italian labels by default");
            browser.screenshot(SHOTS.resolve("01-login.png"));
            signIn(browser, Users.NATIONAL, Users.DEMO_PASSWORD);
            String dashboard = browser.textContaining("Enti sottostanti per tipo");
            assertTrue(dashboard.contains("Cruscotto") && dashboard.contains("Cooperative"), "lands on the dashboard: " + dashboard);
            assertTrue(browser.find(".svg-chart svg rect.chart-bar") != null, "the chart is drawn");
            browser.screenshot(SHOTS.resolve("05-dashboard-national.png"));
            browser.go(Http.BASE + "/admin/enti");
            // the first children as the API sorts them (by name): other ITs (SeedIT) may add many cooperatives
            List<String> first = TenantTreeUiIT.firstChildrenOfNational(2);
            String page = browser.textContaining(first.get(1));
            assertTrue(page.contains("Mutua Sanitaria Nazionale della Cooperazione"), "the user's tenant card");
            assertTrue(page.contains(first.get(0)) && page.contains(first.get(1)), "children from the API in the grid: " + first);
            browser.screenshot(SHOTS.resolve("02-tenants-national.png"));
        }
    }

    @Test
    void aWrongPasswordShowsTheApisMessageAndStaysOnTheLoginPage() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go(Http.BASE + "/admin/login");
            signIn(browser, Users.LOMBARDIA, "not-the-password");
            String page = browser.textContaining("Nome utente o password errati");
            assertTrue(page.contains("Nome utente o password errati"), "the API's Italian message");
            assertTrue(browser.currentUrl().endsWith("/admin/login"), "still on the login page");
            browser.screenshot(SHOTS.resolve("03-login-refused.png"));
        }
    }

    @Test
    void aCooperativeAdministratorSeesOnlyItsOwnCooperative() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go(Http.BASE + "/admin/login");
            signIn(browser, Users.ARCOBALENO, Users.DEMO_PASSWORD);
            String page = browser.textContaining("Cooperativa Sociale Arcobaleno");
            assertTrue(page.contains("Cooperativa Sociale Arcobaleno"));
            assertTrue(!page.contains("coop-girasole") && !page.contains("Mutua Regionale Lombardia"),
                    "nothing of siblings or ancestors");
            browser.screenshot(SHOTS.resolve("04-tenants-cooperative.png"));
        }
    }

    @Test
    void theLanguageSwitchTurnsTheWholeScreenIntoEnglish() throws Exception {
        try (Browser browser = AdminUi.signedIn(Users.LOMBARDIA)) {
            browser.textContaining("Cruscotto");
            browser.click(browser.find("vaadin-select"));
            browser.find("vaadin-select-item");
            browser.script("Array.from(document.querySelectorAll('vaadin-select-item'))"
                    + ".find(i => i.textContent.includes('English')).click()");
            String page = browser.textContaining("Dashboard");
            assertTrue(page.contains("Tenants below by kind") && page.contains("Health plans"), "English labels: " + page);
            browser.screenshot(SHOTS.resolve("06-dashboard-regional-english.png"));
        }
    }

    @Test
    void aMemberReadsTheirCoverageOnAPhone() throws Exception {
        try (Browser browser = AdminUi.signedIn(Users.MEMBER)) {
            browser.resize(390, 844);
            String page = browser.textContaining("Massimale per persona all'anno");
            assertTrue(page.contains("Piano sanitario cooperazione sociale") && page.contains("quota fissa"), page);
            assertTrue("true".equals(browser.script("return document.documentElement.scrollWidth <= window.innerWidth + 1").toString()),
                    "nothing wider than the phone's screen");
            browser.screenshot(SHOTS.resolve("07-member-coverage-phone.png"));
        }
    }

    private static void signIn(Browser browser, String username, String password) throws InterruptedException {
        browser.type(browser.find("vaadin-text-field input"), username);
        browser.type(browser.find("vaadin-password-field input"), password);
        browser.click(browser.find("vaadin-button[theme~='primary'], vaadin-button"));
    }
}
