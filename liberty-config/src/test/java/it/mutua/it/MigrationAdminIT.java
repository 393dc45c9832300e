package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/** The migration runner's admin endpoint: only national starts it, progress is readable, every tenant ends at target. */
class MigrationAdminIT {

    @Test
    void nationalStartsARunAndFollowsItToTheEnd() throws InterruptedException {
        String token = Users.token(Users.NATIONAL);
        Http.Response started = Http.post("/api/admin/migrations", token, null);
        assertTrue(started.status() == 202 || started.status() == 409, started::toString);
        int target = started.status() == 202 ? started.json().getInt("targetVersion") : -1;
        String status = "";
        for (int i = 0; i < 120 && !"SUCCEEDED".equals(status); i++) {
            Thread.sleep(500);
            var latest = Http.get("/api/admin/migrations", token).json();
            target = latest.getInt("targetVersion");
            status = latest.isNull("latest") ? "" : latest.getJsonObject("latest").getString("status");
        }
        assertEquals("SUCCEEDED", status);
        assertEquals(0, Db.count("SELECT count(*) FROM control.tenant WHERE status IN ('ACTIVE','SUSPENDED') AND schema_version <> ?", target),
                "every tenant is at the target version");
    }

    @Test
    void otherRolesCannotStartARun() {
        assertEquals(403, Http.post("/api/admin/migrations", Users.token(Users.LOMBARDIA), null).status());
        assertEquals(403, Http.post("/api/admin/migrations", Users.token(Users.ARCOBALENO), null).status());
        assertEquals(401, Http.post("/api/admin/migrations", null, null).status());
    }
}
