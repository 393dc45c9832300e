package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * What the claim ITs share: a fresh member of coop-arcobaleno with their own member login (so ceilings start at zero
 * on every run), claim bodies, deterministic sampling, and raw uploads.
 */
final class ClaimFixtures {

    static final String IBAN = "IT60X0542811101000000123456";
    static final int YEAR = LocalDate.now().getYear();
    /** A service date this year, before today, after the temporary adapter's enrolment start (1 January). */
    static final LocalDate SERVICE_DAY = LocalDate.now().minusDays(1).getYear() == YEAR
            ? LocalDate.now().minusDays(1) : LocalDate.now();

    /** A member just registered in coop-arcobaleno, and their token. */
    record Member(String fiscalCode, String username, String token) {
    }

    private ClaimFixtures() {
    }

    static Member freshMember() {
        String fiscal = IsolationIT.fiscalCodeFor(IsolationIT.randomLetters(3) + "LNE80A41H501X");
        Http.Response created = Http.post("/api/members", Users.token(Users.ARCOBALENO),
                "{\"fiscalCode\":\"" + fiscal + "\",\"givenName\":\"Elena\",\"familyName\":\"Prova\"}");
        assertEquals(201, created.status(), created::toString);
        String username = "it.socio." + Users.unique();
        Http.Response user = Http.post("/api/users", Users.token(Users.NATIONAL), "{\"username\":\"" + username
                + "\",\"displayName\":\"Socia di prova\",\"password\":\"" + Users.DEMO_PASSWORD
                + "\",\"tenant\":\"coop-arcobaleno\",\"roles\":[\"member\"],\"memberRef\":\"" + fiscal + "\"}");
        assertEquals(201, user.status(), user::toString);
        return new Member(fiscal, username, Users.login(username, Users.DEMO_PASSWORD));
    }

    /** No random sampling, review above €1,000 and for dental: what the claim ITs expect. */
    static void deterministicSampling() {
        Http.Response r = Http.send("PUT", "/api/claim-office/sampling-rules", Users.token(Users.NATIONAL),
                "{\"randomPercent\":0,\"valueThreshold\":1000,\"alwaysReviewed\":[\"DENTAL\"]}");
        assertEquals(200, r.status(), r::toString);
    }

    static String line(String benefit, String regime, String amount, LocalDate service, LocalDate invoice) {
        return "{\"benefit\":\"" + benefit + "\",\"regime\":\"" + regime + "\",\"provider\":\"Centro prova\","
                + "\"serviceDate\":\"" + service + "\",\"invoiced\":" + amount + ",\"invoiceNumber\":\"F-"
                + Users.unique() + "\",\"invoiceDate\":\"" + invoice + "\"}";
    }

    static String claim(String fiscalCode, String memberTenant, String... lines) {
        return "{" + (fiscalCode == null ? "" : "\"fiscalCode\":\"" + fiscalCode + "\",")
                + (memberTenant == null ? "" : "\"memberTenant\":\"" + memberTenant + "\",")
                + "\"iban\":\"" + IBAN + "\",\"payeeName\":\"Elena Prova\",\"lines\":[" + String.join(",", lines) + "]}";
    }

    static String diagnostics(String regime, String amount) {
        return line("HIGH_SPECIALISATION_DIAGNOSTICS", regime, amount, SERVICE_DAY, SERVICE_DAY);
    }

    static String visit(String amount) {
        return line("SPECIALIST_VISITS", "COOPERATIVE_NETWORK", amount, SERVICE_DAY, SERVICE_DAY);
    }

    /**
     * HTTP/1.1 for uploads: with the JDK client's default h2c upgrade, Liberty 26.0.0.3 was seen parking a thread
     * forever on a 413 answered before the body was read (docs/PERFORMANCE.md); the server now drains refused
     * bodies, and the tests keep the upload path on the protocol real browsers use for it.
     */
    private static final HttpClient UPLOADS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Uploads raw bytes as an attachment (the server decides the type by content). */
    static Http.Response upload(long claimId, String token, String name, byte[] bytes) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE + "/api/claims/" + claimId
                        + "/attachments?name=" + name)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Accept-Language", "en").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
            HttpResponse<String> r = UPLOADS.send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException("upload failed", e);
        }
    }

    static byte[] download(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), () -> path + " " + new String(r.body()));
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static long nationalSchemaCount(String sql, Object... args) {
        long national = Http.get("/api/tenants/nazionale", Users.token(Users.NATIONAL)).json().getJsonNumber("id")
                .longValue();
        return it.mutua.it.support.Db.count(sql.replace("{n}", "t_" + national), args);
    }
}
