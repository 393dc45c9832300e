package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Http;
import it.mutua.it.support.TestJwks;
import it.mutua.it.support.Users;

class AuthIT {

    @Test
    void aValidPasswordGivesASignedTokenThatOpensTheApi() {
        Http.Response r = Http.post("/api/auth/token", null,
                "{\"username\":\"admin.nazionale\",\"password\":\"" + Users.DEMO_PASSWORD + "\"}");
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.json().getJsonNumber("expires_in").longValue() > 0);
        String token = r.json().getString("access_token");
        assertEquals(3, token.split("\\.").length, "a JWS compact serialization");
        Http.Response me = Http.get("/api/me", token);
        assertEquals(200, me.status(), me::toString);
        assertEquals("nazionale", me.json().getJsonObject("tenant").getString("code"));
    }

    @Test
    void aWrongPasswordIsRefusedWith401AndAMessageInTheCallersLanguage() {
        String body = "{\"username\":\"admin.lombardia\",\"password\":\"not-the-password\"}";
        Http.Response it = Http.send("POST", "/api/auth/token", null, body, "it");
        Http.Response en = Http.send("POST", "/api/auth/token", null, body, "en");
        assertEquals(401, it.status());
        assertEquals("auth.invalid_credentials", it.code());
        assertEquals("Nome utente o password errati.", it.json().getString("message"));
        assertEquals("Wrong username or password.", en.json().getString("message"));
        assertFalse(it.body().contains("access_token"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String username = Users.create("nazionale", "auditor");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Http.post("/api/auth/token", null,
                    "{\"username\":\"" + username + "\",\"password\":\"wrong-" + i + "\"}").status());
        }
        Http.Response locked = Http.post("/api/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + Users.DEMO_PASSWORD + "\"}");
        assertEquals(401, locked.status(), locked::toString);
        assertEquals("auth.locked", locked.code());
    }

    @Test
    void noTokenOrAGarbageTokenIs401() {
        assertEquals(401, Http.get("/api/me", null).status());
        assertEquals(401, Http.get("/api/me", "not.a.token").status());
        assertEquals(401, Http.get("/api/tenants/nazionale", "eyJhbGciOiJub25lIn0.e30.").status());
    }

    @Test
    void aTokenFromTheConfiguredExternalProviderIsAccepted() {
        long national = nationalId();
        String token = TestJwks.externalToken("mario.esterno", national, List.of("national-admin"),
                Instant.now().plusSeconds(300));
        Http.Response me = Http.get("/api/me", token);
        assertEquals(200, me.status(), me::toString);
        assertEquals("mario.esterno", me.json().getString("username"));
    }

    @Test
    void aTokenSignedByAnUntrustedKeyIs401() {
        String token = TestJwks.rogueToken("intruso", nationalId(), List.of("national-admin"));
        assertEquals(401, Http.get("/api/me", token).status());
        assertEquals(401, Http.get("/api/tenants/nazionale", token).status());
    }

    @Test
    void anExpiredTokenIs401() {
        String token = TestJwks.externalToken("scaduto", nationalId(), List.of("national-admin"),
                Instant.now().minusSeconds(600));
        assertEquals(401, Http.get("/api/me", token).status());
    }

    @Test
    void aTokenNamingATenantThatDoesNotExistIs401() {
        String token = TestJwks.externalToken("fantasma", 987_654_321L, List.of("national-admin"),
                Instant.now().plusSeconds(300));
        Http.Response r = Http.get("/api/tenants/nazionale", token);
        assertEquals(401, r.status(), r::toString);
    }

    @Test
    void aRoleWithoutThePermissionGets403() {
        Http.Response r = Http.post("/api/tenants", Users.token(Users.MEMBER),
                "{\"kind\":\"COOPERATIVE\",\"code\":\"coop-vietata\",\"name\":\"Vietata\"}");
        assertEquals(403, r.status(), r::toString);
    }

    @Test
    void theJwksServesThePublicSigningKeyOnly() {
        Http.Response r = Http.get("/api/auth/jwks", null);
        assertEquals(200, r.status());
        var key = r.json().getJsonArray("keys").getJsonObject(0);
        assertEquals("RSA", key.getString("kty"));
        assertFalse(key.containsKey("d"), "the private exponent must never be published");
    }

    static long nationalId() {
        return Http.get("/api/tenants/nazionale", Users.token(Users.NATIONAL)).json().getJsonNumber("id").longValue();
    }
}
