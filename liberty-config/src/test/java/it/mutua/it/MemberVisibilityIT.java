package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * Who sees which member resource: another cooperative's members are 404 by every new path, a parent reads them through
 * the audited path, a federation sees counts only, a member sees only their own family unit, and the 401/403 matrix.
 * Uses the demo data: Mario Rossi (socio.demo) is a worker of coop-arcobaleno with a wife and two children; Francesca
 * Ricci is a worker of coop-san-martino (Emilia-Romagna, directly under national).
 */
class MemberVisibilityIT {

    private static final String MARIO = "RSSMRA85T10A562S";
    private static String girasoleAdmin;
    private static JsonObject marioSelf;

    @BeforeAll
    static void demoData() {
        girasoleAdmin = Users.token(Users.create("coop-girasole", "coop-admin"));
        Http.Response me = Http.get("/api/members/me", Users.token(Users.MEMBER));
        assertEquals(200, me.status(), me::toString);
        marioSelf = me.json();
    }

    static List<String> family() {
        return marioSelf.getJsonArray("family").stream()
                .map(r -> r.asJsonObject().getJsonObject("member").getString("fiscalCode")).toList();
    }

    @Test
    void theDemoMemberIsAWorkerWithAFamilyAllCovered() {
        assertEquals(MARIO, marioSelf.getJsonObject("member").getString("fiscalCode"));
        assertEquals("WORKER", marioSelf.getJsonObject("member").getString("familyRole"));
        assertEquals(3, family().size(), marioSelf::toString);
        assertEquals("COLLECTIVE", marioSelf.getJsonArray("periods").getJsonObject(0).getString("kind"));
        marioSelf.getJsonArray("family").forEach(r -> assertEquals(1,
                r.asJsonObject().getJsonArray("periods").size(), r::toString));
    }

    static Stream<Arguments> anotherCooperativesPaths() {
        return Stream.of(
                Arguments.of("GET", "/api/members/" + MARIO + "/history", null),
                Arguments.of("GET", "/api/members/" + MARIO + "/family", null),
                Arguments.of("GET", "/api/members/" + MARIO + "/enrolments", null),
                Arguments.of("PUT", "/api/members/" + MARIO, "{\"givenName\":\"X\",\"familyName\":\"Y\"}"),
                Arguments.of("POST", "/api/members/" + MARIO + "/end", "{\"date\":\"2026-12-31\"}"),
                Arguments.of("POST", "/api/members/" + MARIO + "/consents", "{\"purpose\":\"MEMBERSHIP\",\"granted\":true}"),
                Arguments.of("POST", "/api/members/" + MARIO + "/family",
                        "{\"role\":\"CHILD\",\"fiscalCode\":\"RSSLCU14H05F205Z\",\"givenName\":\"X\",\"familyName\":\"Y\"}"),
                Arguments.of("GET", "/api/tenants/coop-arcobaleno/members/" + MARIO + "/history", null),
                Arguments.of("GET", "/api/tenants/coop-arcobaleno/members/" + MARIO + "/family", null),
                Arguments.of("GET", "/api/tenants/coop-arcobaleno/members/" + MARIO + "/enrolments", null));
    }

    @ParameterizedTest(name = "another cooperative's admin: {0} {1} is 404")
    @MethodSource("anotherCooperativesPaths")
    void anotherCooperativesMemberIs404ByEveryNewPath(String method, String path, String body) {
        Http.Response r = Http.send(method, path, girasoleAdmin, body);
        assertEquals(404, r.status(), r::toString);
    }

    @Test
    void theExportOfAnotherCooperativeHoldsNoneOfArcobalenosMembers() {
        Http.Response csv = Http.send("GET", "/api/members/export", girasoleAdmin, null, "it", "text/csv");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(!csv.body().contains(MARIO), "Girasole's export stays in Girasole's schema");
    }

    @Test
    void parentsReadHistoryFamilyAndCoverageThroughTheAuditedPath() {
        for (String user : List.of(Users.NATIONAL, Users.LOMBARDIA)) {
            String t = Users.token(user);
            assertEquals(200, Http.get("/api/tenants/coop-arcobaleno/members/" + MARIO + "/history", t).status());
            assertEquals(3, Http.get("/api/tenants/coop-arcobaleno/members/" + MARIO + "/family", t).jsonArray().size());
            assertEquals(200, Http.get("/api/tenants/coop-arcobaleno/members/" + MARIO + "/enrolments", t).status());
        }
        assertEquals(404, Http.get("/api/tenants/coop-san-martino/members?q=ricci", Users.token(Users.LOMBARDIA)).status());
    }

    @Test
    void aFederationSeesItsCooperativesCountsButNoPerson() {
        String federation = Users.token(Users.SOCIAL_FEDERATION);
        JsonObject figures = Http.get("/api/tenants/social/figures", federation).json().getJsonObject("figures");
        assertTrue(figures.getJsonNumber("members").longValue() >= 3, figures::toString);
        assertTrue(figures.getJsonNumber("family_members").longValue() >= 3, figures::toString);
        assertTrue(figures.getJsonNumber("enrolled").longValue() >= 6, figures::toString);
        assertEquals(403, Http.get("/api/tenants/coop-arcobaleno/members", federation).status());
        assertEquals(403, Http.get("/api/coverage?fiscalCode=" + MARIO, federation).status());
        assertEquals(403, Http.get("/api/members/duplicates", federation).status());
    }

    @Test
    void aMemberSeesTheCoverageOfTheirFamilyUnitOnlyAndOthersAre404() {
        String member = Users.token(Users.MEMBER);
        JsonObject self = Http.get("/api/coverage?fiscalCode=" + MARIO + "&date=2026-03-01", member).json();
        assertEquals(4, self.getJsonArray("familyFiscalCodes").size(), self::toString);
        for (String relative : family()) {
            assertEquals(200, Http.get("/api/coverage?fiscalCode=" + relative + "&date=2026-03-01", member).status());
        }
        String laura = Http.get("/api/members?q=verdi", Users.token(Users.ARCOBALENO)).json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(m -> m.getString("givenName").equals("Laura"))
                .findFirst().orElseThrow().getString("fiscalCode");
        assertEquals(200, Http.get("/api/coverage?fiscalCode=" + laura + "&date=2026-03-01", Users.token(Users.NATIONAL)).status());
        assertEquals(404, Http.get("/api/coverage?fiscalCode=" + laura + "&date=2026-03-01", member).status());
    }

    @Test
    void aRegionalMutualAsksCoverageOnlyInsideItsTree() {
        String lombardia = Users.token(Users.LOMBARDIA);
        assertEquals(200, Http.get("/api/coverage?fiscalCode=" + MARIO + "&date=2026-03-01", lombardia).status());
        String sanMartino = Users.token(Users.create("coop-san-martino", "coop-admin"));
        String ricci = Http.get("/api/members?q=ricci", sanMartino).json().getJsonArray("items").getJsonObject(0)
                .getString("fiscalCode");
        assertEquals(200, Http.get("/api/coverage?fiscalCode=" + ricci + "&date=2026-03-01", Users.token(Users.NATIONAL)).status());
        assertEquals(404, Http.get("/api/coverage?fiscalCode=" + ricci + "&date=2026-03-01", lombardia).status());
    }

    static Stream<Arguments> roleMatrix() {
        return Stream.of(
                Arguments.of(null, "GET", "/api/members", 401),
                Arguments.of(null, "GET", "/api/members/me", 401),
                Arguments.of(null, "GET", "/api/coverage?fiscalCode=" + MARIO, 401),
                Arguments.of(null, "GET", "/api/members/duplicates", 401),
                Arguments.of(null, "GET", "/api/members/export", 401),
                Arguments.of(null, "POST", "/api/enrolments/collective", 401),
                Arguments.of(Users.MEMBER, "GET", "/api/members", 403),
                Arguments.of(Users.MEMBER, "GET", "/api/members/" + MARIO + "/history", 403),
                Arguments.of(Users.MEMBER, "GET", "/api/members/export", 403),
                Arguments.of(Users.MEMBER, "POST", "/api/enrolments/collective", 403),
                Arguments.of(Users.ARCOBALENO, "GET", "/api/members/me", 403),
                Arguments.of(Users.ARCOBALENO, "GET", "/api/coverage?fiscalCode=" + MARIO, 403),
                Arguments.of(Users.AUDITOR, "GET", "/api/coverage?fiscalCode=" + MARIO, 403),
                Arguments.of(Users.CLAIMS_OFFICER, "GET", "/api/members/duplicates", 403),
                Arguments.of(Users.NATIONAL, "GET", "/api/members/export", 403),
                Arguments.of(Users.CLAIMS_OFFICER, "GET", "/api/coverage?fiscalCode=" + MARIO + "&date=2026-03-01", 200),
                Arguments.of(Users.NATIONAL, "GET", "/api/members/duplicates", 200),
                Arguments.of(Users.ARCOBALENO, "GET", "/api/members/" + MARIO + "/history", 200),
                Arguments.of(Users.ARCOBALENO, "GET", "/api/enrolments/collective", 200));
    }

    @ParameterizedTest(name = "{0}: {1} {2} is {3}")
    @MethodSource("roleMatrix")
    void theRoleMatrixHolds(String user, String method, String path, int status) {
        String accept = path.endsWith("/export") ? "text/csv" : "application/json";
        Http.Response r = Http.send(method, path, user == null ? null : Users.token(user), method.equals("POST") ? "{}" : null,
                "it", accept);
        assertEquals(status, r.status(), r::toString);
    }
}
