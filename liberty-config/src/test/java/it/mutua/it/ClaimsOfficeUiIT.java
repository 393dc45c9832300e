package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.mutua.it.support.AdminUi;
import it.mutua.it.support.Browser;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * The claims office in the browser: the queue filtered down to one member's claim, the claim with its line-by-line
 * explanation and access log, a partial approval (confirmed), reopening; pre-authorisations; payment batches with
 * their SEPA file; the sampling rules. And the employer's administrator reaches none of it.
 */
class ClaimsOfficeUiIT {

    private static final String OFFICER = Users.token(Users.CLAIMS_OFFICER);
    private static final List<String> CLAIM_SCREENS = List.of("rimborsi", "rimborsi/1", "autorizzazioni",
            "lotti-pagamento", "campionamento");

    @BeforeAll
    static void deterministicSampling() {
        ClaimFixtures.deterministicSampling();
    }

    @Test
    void theOfficerFindsAClaimInTheQueueReadsWhyAndApprovesItInPart() throws Exception {
        var member = ClaimFixtures.freshMember();
        Http.Response submitted = Http.post("/api/claims", member.token(),
                ClaimFixtures.claim(null, null, ClaimFixtures.visit("1300.00")));
        assertEquals(201, submitted.status(), submitted::toString);
        long id = submitted.json().getJsonNumber("id").longValue();
        assertEquals("IN_REVIEW", submitted.json().getString("status"), submitted::toString);
        String reason = submitted.json().getJsonArray("lines").getJsonObject(0).getJsonArray("reasons")
                .getJsonObject(0).getString("it");

        try (Browser browser = AdminUi.signedIn(Users.CLAIMS_OFFICER)) {
            assertTrue(AdminUi.menu(browser).contains("Rimborsi"));
            AdminUi.open(browser, "rimborsi", "Rimborsi");
            AdminUi.typeInto(browser, "claims-fiscal-code", member.fiscalCode());
            AdminUi.clickScrolled(browser, "#claims-search");
            String queue = browser.textContaining("1.300,00");
            assertTrue(queue.contains("In revisione") && queue.contains(member.fiscalCode()), queue);
            AdminUi.screenshot(browser, "40-claims-queue");

            AdminUi.open(browser, "rimborsi/" + id, "Spiegazione riga per riga");
            String page = browser.textContaining("liquidatore");
            assertTrue(page.contains("Richiesta n. " + id + " – In revisione"), page);
            assertTrue(page.contains(reason), "the adjudication's reason in Italian: " + reason + " in " + page);
            assertTrue(page.contains("€ 800,00"), "the reimbursable amount");
            assertTrue(page.contains("Chi ha letto questa richiesta"), page);
            assertTrue(page.contains("importo sopra la soglia"), "why it is in review, in words: " + page);
            AdminUi.screenshot(browser, "41-claim-detail");

            AdminUi.clickScrolled(browser, "#claim-decide");
            browser.click(browser.find("#decision-outcome vaadin-radio-button:nth-of-type(2)"));
            AdminUi.clickScrolled(browser, "#decision-send");
            assertTrue(browser.textContaining("Scrivi la motivazione").contains("Scrivi la motivazione"),
                    "a partial approval needs a reason, said next to the field");
            browser.type(browser.find("#decision-line-1 input"), "500");
            browser.type(browser.find("#decision-reason textarea"), "una visita non documentata");
            AdminUi.screenshot(browser, "42-claim-decision");
            AdminUi.clickScrolled(browser, "#decision-send");
            AdminUi.confirm(browser);
            page = browser.textContaining("Approvata in parte");
            assertTrue(page.contains("una visita non documentata"), page);
        }
        JsonObject decided = Http.get("/api/claims/" + id, OFFICER).json();
        assertEquals("PARTLY_APPROVED", decided.getString("status"));
        assertEquals("500.00", decided.getString("approved"));

        try (Browser browser = AdminUi.signedIn(Users.CLAIMS_OFFICER)) {
            AdminUi.open(browser, "rimborsi/" + id, "Approvata in parte");
            AdminUi.clickScrolled(browser, "#claim-reopen");
            browser.type(browser.find("#reopen-reason textarea"), "correzione d'ufficio");
            browser.click(browser.find("#reopen-send"));
            browser.textContaining("torna in revisione");
        }
        assertEquals("IN_REVIEW", Http.get("/api/claims/" + id, OFFICER).json().getString("status"));
    }

    @Test
    void theOfficerAuthorisesAPreAuthorisationForAWindow() throws Exception {
        var member = ClaimFixtures.freshMember();
        Http.Response asked = Http.post("/api/pre-authorisations", member.token(), "{\"benefit\":"
                + "\"HIGH_SPECIALISATION_DIAGNOSTICS\",\"facility\":\"" + ClaimFixtures.cooperativeProvider() + "\",\"facilityName\":"
                + "\"Poliambulatorio Cooperativo\",\"facilityIban\":\"" + ClaimFixtures.IBAN + "\",\"plannedDate\":\""
                + java.time.LocalDate.now().plusDays(10) + "\",\"estimated\":200}");
        assertEquals(201, asked.status(), asked::toString);
        long id = asked.json().getJsonNumber("id").longValue();

        try (Browser browser = AdminUi.signedIn(Users.CLAIMS_OFFICER)) {
            String first = Http.get("/api/pre-authorisations?status=REQUESTED&size=1", OFFICER).json()
                    .getJsonArray("items").getJsonObject(0).getString("fiscalCode");
            String list = AdminUi.open(browser, "autorizzazioni", first);
            assertTrue(list.contains(first), "the worklist shows the API's first waiting request: " + list);
            AdminUi.screenshot(browser, "47-preauthorisation-worklist");
            String page = AdminUi.open(browser, "autorizzazioni/" + id, "Poliambulatorio Cooperativo");
            assertTrue(page.contains("€ 200,00") && page.contains("Richiesta"), page);
            String amount = browser.find("#preauth-authorised input");
            browser.clear(amount);
            browser.type(amount, "180");
            AdminUi.screenshot(browser, "43-preauthorisation");
            AdminUi.clickScrolled(browser, "#preauth-approve");
            AdminUi.confirm(browser);
            page = browser.textContaining("Autorizzata");
            assertTrue(page.contains("€ 180,00"), page);
        }
        JsonObject approved = Http.get("/api/pre-authorisations/" + id, OFFICER).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("180.00", approved.getString("authorised"));
    }

    @Test
    void theOfficerBuildsAPaymentBatchDownloadsItsSepaFileAndMarksItPaid() throws Exception {
        var member = ClaimFixtures.freshMember();
        Http.Response paidAtOnce = Http.post("/api/claims", member.token(),
                ClaimFixtures.claim(null, null, ClaimFixtures.visit("120.00")));
        assertEquals(201, paidAtOnce.status(), paidAtOnce::toString);
        long claim = paidAtOnce.json().getJsonNumber("id").longValue();
        assertEquals("APPROVED", paidAtOnce.json().getString("status"), paidAtOnce::toString);

        try (Browser browser = AdminUi.signedIn(Users.CLAIMS_OFFICER)) {
            AdminUi.open(browser, "lotti-pagamento", "Lotti di pagamento");
            AdminUi.clickScrolled(browser, "#batch-create");
            AdminUi.confirm(browser);
            browser.textContaining("creato");
            long batch = Http.get("/api/claims/" + claim, OFFICER).json().getJsonNumber("paymentBatch").longValue();
            browser.find("#batch-paid-" + batch);
            String sepa = browser.script("return fetch(document.querySelector(arguments[0]).href).then(r => r.text())",
                    "#batch-sepa-" + batch).toString();
            assertTrue(sepa.contains("pain.001") && sepa.contains("Elena Prova"), "the SEPA file of the batch: " + sepa);
            AdminUi.screenshot(browser, "44-payment-batches");
            AdminUi.clickScrolled(browser, "#batch-paid-" + batch);
            AdminUi.confirm(browser);
            browser.textContaining("segnato come pagato");
        }
        assertEquals("PAID", Http.get("/api/claims/" + claim, OFFICER).json().getString("status"));
    }

    @Test
    void theNationalAdministratorSetsTheSamplingRulesAndTheOfficerReadsThem() throws Exception {
        try (Browser browser = AdminUi.signedIn(Users.NATIONAL)) {
            AdminUi.open(browser, "campionamento", "Regole di campionamento");
            String percent = browser.find("#sampling-percent input");
            browser.clear(percent);
            browser.type(percent, "101");
            AdminUi.clickScrolled(browser, "#sampling-save");
            assertTrue(browser.textContaining("tra 0 e 100").contains("tra 0 e 100"), "the range, next to the field");
            browser.clear(percent);
            browser.type(percent, "0");
            String threshold = browser.find("#sampling-threshold input");
            browser.clear(threshold);
            browser.type(threshold, "1000");
            AdminUi.screenshot(browser, "45-sampling-rules");
            AdminUi.clickScrolled(browser, "#sampling-save");
            AdminUi.confirm(browser);
            browser.textContaining("Regole di campionamento salvate");
        }
        JsonObject rules = Http.get("/api/claim-office/sampling-rules", OFFICER).json();
        assertEquals(0, rules.getJsonNumber("randomPercent").bigDecimalValue().signum());
        assertEquals(0, rules.getJsonNumber("valueThreshold").bigDecimalValue().compareTo(new java.math.BigDecimal("1000")));
        assertTrue(rules.getJsonArray("alwaysReviewed").toString().contains("DENTAL"), "the areas kept: " + rules);
        try (Browser browser = AdminUi.signedIn(Users.CLAIMS_OFFICER)) {
            String page = AdminUi.open(browser, "campionamento", "stabilisce");
            assertFalse(AdminUi.hasVisibleButton(browser, "Salva le regole"), "the office reads the rules: " + page);
        }
    }

    @Test
    void aCooperativeAdministratorReachesNoClaimScreenNeitherFromTheMenuNorByUrl() throws Exception {
        try (Browser browser = AdminUi.signedIn(Users.ARCOBALENO)) {
            String menu = AdminUi.menu(browser);
            for (String entry : List.of("Rimborsi", "Autorizzazioni preventive", "Lotti di pagamento",
                    "Regole di campionamento")) {
                assertFalse(menu.contains(entry), "the employer must not see " + entry + " in " + menu);
            }
            for (String screen : CLAIM_SCREENS) {
                String page = AdminUi.open(browser, screen, "Accesso non consentito");
                assertTrue(page.contains("Accesso non consentito"), screen + ": " + page);
                assertFalse(page.contains("Richiesta n."), screen + " shows no claim");
            }
            AdminUi.screenshot(browser, "46-coop-admin-no-claims");
        }
    }
}
