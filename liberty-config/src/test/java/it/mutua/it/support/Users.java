package it.mutua.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Signs in demo users (and users the tests create) through the real token endpoint, caching their tokens. */
public final class Users {

    public static final String DEMO_PASSWORD = "Mutua-demo-2026";
    public static final String NATIONAL = "admin.nazionale";
    public static final String LOMBARDIA = "admin.lombardia";
    public static final String SOCIAL_FEDERATION = "admin.social";
    public static final String ARCOBALENO = "admin.arcobaleno";
    public static final String MEMBER = "socio.demo";
    public static final String CLAIMS_OFFICER = "liquidatore";
    public static final String AUDITOR = "revisore";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    static {
        TestJwks.ensureRunning();
    }

    private Users() {
    }

    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> login(u, DEMO_PASSWORD));
    }

    public static String login(String username, String password) {
        TestJwks.ensureRunning();
        Http.Response r = Http.post("/api/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, r.status(), () -> "login of " + username + ": " + r);
        return r.json().getString("access_token");
    }

    /** Creates a user of {@code tenantCode} with one role, as the national administrator, and returns its username. */
    public static String create(String tenantCode, String role) {
        String username = "it." + role + "." + UUID.randomUUID().toString().substring(0, 8);
        Http.Response r = Http.post("/api/users", token(NATIONAL), "{\"username\":\"" + username
                + "\",\"displayName\":\"Utente di prova\",\"password\":\"" + DEMO_PASSWORD + "\",\"tenant\":\""
                + tenantCode + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, r.status(), () -> "create user: " + r);
        return username;
    }

    /** A short random suffix so tests can run again against the same database. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
