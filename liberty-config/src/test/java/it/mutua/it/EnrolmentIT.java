package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.People;
import it.mutua.it.support.Users;

/**
 * Families, collective and individual enrolment, the coverage query and duplicates, on real Liberty and PostgreSQL.
 * A cooperative of its own adopts (plans feature) and then adheres to a national plan of its own whose children's
 * bands stop at 25.
 */
class EnrolmentIT {

    private static final String NATIONAL = MemberApiIT.NATIONAL;
    private static final String CLAIMS = Users.token(Users.CLAIMS_OFFICER);
    private static final String LOMBARDIA = Users.token(Users.LOMBARDIA);
    private static String plan;
    private static String coop;
    private static String admin;

    /** A national base plan: €60 per worker, family extension with spouses and children 0-25 only. */
    static String childrenUnder26Plan() {
        String code = "IT_FAM_" + Users.unique().toUpperCase(Locale.ROOT).replace('-', '_');
        String body = PlanApiIT.draft("2026-01-01", String.join(",",
                PlanApiIT.set("name", "\"Piano famiglie di prova\""),
                PlanApiIT.set("contributions/worker", "\"60.00\""),
                PlanApiIT.set("contributions/family/SPOUSE/0-", "\"60.00\""),
                PlanApiIT.set("contributions/family/CHILD/0-25", "\"48.00\""),
                PlanApiIT.set("options/familyExtension", "true"),
                "{\"op\":\"addBenefit\",\"code\":\"VISITS\",\"area\":\"SPECIALIST_VISITS\",\"name\":\"Visite\"}",
                PlanApiIT.set("benefits/VISITS/ceilings/perPersonYear", "\"700.00\"")));
        Http.Response created = Http.post("/api/plans/" + code + "/drafts", NATIONAL, body);
        assertEquals(201, created.status(), created::toString);
        Http.Response published = Http.post("/api/plans/" + code + "/drafts/1/publish", NATIONAL, null);
        assertEquals(200, published.status(), published::toString);
        return code;
    }

    @BeforeAll
    static void aCooperativeAndAPlanOfItsOwn() {
        plan = childrenUnder26Plan();
        coop = MemberApiIT.freshCooperative("coop-enr-");
        admin = Users.token(Users.create(coop, "coop-admin"));
    }

    static String adhere(String token, String planCode, String from) {
        return "{\"planCode\":\"" + planCode + "\",\"from\":\"" + from + "\"}";
    }

    static Http.Response coverage(String token, String fiscalCode, String date) {
        return Http.get("/api/coverage?fiscalCode=" + fiscalCode + "&date=" + date, token);
    }

    /** A fresh cooperative adhering to the test plan from 2026-01-01: its code and its admin's token. */
    static String[] adheringCooperative(String prefix) {
        String code = MemberApiIT.freshCooperative(prefix);
        String token = Users.token(Users.create(code, "coop-admin"));
        assertEquals(201, PlanApiIT.adopt(plan, token, "2026-01-01", true).status());
        Http.Response r = Http.post("/api/enrolments/collective", token, adhere(token, plan, "2026-01-01"));
        assertEquals(201, r.status(), r::toString);
        return new String[] {code, token};
    }

    static long figure(long tenantId, String metric) {
        return Db.count("SELECT COALESCE(sum(value), 0)::bigint FROM reporting.tenant_figure WHERE tenant_id = ? AND metric = ?",
                tenantId, metric);
    }

    @Test
    void aFamilyIsEnrolledCollectivelyCoveredAtADateAndLosesCoverageWhenTheWorkerLeaves() {
        long tenantId = MemberApiIT.tenantId(coop);
        String worker = People.fiscalCode(1982, 4, 10, false);
        String spouse = People.fiscalCode(1984, 6, 1, true);
        String child = People.fiscalCode(2015, 9, 9, false);
        String olderChild = People.fiscalCode(1996, 2, 2, true);
        assertEquals(201, Http.post("/api/members", admin, "{\"fiscalCode\":\"" + worker + "\",\"givenName\":\"Piero\","
                + "\"familyName\":\"Sala\",\"hireDate\":\"2024-06-01\",\"iban\":\"IT60X0542811101000000123456\"}").status());
        assertEquals(201, Http.post("/api/members/" + worker + "/family", admin,
                People.relative("SPOUSE", spouse, "Irene", "Sala", "2026-01-01")).status());
        assertEquals(201, Http.post("/api/members/" + worker + "/family", admin,
                People.relative("CHILD", child, "Tommaso", "Sala", "2026-01-01")).status());

        Http.Response notAdopted = Http.post("/api/enrolments/collective", admin, adhere(admin, plan, "2026-01-01"));
        assertEquals(422, notAdopted.status(), notAdopted::toString);
        assertEquals("enrolment.plan.not_adopted", notAdopted.code());
        Http.Response adopted = PlanApiIT.adopt(plan, admin, "2026-01-01", true);
        assertEquals(201, adopted.status(), adopted::toString);
        Http.Response other = Http.post("/api/enrolments/collective", admin, adhere(admin, "SOCIAL_COOPERATION", "2026-01-01"));
        assertEquals(422, other.status(), other::toString);
        assertEquals("enrolment.plan.not_the_adopted_one", other.code());
        Http.Response adhesion = Http.post("/api/enrolments/collective", admin, adhere(admin, plan, "2026-01-01"));
        assertEquals(201, adhesion.status(), adhesion::toString);
        assertTrue(adhesion.json().getInt("enrolled") >= 3, adhesion::toString);
        assertEquals(409, Http.post("/api/enrolments/collective", admin, adhere(admin, plan, "2026-02-01")).status(),
                "one open adhesion at a time");

        Http.Response tooOld = Http.post("/api/members/" + worker + "/family", admin,
                People.relative("CHILD", olderChild, "Marta", "Sala", "2026-01-01"));
        assertEquals(422, tooOld.status(), tooOld::toString);
        assertEquals("member.family.not_eligible", tooOld.code());
        assertEquals(404, Http.get("/api/members/" + olderChild, admin).status(), "nothing stored");

        JsonObject c = coverage(NATIONAL, child, "2026-02-01").json();
        assertEquals(child, c.getString("fiscalCode"));
        assertEquals("CHILD", c.getString("role"));
        assertEquals("2015-09-09", c.getString("birthDate"));
        assertEquals(worker, c.getString("holderFiscalCode"));
        assertEquals(coop, c.getString("tenantCode"));
        assertEquals(tenantId, c.getJsonNumber("tenantId").longValue());
        assertEquals("2026-01-01", c.getString("enrolmentStart"));
        assertEquals(plan, c.getString("planCode"));
        assertEquals("IT60X0542811101000000123456", c.getString("holderIban"));
        assertEquals(List.of(worker, spouse, child), c.getJsonArray("familyFiscalCodes").getValuesAs(JsonValue::toString)
                .stream().map(s -> s.replace("\"", "")).toList());
        assertEquals(200, coverage(CLAIMS, spouse, "2026-02-01").status());
        assertEquals(404, coverage(NATIONAL, child, "2025-12-31").status(), "before the adhesion");

        Http.Response ended = Http.post("/api/members/" + worker + "/end", admin, "{\"date\":\"2026-06-30\"}");
        assertEquals(200, ended.status(), ended::toString);
        assertEquals(200, coverage(NATIONAL, spouse, "2026-06-30").status());
        assertEquals(404, coverage(NATIONAL, spouse, "2026-07-01").status());
        assertEquals(404, coverage(NATIONAL, worker, "2026-07-01").status());
        JsonObject period = Http.get("/api/members/" + child + "/enrolments", admin).jsonArray().getJsonObject(0);
        assertEquals("2026-06-30", period.getString("endDate"));
        assertEquals("HOLDER_ENDED", period.getString("endReason"));
        assertEquals(3, Db.count("SELECT count(*) FROM control.person_enrolment WHERE tenant_id = ? AND end_date = DATE '2026-06-30'",
                tenantId), "the person index follows in the same transaction");
    }

    @Test
    void aWorkerHiredAfterTheAdhesionIsEnrolledFromTheHireDateAndCounted() {
        String[] other = adheringCooperative("coop-hire-");
        String otherAdmin = other[1];
        long id = MemberApiIT.tenantId(other[0]);
        String hired = People.fiscalCode(1993, 8, 8, false);
        assertEquals(201, Http.post("/api/members", otherAdmin, People.worker(hired, "Nico", "Testa", "2026-03-02")).status());
        JsonObject period = Http.get("/api/members/" + hired + "/enrolments", otherAdmin).jsonArray().getJsonObject(0);
        assertEquals("2026-03-02", period.getString("startDate"));
        assertEquals("COLLECTIVE", period.getString("kind"));
        assertEquals(1, figure(id, "members"));
        assertEquals(1, figure(id, "enrolled"));
        assertEquals(404, coverage(NATIONAL, hired, "2026-03-01").status());
        assertEquals("2026-03-02", coverage(NATIONAL, hired, "2026-03-02").json().getString("enrolmentStart"));
        assertEquals(200, Http.post("/api/members/" + hired + "/end", otherAdmin, "{\"date\":\"2026-04-30\"}").status());
        assertEquals(0, figure(id, "enrolled"));
    }

    @Test
    void aRegionalMutualEnrolsAPersonIndividuallyAndOnlyARegionalMutualMay() {
        String person = People.fiscalCode(1961, 12, 24, true);
        assertEquals(201, Http.post("/api/members", LOMBARDIA, People.worker(person, "Rita", "Valli", null)).status());
        Http.Response enrolled = Http.post("/api/enrolments/individual", LOMBARDIA,
                "{\"fiscalCode\":\"" + person + "\",\"planCode\":\"SOCIAL_COOPERATION\",\"from\":\"2026-02-01\"}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        assertEquals("INDIVIDUAL", enrolled.json().getString("kind"));
        JsonObject c = coverage(NATIONAL, person, "2026-02-01").json();
        assertEquals("lombardia", c.getString("tenantCode"));
        assertEquals("INDIVIDUAL", c.getString("kind"));
        assertEquals(409, Http.post("/api/enrolments/individual", LOMBARDIA,
                "{\"fiscalCode\":\"" + person + "\",\"planCode\":\"SOCIAL_COOPERATION\",\"from\":\"2026-03-01\"}").status());
        assertEquals(422, Http.post("/api/enrolments/individual", LOMBARDIA,
                "{\"fiscalCode\":\"" + person + "\",\"planCode\":\"NO_SUCH_PLAN\",\"from\":\"2027-01-01\"}").status());
        assertEquals(403, Http.post("/api/enrolments/individual", admin,
                "{\"fiscalCode\":\"" + person + "\",\"planCode\":\"SOCIAL_COOPERATION\",\"from\":\"2026-02-01\"}").status());
        assertEquals(403, Http.post("/api/enrolments/collective", LOMBARDIA, adhere(LOMBARDIA, plan, "2026-01-01")).status());
    }

    @Test
    void aPersonEnrolledThroughTwoCooperativesIsFlaggedToTheNationalOffice() {
        String twice = People.fiscalCode(1977, 7, 7, false);
        String arcobaleno = Users.token(Users.ARCOBALENO);
        String[] second = adheringCooperative("coop-dup-");
        assertEquals(201, Http.post("/api/members", arcobaleno, People.worker(twice, "Dario", "Doppi", "2026-02-01")).status());
        assertEquals(201, Http.post("/api/members", second[1], People.worker(twice, "Dario", "Doppi", "2026-02-01")).status());
        JsonObject dup = null;
        for (int page = 0; dup == null; page++) {
            JsonObject p = Http.get("/api/members/duplicates?size=200&page=" + page, NATIONAL).json();
            dup = p.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(d -> d.getString("fiscalCode").equals(twice)).findFirst().orElse(null);
            if (dup == null && (page + 1) * 200 >= p.getInt("total")) {
                break;
            }
        }
        assertTrue(dup != null, "the duplicate is listed");
        List<String> tenants = dup.getJsonArray("enrolments").stream().map(e -> e.asJsonObject().getString("tenantCode"))
                .sorted().toList();
        assertEquals(List.of("coop-arcobaleno", second[0]).stream().sorted().toList(), tenants);
        assertEquals(403, Http.get("/api/members/duplicates", arcobaleno).status());
        assertEquals(403, Http.get("/api/members/duplicates", LOMBARDIA).status());
    }
}
