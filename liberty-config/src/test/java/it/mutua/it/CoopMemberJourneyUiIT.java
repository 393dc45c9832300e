package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.AdminUi;
import it.mutua.it.support.Browser;
import it.mutua.it.support.Http;
import it.mutua.it.support.People;
import it.mutua.it.support.Users;

/**
 * Issue 7's main scenario in a real headless Chromium against the real API: the national office creates a cooperative
 * and its administrator; the cooperative (after adopting the plan and adhering collectively) imports its payroll file
 * and sees its members; one of them signs in on a phone, asks for a reimbursement with the invoice as a PDF; the
 * claims officer approves it on the claim's screen; the member sees it approved. And the cooperative cannot open any claim screen.
 */
class CoopMemberJourneyUiIT {

    private static final String WEB_ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final int YEAR = LocalDate.now().getYear();
    private static final String TAB = "\uE004";

    @Test
    void aCooperativeIsCreatedImportsItsMembersAndOneOfThemGetsAClaimApproved() throws Exception {
        String coop = createCooperativeAndAdminThroughTheUi();
        String admin = "it.coopadmin." + coop;
        String adminToken = Users.login(admin, Users.DEMO_PASSWORD);
        adoptPlanAndAdhere(adminToken);

        String worker = People.fiscalCode(1986, 4, 12, true);
        String colleague = People.fiscalCode(1979, 9, 3, false);
        importPayrollThroughTheUi(admin, worker, colleague);

        String member = "it.socia." + Users.unique();
        Http.Response user = Http.post("/api/users", Users.token(Users.NATIONAL), "{\"username\":\"" + member
                + "\",\"displayName\":\"Giulia Verdi\",\"password\":\"" + Users.DEMO_PASSWORD + "\",\"tenant\":\"" + coop
                + "\",\"roles\":[\"member\"],\"memberRef\":\"" + worker + "\"}");
        assertEquals(201, user.status(), user::toString);

        String memberToken = Users.login(member, Users.DEMO_PASSWORD);
        Http.Response me = Http.get("/api/members/me", memberToken);
        assertEquals(200, me.status(), () -> me + " for " + worker + " / " + Http.get("/api/me", memberToken)
                + " / " + Http.get("/api/members/" + worker, adminToken));
        ClaimFixtures.deterministicSampling();
        long claimId = submitClaimOnAPhone(member);
        JsonObject submitted = Http.get("/api/claims/" + claimId, Users.token(Users.CLAIMS_OFFICER)).json();
        assertEquals("IN_REVIEW", submitted.getString("status"), "€1,500 is above the review threshold: " + submitted);
        assertEquals(1, submitted.getJsonArray("attachments").size(), "the PDF was attached: " + submitted);

        approveAsTheClaimsOfficer(claimId);
        assertEquals("APPROVED", Http.get("/api/claims/" + claimId, Users.token(Users.CLAIMS_OFFICER)).json()
                .getString("status"), "approved on the officer's screen");

        try (Browser browser = AdminUi.signedIn(member)) {
            browser.resize(390, 844);
            String page = AdminUi.open(browser, "i-miei-rimborsi", "Approvata");
            assertTrue(page.contains("Richiesta n. " + claimId) && page.contains("Approvata"), page);
            assertFitsThePhone(browser);
            AdminUi.screenshot(browser, "74-member-my-claims-approved-phone");
            browser.click(browser.find("vaadin-details"));
            page = browser.textContaining("Resta a tuo carico");
            assertTrue(page.contains("Alta specializzazione"), "the benefit in words, not its code: " + page);
            assertEquals("true", browser.script("return Array.from(document.querySelectorAll('.claim-card'))"
                    + ".every(c => c.scrollWidth <= c.clientWidth + 1)").toString(),
                    "the claim's details wrap inside its card on the phone");
            AdminUi.screenshot(browser, "75-member-claim-details-phone");
            page = AdminUi.open(browser, "chi-ha-visto-i-miei-dati", "Chi ha visto i miei dati");
            page = browser.textContaining(Users.CLAIMS_OFFICER);
            assertTrue(page.contains(Users.CLAIMS_OFFICER), "the officer's reads are listed: " + page);
            AdminUi.screenshot(browser, "76-member-access-log-phone");
        }
    }

    @Test
    void aCooperativeAdministratorReachesNoClaimScreenByMenuOrByUrl() throws Exception {
        try (Browser browser = AdminUi.signedIn(Users.ARCOBALENO)) {
            String menu = AdminUi.menu(browser);
            assertTrue(menu.contains("Soci") && menu.contains("Importa paghe") && menu.contains("Contributi"), menu);
            for (String health : new String[] {"rimborso", "Rimborsi", "rimborsi", "copertura", "dati"}) {
                assertFalse(menu.contains(health), "no health screen in the cooperative's menu: " + menu);
            }
            for (String path : new String[] {"nuovo-rimborso", "i-miei-rimborsi", "chi-ha-visto-i-miei-dati",
                "copertura", "la-mia-famiglia"}) {
                String page = AdminUi.open(browser, path, "Accesso non consentito");
                assertTrue(page.contains("Accesso non consentito"), path + ": " + page);
            }
            AdminUi.screenshot(browser, "77-coop-admin-claims-denied");
        }
    }

    @Test
    void theCooperativeAdministratorRegistersAMemberWithTheCodiceFiscaleCheckedNextToTheField() throws Exception {
        String fiscal = People.fiscalCode(1990, 2, 14, false);
        try (Browser browser = AdminUi.signedIn(Users.ARCOBALENO)) {
            AdminUi.open(browser, "soci", "Soci della cooperativa");
            browser.find("#members-grid");
            AdminUi.screenshot(browser, "60-coop-members");
            browser.click(browser.find("#member-new"));
            AdminUi.typeInto(browser, "fiscalCode", fiscal.substring(0, 15) + (fiscal.charAt(15) == 'A' ? 'B' : 'A'));
            AdminUi.typeInto(browser, "givenName", "Luca");
            AdminUi.typeInto(browser, "familyName", "Neri");
            AdminUi.typeInto(browser, "hireDate", "01/03/2024");
            browser.click(browser.find("#givenName input"));
            AdminUi.clickScrolled(browser, "#member-save");
            String refused = browser.textContaining("carattere di controllo");
            assertTrue(refused.contains("carattere di controllo"), refused);
            assertEquals("true", browser.script("return document.querySelector('#fiscalCode').invalid").toString());
            AdminUi.screenshot(browser, "61-coop-member-form-invalid-cf");
            browser.clear(browser.find("#fiscalCode input"));
            AdminUi.typeInto(browser, "fiscalCode", fiscal);
            AdminUi.clickScrolled(browser, "#member-save");
            browser.textContaining("registrato");
            assertEquals(200, Http.get("/api/members/" + fiscal, Users.token(Users.ARCOBALENO)).status());
            AdminUi.typeInto(browser, "member-search", fiscal);
            String page = browser.textContaining("Neri");
            assertTrue(page.contains(fiscal), page);
            browser.script("Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                    + ".find(c => c.textContent.trim() === arguments[0]).click()", fiscal);
            browser.find("#member-end");
            AdminUi.screenshot(browser, "62-coop-member-edit");
            browser.click(browser.find("#member-end"));
            browser.click(browser.find("#end-next"));
            browser.textContaining("Non si può annullare");
            AdminUi.screenshot(browser, "63-coop-member-end-confirmation");
            assertFalse(hasLeft(fiscal), "nothing ends before confirming");
            AdminUi.confirm(browser);
            browser.textContaining("Cessazione di Luca Neri registrata");
            assertTrue(hasLeft(fiscal), "the member has left");
        }
    }

    @Test
    void theMembersPhoneScreensShowCoverageFamilyAndTheBooklet() throws Exception {
        try (Browser browser = AdminUi.signedIn(Users.MEMBER)) {
            browser.resize(390, 844);
            String page = browser.textContaining("Massimale per persona all'anno");
            assertTrue(page.contains("Scarica il libretto del piano"), page);
            assertFitsThePhone(browser);
            AdminUi.screenshot(browser, "70-member-coverage-phone");
            page = AdminUi.open(browser, "la-mia-famiglia", "Coniuge");
            assertTrue(page.contains("Mario Rossi") && page.contains("Figlio"), page);
            assertFitsThePhone(browser);
            AdminUi.screenshot(browser, "71-member-family-phone");
            AdminUi.open(browser, "copertura", "Scarica il libretto");
            String pdf = browser.script("const x = new XMLHttpRequest();"
                    + "x.open('GET', document.querySelector('#booklet-download').href, false); x.send();"
                    + "return x.status + ' ' + x.getResponseHeader('Content-Type') + ' ' + x.responseText.substring(0, 5);")
                    .toString();
            assertTrue(pdf.contains("200 application/pdf %PDF-"), "the booklet link serves the PDF: " + pdf);
        }
    }

    private static boolean hasLeft(String fiscal) {
        JsonObject member = Http.get("/api/members/" + fiscal, Users.token(Users.ARCOBALENO)).json().getJsonObject("member");
        return member.containsKey("endDate") && !member.isNull("endDate");
    }

    private static String createCooperativeAndAdminThroughTheUi() throws Exception {
        String name = "Cooperativa Percorso " + Users.unique();
        try (Browser browser = AdminUi.signedIn(Users.NATIONAL)) {
            AdminUi.open(browser, "enti/lombardia", "coop-arcobaleno");
            browser.click(browser.find("#tenant-new"));
            AdminUi.typeInto(browser, "tenant-form-name", name);
            String vat = TenantApiIT.freshVatNumber();
            AdminUi.typeInto(browser, "tenant-form-vat", vat);
            AdminUi.choose(browser, "tenant-form-federation", "social");
            browser.click(browser.find("#tenant-form-save"));
            assertTrue(browser.textContaining(vat).contains(name), "the new cooperative's page");
            for (int i = 0; i < 40 && browser.currentUrl().endsWith("/lombardia"); i++) {
                Thread.sleep(250);
            }
            String code = browser.currentUrl().substring(browser.currentUrl().lastIndexOf('/') + 1);
            assertEquals("COOPERATIVE", Http.get("/api/tenants/" + code, Users.token(Users.NATIONAL)).json()
                    .getString("kind"), code);
            AdminUi.screenshot(browser, "50-journey-coop-created");
            browser.click(browser.find("#tenant-new-admin"));
            AdminUi.typeInto(browser, "admin-form-username", "it.coopadmin." + code);
            AdminUi.typeInto(browser, "admin-form-name", "Amministrazione " + name);
            browser.type(browser.find("#admin-form-password input"), Users.DEMO_PASSWORD);
            browser.click(browser.find("#admin-form-save"));
            browser.textWithout("admin-form-save");
            Thread.sleep(500);
            AdminUi.screenshot(browser, "51-journey-coop-admin-created");
            return code;
        }
    }

    /** Setup through the API until the plan adoption screen lands: the plan in force and the collective adhesion. */
    private static void adoptPlanAndAdhere(String adminToken) {
        Http.Response adopted = PlanApiIT.adopt("SOCIAL_COOPERATION", adminToken, YEAR + "-01-01", true);
        assertEquals(201, adopted.status(), adopted::toString);
        Http.Response adhered = Http.post("/api/enrolments/collective", adminToken,
                "{\"planCode\":\"SOCIAL_COOPERATION\",\"from\":\"" + YEAR + "-01-01\"}");
        assertEquals(201, adhered.status(), adhered::toString);
    }

    private static void importPayrollThroughTheUi(String admin, String worker, String colleague) throws Exception {
        String header = "codice_fiscale;cognome;nome;data_assunzione;iban\n";
        Path bad = csv("paghe-errate", header + worker + ";Verdi;Giulia;01/02/2020;" + ClaimFixtures.IBAN + "\n"
                + "RSSMRA85T10A562X;Bianchi;Marco;01/03/2021;\n");
        Path good = csv("paghe", header + worker + ";Verdi;Giulia;01/02/2020;" + ClaimFixtures.IBAN + "\n"
                + colleague + ";Bianchi;Marco;01/03/2021;\n");
        try (Browser browser = AdminUi.signedIn(admin)) {
            AdminUi.open(browser, "importa-paghe", "Importa il tracciato paghe");
            AdminUi.screenshot(browser, "52-journey-payroll-upload");
            chooseFile(browser, "payroll-upload", bad);
            String report = browser.textContaining("alcune righe hanno problemi");
            assertTrue(report.contains("Righe: 2, con problemi: 1"), report);
            assertTrue(browser.find("#payroll-import-valid") != null);
            AdminUi.screenshot(browser, "53-journey-payroll-dry-run-errors");

            chooseFile(browser, "payroll-upload", good);
            browser.textContaining("nessun problema. Puoi importare");
            AdminUi.screenshot(browser, "54-journey-payroll-dry-run-clean");
            browser.click(browser.find("#payroll-import"));
            AdminUi.confirm(browser);
            String done = browser.textContaining("Importazione completata");
            assertTrue(done.contains("Assunzioni: 2"), done);
            AdminUi.screenshot(browser, "55-journey-payroll-imported");

            String members = AdminUi.open(browser, "soci", "Verdi");
            assertTrue(members.contains(worker) && members.contains(colleague), members);
            AdminUi.screenshot(browser, "56-journey-members");
        }
    }

    private static long submitClaimOnAPhone(String member) throws Exception {
        Path invoice = Files.createTempFile("fattura", ".pdf");
        Files.write(invoice, minimalPdf());
        try (Browser browser = AdminUi.signedIn(member)) {
            browser.resize(390, 844);
            String coverage = browser.textContaining("Massimale per persona all'anno");
            assertTrue(coverage.contains("Piano sanitario cooperazione sociale"), coverage);
            AdminUi.screenshot(browser, "57-journey-member-coverage-phone");
            AdminUi.open(browser, "nuovo-rimborso", "Chiedi un rimborso");
            browser.find("#claim-benefit");
            AdminUi.clickScrolled(browser, "#claim-send");
            String refused = browser.textContaining("Allega la fattura");
            assertTrue(refused.contains("Campo obbligatorio"), "required fields are marked next to them: " + refused);
            AdminUi.screenshot(browser, "58-journey-claim-form-required-phone");

            AdminUi.choose(browser, "claim-benefit", "Alta specializzazione");
            AdminUi.clickScrolled(browser, "#claim-where vaadin-radio-button:nth-of-type(2)");
            AdminUi.typeInto(browser, "claim-provider", "Centro diagnostico Sorriso");
            AdminUi.typeInto(browser, "claim-amount", "1500");
            AdminUi.typeInto(browser, "claim-invoiceNumber", "F-" + Users.unique());
            browser.type(browser.find("#claim-invoiceNumber input"), TAB);
            chooseFile(browser, "claim-upload", invoice);
            browser.textContaining(invoice.getFileName().toString());
            Thread.sleep(1000);
            assertFitsThePhone(browser);
            AdminUi.screenshot(browser, "59-journey-claim-form-filled-phone");
            AdminUi.clickScrolled(browser, "#claim-send");
            String mine = browser.textContaining("Richiesta n.");
            assertTrue(mine.contains("I miei rimborsi") && mine.contains("In verifica"), () -> "fields still invalid: "
                    + browser.script("return Array.from(document.querySelectorAll('[invalid]')).map(e => e.id"
                    + " + '=' + (e.value === undefined ? '' : JSON.stringify(e.value))).join(', ')") + " in " + mine);
            AdminUi.screenshot(browser, "73-journey-my-claims-in-review-phone");
            String text = mine.substring(mine.indexOf("Richiesta n. ") + "Richiesta n. ".length());
            return Long.parseLong(text.split("\\D", 2)[0]);
        }
    }

    /** The officer opens the claim from the queue's detail screen, reads why it is in review and approves it. */
    private static void approveAsTheClaimsOfficer(long claimId) throws Exception {
        try (Browser browser = AdminUi.signedIn(Users.CLAIMS_OFFICER)) {
            String page = AdminUi.open(browser, "rimborsi/" + claimId, "Spiegazione riga per riga");
            assertTrue(page.contains("Richiesta n. " + claimId + " – In revisione"), page);
            AdminUi.screenshot(browser, "78-journey-officer-claim-detail");
            AdminUi.clickScrolled(browser, "#claim-decide");
            browser.click(browser.find("#decision-outcome vaadin-radio-button:nth-of-type(1)"));
            browser.type(browser.find("#decision-reason textarea"), "Fattura conforme");
            AdminUi.clickScrolled(browser, "#decision-send");
            AdminUi.confirm(browser);
            page = browser.textContaining("Richiesta n. " + claimId + " – Approvata");
            assertTrue(page.contains("Richiesta n. " + claimId + " – Approvata"), page);
            AdminUi.screenshot(browser, "79-journey-officer-approved");
        }
    }

    /** Gives a file to a Vaadin Upload as a user picking it would: through its (hidden) file input. */
    private static void chooseFile(Browser browser, String uploadId, Path file) throws InterruptedException {
        browser.find("#" + uploadId);
        JsonObject input = (JsonObject) browser.script("const u = document.getElementById(arguments[0]);"
                + "return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');", uploadId);
        browser.type(input.getString(WEB_ELEMENT), file.toAbsolutePath().toString());
    }

    private static Path csv(String name, String content) throws Exception {
        Path file = Files.createTempFile(name, ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertFitsThePhone(Browser browser) {
        assertTrue("true".equals(browser.script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
                .toString()), "nothing wider than the phone's screen");
    }

    /** The smallest well-formed PDF: the server recognises attachments by their content. */
    static byte[] minimalPdf() {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }
}
