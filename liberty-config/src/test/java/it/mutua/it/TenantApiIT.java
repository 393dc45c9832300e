package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

class TenantApiIT {

    private static final String NATIONAL = Users.token(Users.NATIONAL);

    /** A valid partita IVA (check digit computed like the kernel does), different on every call. */
    static String freshVatNumber() {
        String first10 = String.format("%07d%03d", (long) (Math.random() * 9_000_000) + 1_000_000, 1 + (int) (Math.random() * 99));
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = first10.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return first10 + (10 - sum % 10) % 10;
    }

    static String cooperative(String code, String parent, String federation, String region) {
        return "{\"kind\":\"COOPERATIVE\",\"code\":\"" + code + "\",\"name\":\"Cooperativa " + code
                + "\",\"parent\":\"" + parent + "\",\"federation\":\"" + federation + "\",\"vatNumber\":\""
                + freshVatNumber() + "\",\"region\":\"" + region + "\"}";
    }

    @Test
    void nationalCreatesACooperativeWithItsOwnSchema() {
        String code = "coop-nuova-" + Users.unique();
        Http.Response r = Http.post("/api/tenants", NATIONAL, cooperative(code, "nazionale", "social", "12"));
        assertEquals(201, r.status(), r::toString);
        JsonObject tenant = r.json();
        long id = tenant.getJsonNumber("id").longValue();
        assertEquals("ACTIVE", tenant.getString("status"));
        assertEquals("nazionale", tenant.getString("parentCode"));
        assertEquals("social", tenant.getString("federationCode"));
        assertTrue(tenant.getString("path").endsWith("/" + id + "/"));
        assertTrue(Db.tableExists("t_" + id, "member"), "the cooperative's schema has the tenant tables");

        String admin = Users.create(code, "coop-admin");
        Http.Response marker = Http.get("/api/diagnostics/tenant-marker", Users.token(admin));
        assertEquals(id, marker.json().getJsonNumber("schemaTenantId").longValue(), "its requests read its own schema");
        assertEquals(1, Db.count("SELECT count(*) FROM control.audit_event WHERE action = 'TENANT_CREATED' AND target_tenant_id = ?", id));
        assertEquals(1, Db.count("SELECT count(*) FROM reporting.tenant_figure WHERE tenant_id = ? AND metric = 'tenants.COOPERATIVE'", id));
    }

    @Test
    void childrenArePagedAndSorted() {
        Http.Response first = Http.get("/api/tenants/nazionale/children?kind=COOPERATIVE&size=2&sort=code", NATIONAL);
        assertEquals(200, first.status(), first::toString);
        var items = first.json().getJsonArray("items");
        assertEquals(2, items.size());
        assertTrue(first.json().getJsonNumber("total").longValue() >= 5, "the demo has cooperatives under national");
        assertTrue(items.getJsonObject(0).getString("code").compareTo(items.getJsonObject(1).getString("code")) < 0);
        Http.Response second = Http.get("/api/tenants/nazionale/children?kind=COOPERATIVE&size=2&page=1&sort=code", NATIONAL);
        assertTrue(items.getJsonObject(1).getString("code")
                .compareTo(second.json().getJsonArray("items").getJsonObject(0).getString("code")) < 0, "page 2 follows page 1");
        assertEquals(400, Http.get("/api/tenants/nazionale/children?size=5000", NATIONAL).status());
    }

    @Test
    void childrenAreFoundByRegionAndByNameCodeOrExactVatNumber() {
        String code = "coop-cerca-" + Users.unique();
        Http.Response created = Http.post("/api/tenants", NATIONAL, cooperative(code, "lombardia", "social", "03"));
        assertEquals(201, created.status(), created::toString);
        String vat = created.json().getString("vatNumber");
        String base = "/api/tenants/lombardia/children?kind=COOPERATIVE&size=200";

        assertEquals(List.of(code), codes(Http.get(base + "&region=03&q=" + code, NATIONAL)), "region and code");
        assertEquals(List.of(), codes(Http.get(base + "&region=08&q=" + code, NATIONAL)), "another region finds nothing");
        assertEquals(List.of(code), codes(Http.get(base + "&region=3&q=" + vat, NATIONAL)), "exact VAT number, region 3 = 03");
        assertEquals(List.of(), codes(Http.get(base + "&q=" + vat.substring(0, 8), NATIONAL)), "a VAT number matches only whole");
        assertTrue(codes(Http.get(base + "&q=COOPERATIVA%20" + code.toUpperCase(), NATIONAL)).contains(code),
                "the name, ignoring case");
        Http.Response unknownRegion = Http.get(base + "&region=99", NATIONAL);
        assertEquals(400, unknownRegion.status(), unknownRegion::toString);
        assertEquals("region", unknownRegion.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void figuresGiveTheTenantsBelowAndTheTenantsOwnRowApart() {
        Http.Response coop = Http.get("/api/tenants/coop-arcobaleno/figures", NATIONAL);
        assertEquals(200, coop.status(), coop::toString);
        JsonObject own = coop.json().getJsonObject("own");
        assertTrue(own.getJsonNumber("members").longValue() >= 1, "the demo member is the cooperative's own: " + coop);
        assertFalse(own.keySet().stream().anyMatch(k -> k.startsWith("tenants.")), "a tenant does not count itself: " + own);
        assertEquals(0, coop.json().getJsonObject("figures").getJsonNumber("tenants.COOPERATIVE").longValue(), "nothing below a cooperative");
        JsonObject lombardy = Http.get("/api/tenants/lombardia/figures", NATIONAL).json();
        assertTrue(lombardy.getJsonObject("figures").getJsonNumber("members").longValue() >= own.getJsonNumber("members").longValue(),
                "the region's figures include the cooperative's members");
    }

    private static List<String> codes(Http.Response page) {
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    @Test
    void aFederationListsTheCooperativesOfItsSector() {
        Http.Response r = Http.get("/api/tenants/social/children?size=200", Users.token(Users.SOCIAL_FEDERATION));
        assertEquals(200, r.status(), r::toString);
        assertFalse(r.json().getJsonArray("items").isEmpty());
        r.json().getJsonArray("items").forEach(v -> assertEquals("social", v.asJsonObject().getString("federationCode")));
    }

    @Test
    void renamingAndSuspendingAreAuditedAndSuspensionLocksTheTenantsUsersOut() {
        String code = "coop-sospesa-" + Users.unique();
        assertEquals(201, Http.post("/api/tenants", NATIONAL, cooperative(code, "nazionale", "housing", "08")).status());
        String admin = Users.create(code, "coop-admin");
        String adminToken = Users.token(admin);

        Http.Response renamed = Http.patch("/api/tenants/" + code, NATIONAL, "{\"name\":\"Nuovo nome cooperativa\"}");
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("Nuovo nome cooperativa", renamed.json().getString("name"));

        assertEquals("SUSPENDED", Http.post("/api/tenants/" + code + "/suspend", NATIONAL, null).json().getString("status"));
        assertEquals(403, Http.get("/api/me", adminToken).status(), "a suspended tenant's token no longer opens the API");
        assertEquals(403, Http.post("/api/auth/token", null,
                "{\"username\":\"" + admin + "\",\"password\":\"" + Users.DEMO_PASSWORD + "\"}").status());
        assertEquals(409, Http.post("/api/tenants/" + code + "/suspend", NATIONAL, null).status(), "already suspended");

        assertEquals("ACTIVE", Http.post("/api/tenants/" + code + "/reactivate", NATIONAL, null).json().getString("status"));
        assertEquals(200, Http.get("/api/me", adminToken).status());
        long id = Http.get("/api/tenants/" + code, NATIONAL).json().getJsonNumber("id").longValue();
        assertEquals(3, Db.count("SELECT count(*) FROM control.audit_event WHERE target_tenant_id = ? "
                + "AND action IN ('TENANT_RENAMED','TENANT_SUSPENDED','TENANT_REACTIVATED')", id));
    }

    @Test
    void aCooperativeCannotAdministerItself() {
        Http.Response r = Http.post("/api/tenants/coop-arcobaleno/suspend", Users.token(Users.ARCOBALENO), null);
        assertEquals(403, r.status(), r::toString);
    }

    @Test
    void aRegionalAdministratorCreatesCooperativesOnlyUnderItsOwnMutual() {
        String lombardia = Users.token(Users.LOMBARDIA);
        Http.Response own = Http.post("/api/tenants", lombardia, cooperative("coop-lomb-" + Users.unique(), "lombardia", "social", "03"));
        assertEquals(201, own.status(), own::toString);
        assertEquals("lombardia", own.json().getString("parentCode"));
        Http.Response elsewhere = Http.post("/api/tenants", lombardia, cooperative("coop-altrove-" + Users.unique(), "nazionale", "social", "12"));
        assertEquals(400, elsewhere.status(), "national is an ancestor of Lombardy, invisible to it: " + elsewhere);
    }

    static Stream<Arguments> badRequests() {
        String vat = freshVatNumber();
        return Stream.of(
                Arguments.of("malformed JSON", "{\"kind\": \"COOPERATIVE\", \"code\": ", 400),
                Arguments.of("not an object", "[1,2,3]", 400),
                Arguments.of("unknown kind", "{\"kind\":\"PLANET\",\"code\":\"coop-x1\",\"name\":\"X\",\"parent\":\"nazionale\"}", 400),
                Arguments.of("hostile code", cooperative("a; drop schema control", "nazionale", "social", "12"), 400),
                Arguments.of("5,000-character code", cooperative("c".repeat(5000), "nazionale", "social", "12"), 400),
                Arguments.of("unicode code", cooperative("coop-città-ü", "nazionale", "social", "12"), 400),
                Arguments.of("reserved code", cooperative("control", "nazionale", "social", "12"), 400),
                Arguments.of("federation as territorial parent", cooperative("coop-x2", "social", "social", "12"), 400),
                Arguments.of("unknown parent", cooperative("coop-x3", "nessuno", "social", "12"), 400),
                Arguments.of("cooperative in Lombardy directly under national", cooperative("coop-x4", "nazionale", "social", "03"), 400),
                Arguments.of("region differs from the regional mutual", cooperative("coop-x5", "lombardia", "social", "12"), 400),
                Arguments.of("unknown region", cooperative("coop-x6", "nazionale", "social", "99"), 400),
                Arguments.of("invalid partita IVA", "{\"kind\":\"COOPERATIVE\",\"code\":\"coop-x7\",\"name\":\"X coop\",\"parent\":\"nazionale\",\"federation\":\"social\",\"vatNumber\":\"12345678901\",\"region\":\"12\"}", 400),
                Arguments.of("missing federation", "{\"kind\":\"COOPERATIVE\",\"code\":\"coop-x8\",\"name\":\"X coop\",\"parent\":\"nazionale\",\"vatNumber\":\"" + vat + "\",\"region\":\"12\"}", 400),
                Arguments.of("second national", "{\"kind\":\"NATIONAL\",\"code\":\"nazionale-bis\",\"name\":\"Seconda\"}", 409),
                Arguments.of("existing code", cooperative("coop-arcobaleno", "lombardia", "social", "03"), 409),
                Arguments.of("second regional mutual for Lombardy", "{\"kind\":\"REGIONAL\",\"code\":\"lombardia-bis\",\"name\":\"Doppia\",\"parent\":\"nazionale\",\"region\":\"03\"}", 409));
    }

    @ParameterizedTest(name = "{0} is refused with {2} and nothing is created")
    @MethodSource("badRequests")
    void badInputIsRefusedWithAMessageAndCreatesNothing(String what, String body, int status) {
        long tenantsBefore = Db.tenants();
        long schemasBefore = Db.tenantSchemas();
        Http.Response r = Http.post("/api/tenants", NATIONAL, body);
        assertEquals(status, r.status(), () -> what + ": " + r);
        assertNotNull(r.code(), "a stable error code");
        assertFalse(r.json().getString("message").isBlank(), "a message a person can act on");
        assertEquals(tenantsBefore, Db.tenants(), "no catalog row");
        assertEquals(schemasBefore, Db.tenantSchemas(), "no schema");
    }

    @Test
    void fieldProblemsNameTheFieldAsTheRequestSpellsIt() {
        Http.Response region = Http.post("/api/tenants", NATIONAL, cooperative("coop-x9", "nazionale", "social", "99"));
        assertEquals("region", region.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Http.Response vat = Http.post("/api/tenants", NATIONAL, "{\"kind\":\"COOPERATIVE\",\"code\":\"coop-x10\",\"name\":\"X coop\","
                + "\"parent\":\"nazionale\",\"federation\":\"social\",\"vatNumber\":\"123\",\"region\":\"12\"}");
        assertEquals("vatNumber", vat.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }
}
