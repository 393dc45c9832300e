package it.mutua.it;

import static it.mutua.it.PlanApiIT.benefit;
import static it.mutua.it.PlanApiIT.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * Who sees which plan data (DESIGN §2) with real tokens of every level, the demo plans' provenance out of the box,
 * and the booklet PDF read back. A cooperative sees its own chain; a parent reads below itself (audited); anything
 * else is 404; nobody writes a layer it does not own.
 */
class PlanVisibilityIT {

    private static final String NATIONAL = Users.token(Users.NATIONAL);
    private static final String FEDERATION = Users.token(Users.SOCIAL_FEDERATION);
    private static final String LOMBARDIA = Users.token(Users.LOMBARDIA);
    private static final String ARCOBALENO = Users.token(Users.ARCOBALENO);
    private static final String MEMBER = Users.token(Users.MEMBER);
    private static final String PLAN = "/api/plans/SOCIAL_COOPERATION";

    @Test
    void arcobalenoSeesNationalValuesTheSocialFederationChangesAndLombardyAdditionsOutOfTheBox() {
        Http.Response r = Http.get(PLAN + "/effective?date=2026-06-01", ARCOBALENO);
        assertEquals(200, r.status(), r::toString);
        JsonObject plan = r.json();
        assertEquals(1, plan.getJsonObject("adoption").getInt("adoption"));
        assertTrue(plan.getJsonObject("adoption").getJsonObject("options").getBoolean("familyExtensionOffered"));
        assertEquals(3, plan.getJsonObject("adoption").getJsonArray("versions").size(), "national, social, Lombardy");

        assertEquals("BASE", field(plan, "contributions/worker").getJsonObject("provenance").getString("kind"));
        JsonObject visits = field(plan, "benefits/SPECIALIST_VISITS/ceilings/perPersonYear");
        assertEquals("800.00", visits.getString("value"));
        assertEquals("CHANGED", visits.getJsonObject("provenance").getString("kind"));
        assertEquals("social", visits.getJsonObject("provenance").getJsonObject("setBy").getString("tenant"));
        assertEquals("LOCKED", visits.getString("rule"));
        JsonObject homeCare = field(plan, "benefits/HOME_CARE_LOMBARDY/name");
        assertEquals("ADDED", homeCare.getJsonObject("provenance").getString("kind"));
        assertTrue(homeCare.getJsonObject("provenance").getString("it").startsWith("aggiunto da "), plan::toString);
        assertEquals("lombardia", homeCare.getJsonObject("provenance").getJsonObject("setBy").getString("tenant"));
        benefit(plan, "HOME_PHYSIOTHERAPY_LOMBARDY");
    }

    @Test
    void theListShowsACooperativeItsInheritedLayersAndEveryLevelTheNationalBases() {
        Http.Response coop = Http.get("/api/plans", ARCOBALENO);
        assertEquals(200, coop.status(), coop::toString);
        JsonObject social = coop.json().getJsonArray("plans").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("planCode").equals("SOCIAL_COOPERATION")).findFirst().orElseThrow();
        var owners = social.getJsonArray("inheritedLayers").stream().map(v -> v.asJsonObject().getString("tenant"))
                .toList();
        assertEquals(java.util.List.of("social", "lombardia"), owners);
        for (String token : new String[] {NATIONAL, FEDERATION, LOMBARDIA}) {
            Http.Response r = Http.get("/api/plans", token);
            assertEquals(200, r.status(), r::toString);
            assertTrue(r.body().contains("\"planCode\":\"FAMILY_DENTAL\""), r::toString);
        }
        assertFalse(Http.get("/api/plans", FEDERATION).body().contains("\"tenant\":\"lombardia\""),
                "a federation does not see a region's layer");
    }

    @Test
    void aCooperativeOutsideLombardySeesNeitherLombardyProjectsNorItsLayer() {
        String sanMartino = Users.token(Users.create("coop-san-martino", "coop-admin"));
        JsonObject plan = Http.get(PLAN + "/effective?date=2026-06-01", sanMartino).json();
        assertFalse(plan.toString().contains("HOME_CARE_LOMBARDY"), plan::toString);
        assertEquals(404, Http.get(PLAN + "/layers/lombardia", sanMartino).status());
        assertEquals(404, Http.get(PLAN + "/layers/lombardia", FEDERATION).status(), "a federation is not in a region");
        Http.Response inherited = Http.get(PLAN + "/layers/lombardia", ARCOBALENO);
        assertEquals(200, inherited.status(), inherited::toString);
        assertTrue(inherited.body().contains("HOME_CARE_LOMBARDY"), inherited::toString);
        assertEquals(200, Http.get(PLAN + "/layers/nazionale", sanMartino).status(), "national bases are inherited");
        assertEquals(200, Http.get(PLAN + "/layers/social", sanMartino).status(), "its federation's tailoring");
        assertEquals(404, Http.get(PLAN + "/layers/housing", sanMartino).status(), "not its federation");
    }

    @Test
    void anotherCooperativeCannotReadArcobalenoAdoptionsPendingUpdatesOrBooklet() {
        String melograno = Users.token(Users.create("coop-il-melograno", "coop-admin"));
        assertEquals(404, Http.get(PLAN + "/adoptions?tenant=coop-arcobaleno", melograno).status());
        assertEquals(404, Http.get(PLAN + "/pending?tenant=coop-arcobaleno", melograno).status());
        assertEquals(404, Http.download(PLAN + "/booklet?tenant=coop-arcobaleno", melograno, "application/pdf")
                .status());
        assertEquals(200, Http.get(PLAN + "/adoptions", melograno).status(), "its own");
        assertEquals(404, Http.get(PLAN + "/adoptions?tenant=coop-arcobaleno", Users.token(Users.create("housing",
                "federation-admin"))).status(), "not a cooperative of the housing federation");
    }

    @Test
    void parentsReadACooperativeAdoptionsAndEachReadIsAudited() {
        long before = Db.count("SELECT count(*) FROM control.audit_event WHERE action = 'PARENT_READ' "
                + "AND details = 'plan SOCIAL_COOPERATION adoptions'");
        for (String parent : new String[] {NATIONAL, LOMBARDIA, FEDERATION}) {
            Http.Response r = Http.get(PLAN + "/adoptions?tenant=coop-arcobaleno", parent);
            assertEquals(200, r.status(), r::toString);
            assertEquals(1, r.json().getJsonArray("adoptions").size());
        }
        assertEquals(before + 3, Db.count("SELECT count(*) FROM control.audit_event WHERE action = 'PARENT_READ' "
                + "AND details = 'plan SOCIAL_COOPERATION adoptions'"));
        assertEquals(200, Http.get(PLAN + "/pending?tenant=coop-arcobaleno", LOMBARDIA).status());
    }

    @Test
    void onlyACooperativeAdministratorAdoptsAndNobodyWritesALayerItDoesNotOwn() {
        String body = "{\"effectiveFrom\":\"2030-01-01\"}";
        assertEquals(403, Http.post(PLAN + "/adoptions", FEDERATION, body).status());
        assertEquals(403, Http.post(PLAN + "/adoptions", MEMBER, body).status());
        assertEquals(401, Http.post(PLAN + "/adoptions", null, body).status());
        Http.Response coopDraft = Http.post(PLAN + "/drafts", ARCOBALENO,
                "{\"effectiveFrom\":\"2030-01-01\",\"changes\":[]}");
        assertEquals(403, coopDraft.status(), coopDraft::toString);
        assertEquals("plan.layer.adoptionOnly", coopDraft.code());
        assertEquals(403, Http.get(PLAN + "/pending", MEMBER).status());
        assertEquals(401, Http.get(PLAN + "/pending", null).status());
    }

    @Test
    void theBookletOfArcobalenoPlanIsAnItalianPdfWithRulesCeilingsContributionsAndProvenance() throws IOException {
        Http.Binary pdf = Http.download(PLAN + "/booklet?date=2026-06-01", MEMBER, "application/pdf");
        assertEquals(200, pdf.status(), pdf::text);
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (String expected : new String[] {"Libretto del piano sanitario", "Piano sanitario cooperazione sociale",
                "Cooperativa Sociale Arcobaleno", "Piano in vigore al 01/06/2026", "Estensione al nucleo familiare: offerta",
                "Lavoratore socio", "60 € all'anno", "48 € all'anno", "Alta specializzazione diagnostica",
                "30 € a carico dell'assistito per prestazione", "45 € a carico dell'assistito per prestazione",
                "scoperto 30% con minimo non indennizzabile di 60 €", "franchigia di 15 € per prestazione",
                "Massimale per persona all'anno", "800 €", "modificato da Federazione Cooperative Sociali",
                "bloccato da Federazione Cooperative Sociali", "Assistenza domiciliare (rete socio-sanitaria lombarda)",
                "aggiunto da Mutua Regionale Lombardia", "Malattia: 90 giorni di carenza",
                "Fisioterapia a domicilio", "Importo minimo per richiesta di rimborso",
                "Sottomassimale onlineSessions", "Prestazioni vincolate"}) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in: " + text);
        }
        assertEquals(401, Http.download(PLAN + "/booklet", null, "application/pdf").status());
    }
}
