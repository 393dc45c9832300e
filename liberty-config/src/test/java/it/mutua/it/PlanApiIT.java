package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * Health plans end to end: the demo base plan as a cooperative sees it, a federation's tailoring inherited below, an
 * upper layer's lock, visibility, bad input and the immutability of published versions. Every test but the first
 * works on a plan code of its own, so the tests are independent and rerunnable on the same database.
 */
class PlanApiIT {

    private static final String NATIONAL = Users.token(Users.NATIONAL);
    private static final String FEDERATION = Users.token(Users.SOCIAL_FEDERATION);
    private static final String ARCOBALENO = Users.token(Users.ARCOBALENO);

    static JsonObject field(JsonObject effective, String path) {
        return effective.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("path").equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + path + " in " + effective));
    }

    static JsonObject benefit(JsonObject effective, String code) {
        return effective.getJsonArray("benefits").stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no benefit " + code + " in " + effective));
    }

    static String draft(String effectiveFrom, String changes) {
        return "{\"effectiveFrom\":\"" + effectiveFrom + "\",\"changes\":[" + changes + "]}";
    }

    static String set(String path, String jsonValue) {
        return "{\"op\":\"set\",\"path\":\"" + path + "\",\"value\":" + jsonValue + "}";
    }

    /**
     * The whole content of a test base plan (a national version is complete, not a delta), with the worker
     * contribution given and {@code more} changes (JSON, may be null) appended.
     */
    static String baseChanges(String worker, String more) {
        String base = String.join(",",
                set("name", "\"Piano di prova\""),
                set("contributions/worker", "\"" + worker + "\""),
                "{\"op\":\"addBenefit\",\"code\":\"VISITS\",\"area\":\"SPECIALIST_VISITS\",\"name\":\"Visite\"}",
                set("benefits/VISITS/regimes/COOPERATIVE_NETWORK/costShare", "{\"type\":\"FIXED\",\"amount\":\"30.00\"}"),
                set("benefits/VISITS/ceilings/perPersonYear", "\"700.00\""),
                "{\"op\":\"lock\",\"path\":\"benefits/VISITS/ceilings/perPersonYear\"}");
        return more == null ? base : base + "," + more;
    }

    /** A national base plan of its own, published from 2026-01-01, with the visits ceiling locked. */
    static String publishedBasePlan() {
        String code = "IT_" + Users.unique().toUpperCase(Locale.ROOT).replace('-', '_');
        String body = draft("2026-01-01", baseChanges("60.00", null));
        Http.Response created = Http.post("/api/plans/" + code + "/drafts", NATIONAL, body);
        assertEquals(201, created.status(), created::toString);
        assertEquals(1, created.json().getInt("version"));
        assertEquals("DRAFT", created.json().getString("status"));
        Http.Response published = Http.post("/api/plans/" + code + "/drafts/1/publish", NATIONAL, null);
        assertEquals(200, published.status(), published::toString);
        assertEquals("PUBLISHED", published.json().getString("status"));
        return code;
    }

    static long planRows(String tenantCode) {
        long id = Http.get("/api/tenants/" + tenantCode, NATIONAL).json().getJsonNumber("id").longValue();
        return Db.count("SELECT count(*) FROM t_" + id + ".plan_layer_version");
    }

    @Test
    void theDemoSocialCooperationPlanIsInForceForArcobaleno() {
        Http.Response r = Http.get("/api/plans/SOCIAL_COOPERATION/effective?date=2026-06-01", ARCOBALENO);
        assertEquals(200, r.status(), r::toString);
        JsonObject plan = r.json();
        assertEquals("coop-arcobaleno", plan.getString("tenant"));
        JsonObject worker = field(plan, "contributions/worker");
        assertEquals("60.00", worker.getString("value"));
        assertEquals("BASE", worker.getJsonObject("provenance").getString("kind"));
        assertEquals("NATIONAL", worker.getJsonObject("provenance").getJsonObject("setBy").getString("level"));
        assertEquals("nazionale", worker.getJsonObject("provenance").getJsonObject("setBy").getString("tenant"));
        String nationalName = Http.get("/api/tenants/nazionale", NATIONAL).json().getString("name");
        assertEquals(nationalName, worker.getJsonObject("provenance").getString("en"));
        assertEquals(nationalName, worker.getJsonObject("provenance").getString("it"));
        JsonObject cooperativeNetwork = benefit(plan, "HIGH_SPECIALISATION_DIAGNOSTICS").getJsonObject("fields")
                .getJsonObject("regimes/COOPERATIVE_NETWORK/costShare");
        assertEquals("FIXED", cooperativeNetwork.getString("type"));
        assertEquals("30.00", cooperativeNetwork.getString("amount"));

        Http.Response list = Http.get("/api/plans", ARCOBALENO);
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.body().contains("\"planCode\":\"SOCIAL_COOPERATION\""), list::toString);
    }

    /** A new cooperative of the social federation under Lombardy, and a coop-admin token for it. */
    static String[] newSocialCooperativeInLombardy() {
        String code = "coop-piano-" + Users.unique();
        Http.Response created = Http.post("/api/tenants", NATIONAL,
                TenantApiIT.cooperative(code, "lombardia", "social", "03"));
        assertEquals(201, created.status(), created::toString);
        return new String[] {code, Users.token(Users.create(code, "coop-admin"))};
    }

    static Http.Response adopt(String code, String token, String from, boolean family) {
        return Http.post("/api/plans/" + code + "/adoptions", token, "{\"effectiveFrom\":\"" + from
                + "\",\"options\":{\"familyExtensionOffered\":" + family + "}}");
    }

    @Test
    void aFederationTailoringIsInheritedByItsCooperativeWithTheFederationAsProvenance() {
        String code = publishedBasePlan();
        Http.Response created = Http.post("/api/plans/" + code + "/drafts", FEDERATION,
                draft("2026-03-01", set("contributions/worker", "\"72.00\"")));
        assertEquals(201, created.status(), created::toString);
        Http.Response published = Http.post("/api/plans/" + code + "/drafts/1/publish", FEDERATION, null);
        assertEquals(200, published.status(), published::toString);
        String[] coop = newSocialCooperativeInLombardy();
        Http.Response adopted = adopt(code, coop[1], "2026-03-01", false);
        assertEquals(201, adopted.status(), adopted::toString);

        JsonObject after = Http.get("/api/plans/" + code + "/effective?date=2026-06-01", coop[1]).json();
        JsonObject worker = field(after, "contributions/worker");
        assertEquals("72.00", worker.getString("value"));
        assertEquals("CHANGED", worker.getJsonObject("provenance").getString("kind"));
        assertEquals("social", worker.getJsonObject("provenance").getJsonObject("setBy").getString("tenant"));
        assertTrue(worker.getJsonObject("provenance").getString("it").startsWith("modificato da "), after::toString);
        assertTrue(worker.getJsonObject("provenance").getString("en").startsWith("changed by "), after::toString);
        JsonObject ceiling = field(after, "benefits/VISITS/ceilings/perPersonYear");
        assertEquals("LOCKED", ceiling.getString("rule"));
        assertEquals("nazionale", ceiling.getJsonObject("lockedBy").getString("tenant"));

        JsonObject before = Http.get("/api/plans/" + code + "/effective?date=2026-02-01", FEDERATION).json();
        assertEquals("60.00", field(before, "contributions/worker").getString("value"), "not yet in force");
        Http.Response notAdoptedYet = Http.get("/api/plans/" + code + "/effective?date=2026-02-01", coop[1]);
        assertEquals(404, notAdoptedYet.status(), notAdoptedYet::toString);
        assertEquals("plan.notAdopted", notAdoptedYet.code());
    }

    @Test
    void changingAFieldLockedByAnUpperLayerIsAConflictNamingTheOwner() {
        String code = publishedBasePlan();
        Http.Response created = Http.post("/api/plans/" + code + "/drafts", FEDERATION,
                draft("2026-03-01", set("benefits/VISITS/ceilings/perPersonYear", "\"900.00\"")));
        assertEquals(201, created.status(), created::toString);
        Http.Response refused = Http.send("POST", "/api/plans/" + code + "/drafts/1/publish", FEDERATION, null, "en");
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("plan.field.locked", refused.code());
        String nationalName = Http.get("/api/tenants/nazionale", NATIONAL).json().getString("name");
        assertTrue(refused.json().getString("message").contains(nationalName), refused::toString);
        assertEquals("DRAFT", Http.get("/api/plans/" + code + "/drafts/1", FEDERATION).json().getString("status"));
        assertEquals("700.00", field(Http.get("/api/plans/" + code + "/effective?date=2026-06-01", FEDERATION).json(),
                "benefits/VISITS/ceilings/perPersonYear").getString("value"));
    }

    @Test
    void anotherCooperativeCannotSeeArcobalenoPlanButItsFederationCan() {
        String melograno = Users.token(Users.create("coop-il-melograno", "coop-admin"));
        Http.Response hidden = Http.get("/api/plans/SOCIAL_COOPERATION/effective?tenant=coop-arcobaleno", melograno);
        assertEquals(404, hidden.status(), hidden::toString);
        assertEquals(200, Http.get("/api/plans/SOCIAL_COOPERATION/effective", melograno).status(), "its own chain");
        assertEquals(200, Http.get("/api/plans/SOCIAL_COOPERATION/effective?tenant=coop-arcobaleno&date=2026-06-01",
                FEDERATION).status(), "the federation reads its cooperatives");
        assertEquals(404, Http.get("/api/plans/SOCIAL_COOPERATION/effective?tenant=coop-casa-lombarda", FEDERATION)
                .status(), "not a cooperative of the social federation");
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsStored() {
        long before = planRows("social");
        Http.Response negative = Http.post("/api/plans/SOCIAL_COOPERATION/drafts", FEDERATION,
                draft("2026-05-01", set("contributions/worker", "\"-5.00\"")));
        assertEquals(400, negative.status(), negative::toString);
        assertEquals("plan.money.negative", negative.code());
        assertEquals("contributions/worker", negative.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        String path = "benefits/HIGH_SPECIALISATION_DIAGNOSTICS/regimes/OUT_OF_NETWORK/costShare";
        Http.Response scoperto = Http.post("/api/plans/SOCIAL_COOPERATION/drafts", FEDERATION, draft("2026-05-01",
                set(path, "{\"type\":\"SCOPERTO\",\"percent\":\"150\",\"minimum\":\"60.00\"}")));
        assertEquals(400, scoperto.status(), scoperto::toString);
        assertEquals("plan.scoperto.percentOutOfRange", scoperto.code());
        assertEquals(path, scoperto.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        Http.Response malformed = Http.post("/api/plans/SOCIAL_COOPERATION/drafts", FEDERATION, "{\"effectiveFrom\":");
        assertEquals(400, malformed.status(), malformed::toString);
        assertEquals("request.malformed_json", malformed.code());

        Http.Response noDate = Http.post("/api/plans/SOCIAL_COOPERATION/drafts", FEDERATION, "{\"changes\":[]}");
        assertEquals(400, noDate.status(), noDate::toString);
        assertEquals(before, planRows("social"), "nothing stored");
    }

    @Test
    void aPublishedVersionNeverChanges() {
        String code = publishedBasePlan();
        Http.Response replace = Http.send("PUT", "/api/plans/" + code + "/drafts/1", NATIONAL,
                draft("2026-01-01", set("contributions/worker", "\"1.00\"")), "it");
        assertEquals(409, replace.status(), replace::toString);
        assertEquals("plan.version.published", replace.code());
        Http.Response again = Http.post("/api/plans/" + code + "/drafts/1/publish", NATIONAL, null);
        assertEquals(409, again.status(), again::toString);
        assertEquals("60.00", field(Http.get("/api/plans/" + code + "/effective?tenant=social&date=2026-06-01",
                NATIONAL).json(), "contributions/worker").getString("value"));

        Http.Response sameDate = Http.post("/api/plans/" + code + "/drafts", NATIONAL,
                draft("2026-01-01", set("contributions/worker", "\"61.00\"")));
        assertEquals(201, sameDate.status(), sameDate::toString);
        Http.Response overlap = Http.post("/api/plans/" + code + "/drafts/2/publish", NATIONAL, null);
        assertEquals(409, overlap.status(), overlap::toString);
        assertEquals("plan.version.notAfterLatest", overlap.code());
    }

    @Test
    void onlyTheOwnerOfALayerWritesIt() {
        Http.Response auditor = Http.post("/api/plans/SOCIAL_COOPERATION/drafts", Users.token(Users.AUDITOR),
                draft("2026-05-01", ""));
        assertEquals(403, auditor.status(), auditor::toString);
    }
}
