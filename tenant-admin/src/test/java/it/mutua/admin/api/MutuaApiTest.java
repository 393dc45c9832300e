package it.mutua.admin.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MutuaApiTest {

    private static final Caller ANONYMOUS_IT = Caller.anonymous(Locale.ITALIAN);
    private static final Caller ADMIN_EN = Caller.bearer("jwt-123", Locale.ENGLISH);

    private FakeApi fake;
    private Jsonb jsonb;
    private HttpClient http;
    private MutuaApi api;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeApi();
        jsonb = JsonbBuilder.create();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        api = new MutuaApi(fake.baseUri(), http, jsonb, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() throws Exception {
        fake.close();
        jsonb.close();
        http.close();
    }

    @Test
    void tokenPostsCredentialsAsJsonAndReadsTheToken() {
        fake.answer("POST", "/api/auth/token", 200,
                "{\"access_token\":\"abc.def.ghi\",\"expires_in\":900,\"token_type\":\"Bearer\"}");

        TokenResponse token = api.token("mario.rossi", "s3gr\"eto", ANONYMOUS_IT);

        FakeApi.Recorded request = fake.last();
        assertAll(
                () -> assertEquals("abc.def.ghi", token.accessToken()),
                () -> assertEquals(900L, token.expiresIn()),
                () -> assertEquals("Bearer", token.tokenType()),
                () -> assertEquals("POST", request.method()),
                () -> assertEquals("application/json", request.header("Content-Type")),
                () -> assertEquals("it", request.header("Accept-Language")),
                () -> assertNull(request.header("Authorization")),
                () -> assertEquals("mario.rossi", jsonb.fromJson(request.body(), Credentials.class).username()),
                () -> assertEquals("s3gr\"eto", jsonb.fromJson(request.body(), Credentials.class).password()));
    }

    @Test
    void wrongCredentialsGiveTheApisLocalizedError() {
        fake.answer("POST", "/api/auth/token", 401,
                "{\"status\":401,\"code\":\"auth.invalid_credentials\",\"message\":\"Credenziali non valide\"}");

        ApiException e = assertThrows(ApiException.class, () -> api.token("mario", "wrong", ANONYMOUS_IT));

        assertAll(
                () -> assertEquals(401, e.status()),
                () -> assertTrue(e.isUnauthorized()),
                () -> assertFalse(e.isClientSide()),
                () -> assertEquals("auth.invalid_credentials", e.code()),
                () -> assertEquals("Credenziali non valide", e.error().message()),
                () -> assertEquals(List.of(), e.error().violations()));
    }

    @Test
    void violationsAreMappedPerField() {
        fake.answer("POST", "/api/auth/token", 400, """
                {"status":400,"code":"validation.failed","message":"Request not valid",
                 "violations":[{"field":"username","message":"must not be blank"},
                               {"field":"password","message":"must not be blank"}]}""");

        ApiException e = assertThrows(ApiException.class, () -> api.token("", "", ANONYMOUS_IT));

        assertEquals(List.of(new ApiError.Violation("username", "must not be blank"),
                new ApiError.Violation("password", "must not be blank")), e.error().violations());
    }

    @Test
    void meSendsTheBearerTokenAndMapsRolesAndTenant() {
        fake.answer("GET", "/api/me", 200, """
                {"username":"admin","displayName":"Anna Bianchi","roles":["national-admin","auditor"],
                 "tenant":{"id":1,"code":"nazionale","name":"Mutua Nazionale","kind":"NATIONAL"},
                 "somethingNew":true}""");

        UserProfile me = api.me(ADMIN_EN);

        assertAll(
                () -> assertEquals("Bearer jwt-123", fake.last().header("Authorization")),
                () -> assertEquals("en", fake.last().header("Accept-Language")),
                () -> assertEquals("Anna Bianchi", me.displayName()),
                () -> assertTrue(me.hasRole("national-admin")),
                () -> assertFalse(me.hasRole("member")),
                () -> assertEquals(new UserProfile.TenantRef(1L, "nazionale", "Mutua Nazionale", "NATIONAL"), me.tenant()));
    }

    @Test
    void tenantMapsEveryField() {
        fake.answer("GET", "/api/tenants/coop-sole", 200, """
                {"id":42,"code":"coop-sole","kind":"COOPERATIVE","name":"Cooperativa Sole","vatNumber":"01234567897",
                 "region":"Lombardia","sector":"HOUSING","parentCode":"lombardia","federationCode":"abitanti",
                 "path":"1.7.42","status":"ACTIVE","schemaVersion":"12",
                 "createdAt":"2026-01-15T10:00:00Z","updatedAt":"2026-02-01T08:30:00+01:00"}""");

        Tenant tenant = api.tenant("coop-sole", ADMIN_EN);

        assertAll(
                () -> assertEquals(42L, tenant.id()),
                () -> assertEquals("COOPERATIVE", tenant.kind()),
                () -> assertEquals("01234567897", tenant.vatNumber()),
                () -> assertEquals("lombardia", tenant.parentCode()),
                () -> assertEquals("abitanti", tenant.federationCode()),
                () -> assertEquals("1.7.42", tenant.path()),
                () -> assertEquals(OffsetDateTime.parse("2026-01-15T10:00:00Z"), tenant.createdAt()),
                () -> assertEquals(OffsetDateTime.parse("2026-02-01T08:30:00+01:00"), tenant.updatedAt()));
    }

    @Test
    void missingFieldsBecomeNull() {
        fake.answer("GET", "/api/tenants/nazionale", 200, "{\"id\":1,\"code\":\"nazionale\",\"kind\":\"NATIONAL\",\"name\":\"Nazionale\"}");

        Tenant tenant = api.tenant("nazionale", ADMIN_EN);

        assertAll(() -> assertEquals("Nazionale", tenant.name()), () -> assertNull(tenant.parentCode()), () -> assertNull(tenant.createdAt()));
    }

    @Test
    void childrenSendsPagingSortAndSearchAndMapsThePage() {
        fake.answer("GET", "/api/tenants/nazionale/children", 200, """
                {"items":[{"id":2,"code":"lombardia","kind":"REGIONAL","name":"Mutua Lombardia"},
                          {"id":3,"code":"abitanti","kind":"FEDERATION","name":"Federazione Abitanti"}],
                 "page":2,"size":50,"total":123}""");

        Page<Tenant> page = api.children("nazionale",
                new PageRequest(2, 50, PageRequest.Sort.desc("code"), " Lombardia & Co "), ADMIN_EN);

        assertAll(
                () -> assertEquals("page=2&size=50&sort=-code&q=Lombardia+%26+Co", fake.last().uri().getRawQuery()),
                () -> assertEquals(2, page.items().size()),
                () -> assertEquals(Tenant.class, page.items().get(0).getClass()),
                () -> assertEquals("Mutua Lombardia", page.items().get(0).name()),
                () -> assertEquals(2, page.page()),
                () -> assertEquals(123L, page.total()));
    }

    @Test
    void childrenWithoutSortOrSearchSendsOnlyPaging() {
        fake.answer("GET", "/api/tenants/nazionale/children", 200, "{\"items\":[],\"page\":0,\"size\":10,\"total\":0}");

        Page<Tenant> page = api.children("nazionale", PageRequest.of(0, 10).matching("   "), ADMIN_EN);

        assertEquals("page=0&size=10", fake.last().uri().getRawQuery());
        assertEquals(List.of(), page.items());
    }

    @Test
    void tenantCodesAreEncodedAsOnePathSegment() {

        assertThrows(ApiException.class, () -> api.tenant("a b/c", ADMIN_EN));
        assertEquals("/api/tenants/a%20b%2Fc", fake.last().uri().getRawPath());
    }

    @Test
    void aNonJsonErrorBodyStillGivesAnError() {
        fake.answerRaw("GET", "/api/me", 502, "text/html", "<html><body>Bad gateway</body></html>");

        ApiException e = assertThrows(ApiException.class, () -> api.me(ADMIN_EN));

        assertAll(
                () -> assertEquals(502, e.status()),
                () -> assertEquals("http.502", e.code()),
                () -> assertTrue(e.error().message().contains("Bad gateway")));
    }

    @Test
    void anEmptyErrorBodyStillGivesAnError() {
        fake.answerRaw("GET", "/api/me", 403, "application/json", "");

        ApiException e = assertThrows(ApiException.class, () -> api.me(ADMIN_EN));

        assertEquals(403, e.status());
        assertEquals("http.403", e.code());
    }

    @Test
    void anUnreadableSuccessBodyIsReportedAsClientSide() {
        fake.answerRaw("GET", "/api/me", 200, "application/json", "{not json");

        ApiException e = assertThrows(ApiException.class, () -> api.me(ADMIN_EN));

        assertEquals(ApiException.UNREADABLE, e.code());
        assertTrue(e.isClientSide());
    }

    @Test
    void anUnreachableApiIsReportedAsClientSide() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        MutuaApi nowhere = new MutuaApi(URI.create("http://127.0.0.1:" + closedPort), http, jsonb, Duration.ofSeconds(2));

        ApiException e = assertThrows(ApiException.class, () -> nowhere.me(ADMIN_EN));

        assertAll(
                () -> assertEquals(0, e.status()),
                () -> assertEquals(ApiException.UNREACHABLE, e.code()),
                () -> assertTrue(e.isClientSide()),
                () -> assertFalse(e.isUnauthorized()));
    }

    @Test
    void callerAndTokenNeverPrintTheToken() {
        assertFalse(ADMIN_EN.toString().contains("jwt-123"));
        assertFalse(new TokenResponse("secret", 1L, "Bearer").toString().contains("secret"));
    }

    /** What the fake API received as login body. */
    public record Credentials(String username, String password) {
    }
}
