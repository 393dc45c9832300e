package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

class PlatformIT {

    @Test
    void readinessIsUpWhenTheDatabaseAnswers() {
        Http.Response r = Http.get("/health/ready", null);
        assertEquals(200, r.status(), r::toString);
        assertEquals("UP", r.json().getString("status"));
    }

    @Test
    void theOpenApiDocumentDescribesTheTenantApi() {
        Http.Response r = Http.send("GET", "/openapi", null, null);
        assertEquals(200, r.status());
        assertTrue(r.body().contains("/api/tenants"), "tenant API documented");
        assertTrue(r.body().contains("/api/auth/token"), "token endpoint documented");
    }

    @Test
    void unknownPathsAnswerJson404() {
        Http.Response r = Http.get("/api/does-not-exist", Users.token(Users.NATIONAL));
        assertEquals(404, r.status());
        assertEquals("request.not_found", r.code());
    }

    @Test
    void theAdminApplicationIsDeployedAtAdmin() {
        Http.Response r = Http.send("GET", "/admin/login", null, null);
        assertEquals(200, r.status());
        assertTrue(r.body().toLowerCase().contains("<html"), "an HTML page");
    }
}
