package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * Constituting a regional mutual: one audited step creates the REGIONAL tenant and moves the region's cooperatives
 * under it; their schemas and data are untouched and the figures follow.
 */
class RegionalConstitutionIT {

    private static final String NATIONAL = Users.token(Users.NATIONAL);

    @Test
    void allCooperativesOfARegionMoveUnderTheNewMutualAndNothingIsLost() {
        String region = aRegionWithoutARegionalMutual();
        String suffix = Users.unique();
        String coopA = "coop-reg-a-" + suffix;
        String coopB = "coop-reg-b-" + suffix;
        assertEquals(201, Http.post("/api/tenants", NATIONAL, TenantApiIT.cooperative(coopA, "nazionale", "social", region)).status());
        assertEquals(201, Http.post("/api/tenants", NATIONAL, TenantApiIT.cooperative(coopB, "nazionale", "community", region)).status());
        String coopAdmin = Users.create(coopA, "coop-admin");
        String fiscal = IsolationIT.fiscalCodeFor(IsolationIT.randomLetters(3) + "LCU75C12F839X");
        assertEquals(201, Http.post("/api/members", Users.token(coopAdmin),
                "{\"fiscalCode\":\"" + fiscal + "\",\"givenName\":\"Luca\",\"familyName\":\"Bianchi\"}").status());
        long nationalCooperativesBefore = figure("nazionale", "tenants.COOPERATIVE");

        String regionalCode = "mutua-reg-" + region + "-" + suffix;
        Http.Response r = Http.post("/api/regional-mutuals", NATIONAL, "{\"code\":\"" + regionalCode
                + "\",\"name\":\"Mutua regionale di prova\",\"region\":\"" + region + "\",\"allCooperativesOfRegion\":true}");
        assertEquals(201, r.status(), r::toString);
        List<String> moved = r.json().getJsonArray("moved").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertTrue(moved.containsAll(List.of(coopA, coopB)), "both cooperatives moved: " + moved);

        JsonObject regional = r.json().getJsonObject("regional");
        JsonObject a = Http.get("/api/tenants/" + coopA, NATIONAL).json();
        assertEquals(regionalCode, a.getString("parentCode"));
        assertTrue(a.getString("path").startsWith(regional.getString("path")), "the path follows the new parent");

        assertEquals(200, Http.get("/api/members/" + fiscal, Users.token(coopAdmin)).status(), "the cooperative's data is untouched");
        String regionalAdmin = Users.create(regionalCode, "regional-admin");
        assertEquals(200, Http.get("/api/tenants/" + coopA + "/members/" + fiscal, Users.token(regionalAdmin)).status(),
                "the new mutual reads its cooperatives' members");
        assertEquals(moved.size(), figure(regionalCode, "tenants.COOPERATIVE"), "the regional figures include the moved cooperatives");
        assertEquals(1, ownFigure(coopA, "members"));
        // other tests (SeedIT) may have cooperatives with members in the same region: count only what moved
        assertEquals(moved.stream().mapToLong(c -> ownFigure(c, "members")).sum(), figure(regionalCode, "members"),
                "the regional figures include the moved cooperatives' members");
        assertEquals(nationalCooperativesBefore, figure("nazionale", "tenants.COOPERATIVE"), "national still counts them");
        assertEquals(1, Db.count("SELECT count(*) FROM control.audit_event WHERE action = 'REGIONAL_CONSTITUTED' AND target_tenant_id = ?",
                regional.getJsonNumber("id").longValue()));

        Http.Response again = Http.post("/api/regional-mutuals", NATIONAL, "{\"code\":\"altra-" + suffix
                + "\",\"name\":\"Doppione\",\"region\":\"" + region + "\",\"allCooperativesOfRegion\":true}");
        assertEquals(409, again.status(), "one regional mutual per region: " + again);
    }

    @Test
    void aListNamingACooperativeOfAnotherRegionIsRefusedWholeAndCreatesNothing() {
        String region = aRegionWithoutARegionalMutual();
        long tenantsBefore = Db.tenants();
        long schemasBefore = Db.tenantSchemas();
        Http.Response r = Http.post("/api/regional-mutuals", NATIONAL, "{\"code\":\"mutua-sbagliata-" + Users.unique()
                + "\",\"name\":\"Sbagliata\",\"region\":\"" + region + "\",\"cooperatives\":[\"coop-arcobaleno\"]}");
        assertEquals(400, r.status(), r::toString);
        assertEquals(tenantsBefore, Db.tenants(), "the regional tenant was rolled back too");
        assertEquals(schemasBefore, Db.tenantSchemas(), "and so was its schema");
    }

    @Test
    void onlyTheNationalAdministrationConstitutesARegionalMutual() {
        Http.Response r = Http.post("/api/regional-mutuals", Users.token(Users.LOMBARDIA),
                "{\"code\":\"mutua-x\",\"name\":\"X\",\"region\":\"05\",\"allCooperativesOfRegion\":true}");
        assertEquals(403, r.status());
    }

    /** A tenant's own figure (not its subtree's). */
    private static long ownFigure(String tenant, String metric) {
        Http.Response r = Http.get("/api/tenants/" + tenant + "/figures", NATIONAL);
        assertEquals(200, r.status(), r::toString);
        var own = r.json().getJsonObject("own");
        return own != null && own.containsKey(metric) ? own.getJsonNumber(metric).longValue() : 0;
    }

    private static long figure(String tenant, String metric) {
        Http.Response r = Http.get("/api/tenants/" + tenant + "/figures", NATIONAL);
        assertEquals(200, r.status(), r::toString);
        var figures = r.json().getJsonObject("figures");
        return figures.containsKey(metric) ? figures.getJsonNumber(metric).longValue() : 0;
    }

    /** Each run constitutes a new mutual, so pick a region that has none yet (the IT database may be reused). */
    static String aRegionWithoutARegionalMutual() {
        for (int r = 20; r >= 4; r--) {
            String code = String.format("%02d", r);
            if (Db.count("SELECT count(*) FROM control.tenant WHERE kind = 'REGIONAL' AND region = ?", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("every region already has a regional mutual: run mvn clean");
    }
}
