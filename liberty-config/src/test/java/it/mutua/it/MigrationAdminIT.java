package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/** The migration runner's admin endpoint: only national starts it, progress is readable, every tenant ends at target. */
class MigrationAdminIT {

    @Test
    void aTenantWhoseSchemaIsBehindIsHeldBackUntilTheRunnerBringsItUp() throws InterruptedException {
        String code = "coop-indietro-" + Users.unique();
        assertEquals(201, Http.post("/api/tenants", Users.token(Users.NATIONAL),
                TenantApiIT.cooperative(code, "nazionale", "social", "12")).status());
        String admin = Users.token(Users.create(code, "coop-admin"));
        Db.simulateOutdatedSchema(code);

        Http.Response held = Http.get("/api/me", admin);
        assertEquals(503, held.status(), held::toString);
        assertEquals("tenant.schema_outdated", held.code());

        runToCompletion(Users.token(Users.NATIONAL));
        assertEquals(200, Http.get("/api/me", admin).status(), "served again once migrated");
        assertEquals(200, Http.get("/api/tenants/nazionale", Users.token(Users.NATIONAL)).status(), "others were never held");
    }

    @Test
    void nationalStartsARunAndFollowsItToTheEnd() throws InterruptedException {
        runToCompletion(Users.token(Users.NATIONAL));
    }

    private static void runToCompletion(String token) throws InterruptedException {
        long previousRun = latestRunId(token);
        Http.Response started = Http.post("/api/admin/migrations", token, null);
        assertEquals(202, started.status(), started::toString);
        int target = started.json().getInt("targetVersion");
        String status = "";
        for (int i = 0; i < 120 && !"SUCCEEDED".equals(status); i++) {
            Thread.sleep(250);
            var latest = Http.get("/api/admin/migrations", token).json();
            if (latest.containsKey("latest") && latest.getJsonObject("latest").getJsonNumber("id").longValue() > previousRun) {
                status = latest.getJsonObject("latest").getString("status");
            }
        }
        assertEquals("SUCCEEDED", status, "the new run finished");
        assertEquals(0, Db.count("SELECT count(*) FROM control.tenant WHERE status IN ('ACTIVE','SUSPENDED') AND schema_version <> ?", target),
                "every tenant is at the target version");
    }

    private static long latestRunId(String token) {
        var overview = Http.get("/api/admin/migrations", token).json();
        // JSON-B leaves out null fields: no "latest" before the first run
        return overview.containsKey("latest") ? overview.getJsonObject("latest").getJsonNumber("id").longValue() : 0;
    }

    @Test
    void otherRolesCannotStartARun() {
        assertEquals(403, Http.post("/api/admin/migrations", Users.token(Users.LOMBARDIA), null).status());
        assertEquals(403, Http.post("/api/admin/migrations", Users.token(Users.ARCOBALENO), null).status());
        assertEquals(401, Http.post("/api/admin/migrations", null, null).status());
    }
}
