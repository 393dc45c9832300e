package it.mutua.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import it.mutua.it.support.Http;
import it.mutua.it.support.Network;
import it.mutua.it.support.People;
import it.mutua.it.support.Users;

/**
 * What the claim ITs share, on the real wiring: cooperatives that ADOPTED the social-cooperation plan and adhere to
 * it collectively from 1 January (so their workers are covered through the members feature's person index), fresh
 * workers with their own member login (so ceilings start at zero on every run, with codici fiscali random enough never
 * to meet another test's), two national network facilities, claim bodies, deterministic sampling and raw uploads.
 */
final class ClaimFixtures {

    static final String IBAN = "IT60X0542811101000000123456";
    static final String PLAN = "SOCIAL_COOPERATION";
    static final int YEAR = LocalDate.now().getYear();
    /** The first day of the collective adhesion of the fixtures' cooperatives. */
    static final LocalDate ADHESION = LocalDate.of(YEAR, 1, 1);
    /** A service date this year, before today, on or after the adhesion. */
    static final LocalDate SERVICE_DAY = LocalDate.now().minusDays(1).getYear() == YEAR
            ? LocalDate.now().minusDays(1) : LocalDate.now();

    /** A cooperative adhering to the plan: its code and its administrator's token. */
    record Coop(String code, String adminToken) {
    }

    /** A worker of a fixture cooperative, covered from {@link #ADHESION}, with their own login. */
    record Member(String fiscalCode, String username, String token, Coop coop) {
    }

    private static Coop social;
    private static Coop housing;
    private static String cooperativeProvider;
    private static String otherNetworkProvider;

    private ClaimFixtures() {
    }

    /** A social-federation cooperative: its chain raises the national €700 visits ceiling to €800. */
    static synchronized Coop socialCoop() {
        if (social == null) {
            social = adheringCooperative("coop-clm-soc-", "social");
        }
        return social;
    }

    /** A housing-federation cooperative: its chain keeps the national €700 visits ceiling. */
    static synchronized Coop housingCoop() {
        if (housing == null) {
            housing = adheringCooperative("coop-clm-casa-", "housing");
        }
        return housing;
    }

    /** A new cooperative under national, in {@code federation}, that adopts the plan and adheres from January. */
    static Coop adheringCooperative(String prefix, String federation) {
        String code = prefix + Users.unique();
        Http.Response created = Http.post("/api/tenants", Users.token(Users.NATIONAL),
                TenantApiIT.cooperative(code, "nazionale", federation, "09"));
        assertEquals(201, created.status(), created::toString);
        String admin = Users.token(Users.create(code, "coop-admin"));
        Http.Response adopted = PlanApiIT.adopt(PLAN, admin, ADHESION.toString(), true);
        assertEquals(201, adopted.status(), adopted::toString);
        Http.Response adhered = Http.post("/api/enrolments/collective", admin,
                "{\"planCode\":\"" + PLAN + "\",\"from\":\"" + ADHESION + "\"}");
        assertEquals(201, adhered.status(), adhered::toString);
        return new Coop(code, admin);
    }

    /** A worker just hired by the social cooperative (covered from the adhesion), and their member login. */
    static Member freshMember() {
        return freshMember(socialCoop());
    }

    static Member freshMember(Coop coop) {
        return freshMember(coop, "Elena", "Prova");
    }

    /** A worker called {@code givenName familyName} (JSON-safe text: no double quotes or backslashes). */
    static Member freshMember(Coop coop, String givenName, String familyName) {
        String fiscal = People.fiscalCode(1980, 1, 1, true);
        Http.Response created = Http.post("/api/members", coop.adminToken(), "{\"fiscalCode\":\"" + fiscal
                + "\",\"givenName\":\"" + givenName + "\",\"familyName\":\"" + familyName + "\",\"hireDate\":\"" + (YEAR - 1)
                + "-03-01\",\"contractType\":\"INDETERMINATO\",\"iban\":\"" + IBAN + "\"}");
        assertEquals(201, created.status(), created::toString);
        String username = "it.socio." + Users.unique();
        Http.Response user = Http.post("/api/users", Users.token(Users.NATIONAL), "{\"username\":\"" + username
                + "\",\"displayName\":\"Socia di prova\",\"password\":\"" + Users.DEMO_PASSWORD
                + "\",\"tenant\":\"" + coop.code() + "\",\"roles\":[\"member\"],\"memberRef\":\"" + fiscal + "\"}");
        assertEquals(201, user.status(), user::toString);
        return new Member(fiscal, username, Users.login(username, Users.DEMO_PASSWORD), coop);
    }

    /** Adds a spouse to the member's family unit, covered from the adhesion; returns the spouse's codice fiscale. */
    static String spouseOf(Member member) {
        String spouse = People.fiscalCode(1982, 2, 2, false);
        Http.Response r = Http.post("/api/members/" + member.fiscalCode() + "/family", member.coop().adminToken(),
                People.relative("SPOUSE", spouse, "Paolo", "Prova", ADHESION.toString()));
        assertEquals(201, r.status(), r::toString);
        return spouse;
    }

    /** A national facility run by a cooperative provider, under contract since 1 January 2026: its id. */
    static synchronized String cooperativeProvider() {
        if (cooperativeProvider == null) {
            cooperativeProvider = Long.toString(Network.create(Users.token(Users.NATIONAL), Network.facility(
                    "Poliambulatorio Cooperativo " + Users.unique(), Network.randomVat(), "POLIAMBULATORIO",
                    NetworkApiIT.ROMA, 41.9, 12.5, true, "")));
        }
        return cooperativeProvider;
    }

    /** A national facility of another (non-cooperative) provider: its id. */
    static synchronized String otherNetworkProvider() {
        if (otherNetworkProvider == null) {
            otherNetworkProvider = Long.toString(Network.create(Users.token(Users.NATIONAL), Network.facility(
                    "Centro Diagnostico " + Users.unique(), Network.randomVat(), "POLIAMBULATORIO",
                    NetworkApiIT.ROMA, 41.9, 12.5, false, "")));
        }
        return otherNetworkProvider;
    }

    /** No random sampling, review above €1,000 and for dental: what the claim ITs expect. */
    static void deterministicSampling() {
        Http.Response r = Http.send("PUT", "/api/claim-office/sampling-rules", Users.token(Users.NATIONAL),
                "{\"randomPercent\":0,\"valueThreshold\":1000,\"alwaysReviewed\":[\"DENTAL\"]}");
        assertEquals(200, r.status(), r::toString);
    }

    /** A line at a free-text provider, with a declared regime (OUT_OF_NETWORK or SSN_TICKET are accepted). */
    static String line(String benefit, String regime, String amount, LocalDate service, LocalDate invoice) {
        return "{\"benefit\":\"" + benefit + "\",\"regime\":\"" + regime + "\",\"provider\":\"Centro prova\","
                + "\"serviceDate\":\"" + service + "\",\"invoiced\":" + amount + ",\"invoiceNumber\":\"F-"
                + Users.unique() + "\",\"invoiceDate\":\"" + invoice + "\"}";
    }

    /** A line at a network facility: the regime is the registry's, not declared. */
    static String atFacility(String benefit, String facility, String amount, LocalDate service) {
        return "{\"benefit\":\"" + benefit + "\",\"facility\":\"" + facility + "\",\"serviceDate\":\"" + service
                + "\",\"invoiced\":" + amount + ",\"invoiceNumber\":\"F-" + Users.unique() + "\",\"invoiceDate\":\""
                + service + "\"}";
    }

    static String claim(String fiscalCode, String memberTenant, String... lines) {
        return "{" + (fiscalCode == null ? "" : "\"fiscalCode\":\"" + fiscalCode + "\",")
                + (memberTenant == null ? "" : "\"memberTenant\":\"" + memberTenant + "\",")
                + "\"iban\":\"" + IBAN + "\",\"payeeName\":\"Elena Prova\",\"lines\":[" + String.join(",", lines) + "]}";
    }

    /** A member's own claim naming neither IBAN nor payee: paid to the holder's IBAN, in the holder's name. */
    static String claimPayingTheHolder(String... lines) {
        return "{\"lines\":[" + String.join(",", lines) + "]}";
    }

    /** High-specialisation diagnostics: OUT_OF_NETWORK / SSN_TICKET declared, or at a network facility. */
    static String diagnostics(String regime, String amount) {
        return switch (regime) {
            case "COOPERATIVE_NETWORK" -> atFacility("HIGH_SPECIALISATION_DIAGNOSTICS", cooperativeProvider(), amount,
                    SERVICE_DAY);
            case "OTHER_NETWORK" -> atFacility("HIGH_SPECIALISATION_DIAGNOSTICS", otherNetworkProvider(), amount,
                    SERVICE_DAY);
            default -> line("HIGH_SPECIALISATION_DIAGNOSTICS", regime, amount, SERVICE_DAY, SERVICE_DAY);
        };
    }

    /** A specialist visit at the cooperative provider. */
    static String visit(String amount) {
        return atFacility("SPECIALIST_VISITS", cooperativeProvider(), amount, SERVICE_DAY);
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
