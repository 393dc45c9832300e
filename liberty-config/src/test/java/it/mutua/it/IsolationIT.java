package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * The visibility rule as a matrix: who may read which tenant and whose members. Another tenant's resource is 404,
 * never 403, so its existence is not revealed. Arcobaleno is a cooperative under Lombardy (social federation);
 * Girasole is a cooperative of Tuscany directly under national (social federation).
 */
class IsolationIT {

    /** Mario Rossi, a demo member of coop-arcobaleno. */
    private static final String ARCOBALENO_MEMBER = "RSSMRA85T10A562S";
    private static String girasoleAdmin;

    @BeforeAll
    static void aCoopAdminForGirasole() {
        girasoleAdmin = Users.create("coop-girasole", "coop-admin");
    }

    static Stream<Arguments> tenantReads() {
        return Stream.of(
                Arguments.of(Users.NATIONAL, "coop-arcobaleno", 200),
                Arguments.of(Users.NATIONAL, "lombardia", 200),
                Arguments.of(Users.LOMBARDIA, "coop-arcobaleno", 200),
                Arguments.of(Users.LOMBARDIA, "coop-girasole", 404),
                Arguments.of(Users.LOMBARDIA, "nazionale", 404),
                Arguments.of(Users.LOMBARDIA, "social", 404),
                Arguments.of(Users.SOCIAL_FEDERATION, "coop-arcobaleno", 200),
                Arguments.of(Users.SOCIAL_FEDERATION, "coop-casa-lombarda", 404),
                Arguments.of(Users.SOCIAL_FEDERATION, "housing", 404),
                Arguments.of(Users.SOCIAL_FEDERATION, "lombardia", 404),
                Arguments.of(Users.ARCOBALENO, "coop-arcobaleno", 200),
                Arguments.of(Users.ARCOBALENO, "coop-il-melograno", 404),
                Arguments.of(Users.ARCOBALENO, "lombardia", 404),
                Arguments.of(Users.ARCOBALENO, "nazionale", 404),
                Arguments.of(Users.ARCOBALENO, "does-not-exist", 404));
    }

    @ParameterizedTest(name = "{0} reading tenant {1} gets {2}")
    @MethodSource("tenantReads")
    void tenantVisibilityFollowsTheTreeAndTheSectorAxis(String user, String tenant, int status) {
        Http.Response r = Http.get("/api/tenants/" + tenant, Users.token(user));
        assertEquals(status, r.status(), r::toString);
    }

    static Stream<Arguments> memberReads() {
        return Stream.of(
                Arguments.of(Users.NATIONAL, 200),
                Arguments.of(Users.LOMBARDIA, 200),
                Arguments.of(Users.ARCOBALENO, 200),
                // a federation's role never reads people, whichever cooperative: refused by role before any lookup
                Arguments.of(Users.SOCIAL_FEDERATION, 403),
                Arguments.of(Users.MEMBER, 403));
    }

    @ParameterizedTest(name = "{0} reading an Arcobaleno member through the parent path gets {1}")
    @MethodSource("memberReads")
    void membersAreReadByTheTenantAndItsTerritorialAncestorsOnly(String user, int status) {
        Http.Response r = Http.get("/api/tenants/coop-arcobaleno/members/" + ARCOBALENO_MEMBER, Users.token(user));
        assertEquals(status, r.status(), r::toString);
    }

    @Test
    void anotherCooperativesMemberIs404ByEveryPath() {
        String token = Users.token(girasoleAdmin);
        assertEquals(404, Http.get("/api/members/" + ARCOBALENO_MEMBER, token).status(), "not in Girasole's schema");
        assertEquals(404, Http.get("/api/tenants/coop-arcobaleno/members/" + ARCOBALENO_MEMBER, token).status());
        assertEquals(404, Http.get("/api/tenants/coop-arcobaleno/members", token).status());
        assertEquals(404, Http.get("/api/tenants/coop-arcobaleno", token).status());
        assertEquals(404, Http.get("/api/tenants/coop-arcobaleno/figures", token).status());
        assertEquals(404, Http.get("/api/tenants/coop-arcobaleno/children", token).status());
    }

    @Test
    void aMemberWrittenByOneCooperativeLivesOnlyInItsSchema() {
        String fiscal = fiscalCodeFor(randomLetters(3) + "LNE80A41H501X");
        Http.Response created = Http.post("/api/members", Users.token(girasoleAdmin),
                "{\"fiscalCode\":\"" + fiscal + "\",\"givenName\":\"Elena\",\"familyName\":\"Girasoli\"}");
        assertEquals(201, created.status(), created::toString);
        assertEquals(200, Http.get("/api/members/" + fiscal, Users.token(girasoleAdmin)).status());
        assertEquals(404, Http.get("/api/members/" + fiscal, Users.token(Users.ARCOBALENO)).status());
        assertEquals(404, Http.get("/api/tenants/coop-girasole/members/" + fiscal, Users.token(Users.LOMBARDIA)).status());
        assertEquals(200, Http.get("/api/tenants/coop-girasole/members/" + fiscal, Users.token(Users.NATIONAL)).status());
    }

    @Test
    void everyParentReadIsAudited() {
        long before = Db.count("SELECT count(*) FROM control.audit_event WHERE action = 'PARENT_READ' AND actor = ?", Users.LOMBARDIA);
        assertEquals(200, Http.get("/api/tenants/coop-arcobaleno/members/" + ARCOBALENO_MEMBER, Users.token(Users.LOMBARDIA)).status());
        assertEquals(200, Http.get("/api/tenants/coop-arcobaleno/members?q=rossi", Users.token(Users.LOMBARDIA)).status());
        long after = Db.count("SELECT count(*) FROM control.audit_event WHERE action = 'PARENT_READ' AND actor = ?", Users.LOMBARDIA);
        assertEquals(before + 2, after);
    }

    @Test
    void aCooperativeAdminCannotCreateUsersForAnotherTenant() {
        Http.Response r = Http.post("/api/users", Users.token(Users.ARCOBALENO), "{\"username\":\"it.intruder\","
                + "\"displayName\":\"X\",\"password\":\"" + Users.DEMO_PASSWORD + "\",\"tenant\":\"coop-girasole\",\"roles\":[\"coop-admin\"]}");
        assertEquals(404, r.status(), r::toString);
    }

    /** A different surname part on every run, so the test can run again against the same database. */
    static String randomLetters(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('B' + java.util.concurrent.ThreadLocalRandom.current().nextInt(24)));
        }
        return b.toString();
    }

    /** Replaces the last character with the right check character, so the test's codice fiscale is valid. */
    static String fiscalCodeFor(String sixteen) {
        String first15 = sixteen.substring(0, 15);
        int[] odd = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? odd[v] : v;
        }
        return first15 + (char) ('A' + sum % 26);
    }
}
