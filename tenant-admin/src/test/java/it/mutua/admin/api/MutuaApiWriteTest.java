package it.mutua.admin.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calls the admin screens make beyond reading tenants: what goes over the wire and how answers are read. */
class MutuaApiWriteTest {

    private static final Caller ADMIN = Caller.bearer("jwt-9", Locale.ITALIAN);

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
    void creatingATenantPostsOnlyTheFieldsGiven() {
        fake.answer("POST", "/api/tenants", 201, "{\"code\":\"coop-x\",\"kind\":\"COOPERATIVE\",\"name\":\"X\"}");
        Tenant created = api.createTenant(new NewTenant("COOPERATIVE", "coop-x", "X", "lombardia", "social", null,
                "12345678901", "03"), ADMIN);
        var body = Json.createReader(new java.io.StringReader(fake.last().body())).readObject();
        assertAll(
                () -> assertEquals("coop-x", created.code()),
                () -> assertEquals("Bearer jwt-9", fake.last().header("Authorization")),
                () -> assertEquals("lombardia", body.getString("parent")),
                () -> assertFalse(body.containsKey("sector"), "null fields are left out: " + body));
    }

    @Test
    void creatingAUserNeverLogsItsPasswordAndSendsTheRoles() {
        fake.answer("POST", "/api/users", 201, "{\"id\":5,\"username\":\"a.b\",\"tenantId\":6,\"roles\":[\"coop-admin\"]}");
        NewUser user = new NewUser("a.b", "A B", "very-secret-1", "coop-x", List.of("coop-admin"));
        UserAccount created = api.createUser(user, ADMIN);
        assertEquals(List.of("coop-admin"), created.roles());
        assertTrue(fake.last().body().contains("\"roles\":[\"coop-admin\"]"));
        assertFalse(user.toString().contains("very-secret-1"));
    }

    @Test
    void childrenCanBeFilteredByKindAndRegion() {
        fake.answer("GET", "/api/tenants/nazionale/children", 200, "{\"items\":[],\"page\":0,\"size\":1,\"total\":42}");
        Page<Tenant> page = api.children("nazionale", PageRequest.of(0, 1), "COOPERATIVE", "09", ADMIN);
        assertEquals(42, page.total());
        assertEquals("page=0&size=1&kind=COOPERATIVE&region=09", fake.last().uri().getRawQuery());
    }

    @Test
    void figuresReadTheTenantsBelowAndItsOwnRow() {
        fake.answer("GET", "/api/tenants/coop-x/figures", 200,
                "{\"tenant\":\"coop-x\",\"figures\":{\"tenants.COOPERATIVE\":0},\"own\":{\"members\":12}}");
        Figures figures = api.figures("coop-x", ADMIN);
        assertEquals(new BigDecimal(12), figures.total("members"));
        assertEquals(BigDecimal.ZERO, figures.value("members"));
    }

    @Test
    void draftsArePostedAsTheOverlayJsonAndTheEffectivePlanIsAskedForATenantAndDate() {
        fake.answer("POST", "/api/plans/P1/drafts", 201, "{\"planCode\":\"P1\",\"version\":2,\"status\":\"DRAFT\"}");
        var draft = Json.createObjectBuilder().add("effectiveFrom", "2027-01-01").add("changes", Json.createArrayBuilder()).build();
        assertEquals(2, api.createDraft("P1", draft, ADMIN).getInt("version"));
        assertEquals(draft, Json.createReader(new java.io.StringReader(fake.last().body())).readObject());

        fake.answer("GET", "/api/plans/P1/effective", 200, "{\"planCode\":\"P1\",\"fields\":[]}");
        api.effectivePlan("P1", "coop-x", LocalDate.of(2026, 6, 1), ADMIN);
        assertEquals("tenant=coop-x&date=2026-06-01", fake.last().uri().getRawQuery());
    }

    @Test
    void aLockConflictOnPublishComesBackWithTheApisMessage() {
        fake.answer("POST", "/api/plans/P1/drafts/1/publish", 409,
                "{\"status\":409,\"code\":\"plan.field.locked\",\"message\":\"Il campo x è bloccato da N\",\"violations\":[]}");
        ApiException e = assertThrows(ApiException.class, () -> api.publishDraft("P1", 1, ADMIN));
        assertEquals(409, e.status());
        assertEquals("Il campo x è bloccato da N", e.error().message());
    }

    @Test
    void theMigrationOverviewReadsTheLatestRunAndItsProgress() {
        fake.answer("GET", "/api/admin/migrations", 200, "{\"targetVersion\":5,\"latest\":{\"id\":1,\"targetVersion\":5,"
                + "\"status\":\"RUNNING\",\"total\":200,\"migrated\":50,\"skipped\":40,\"failed\":10}}");
        MigrationOverview overview = api.migrations(ADMIN);
        assertTrue(overview.latest().running());
        assertEquals(0.5, overview.latest().progress(), 1e-9);
        fake.answer("GET", "/api/admin/migrations", 200, "{\"targetVersion\":5}");
        assertEquals(null, api.migrations(ADMIN).latest());
    }
}
