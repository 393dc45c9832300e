package it.mutua.it;

import static it.mutua.it.PlanApiIT.adopt;
import static it.mutua.it.PlanApiIT.draft;
import static it.mutua.it.PlanApiIT.field;
import static it.mutua.it.PlanApiIT.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * Adoption and updates pending end to end (ADR 0009): a cooperative keeps the versions it adopted until it adopts the
 * update; the layers in between follow upstream and see the diff; a publication that would break a layer below is
 * refused naming it; concurrent writes answer 409, never 500. Each test works on a plan code and cooperative of its
 * own, so tests are independent and rerunnable on the same database.
 */
class PlanAdoptionIT {

    private static final String NATIONAL = Users.token(Users.NATIONAL);
    private static final String FEDERATION = Users.token(Users.SOCIAL_FEDERATION);
    private static final String LOMBARDIA = Users.token(Users.LOMBARDIA);

    private static String publishNational(String code, int number, String from, String changes) {
        Http.Response created = Http.post("/api/plans/" + code + "/drafts", NATIONAL, draft(from, changes));
        assertEquals(201, created.status(), created::toString);
        assertEquals(number, created.json().getInt("version"));
        Http.Response published = Http.post("/api/plans/" + code + "/drafts/" + number + "/publish", NATIONAL, null);
        assertEquals(200, published.status(), published::toString);
        return code;
    }

    private static Http.Response publishLayer(String token, String code, String from, String changes) {
        Http.Response created = Http.post("/api/plans/" + code + "/drafts", token, draft(from, changes));
        assertEquals(201, created.status(), created::toString);
        return Http.post("/api/plans/" + code + "/drafts/" + created.json().getInt("version") + "/publish", token,
                null);
    }

    private static JsonObject change(JsonObject pending, String path) {
        return pending.getJsonArray("changes").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("path").equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + path + " in " + pending));
    }

    @Test
    void aCooperativeKeepsTheVersionsItAdoptedUntilItAdoptsTheUpdateFromADate() {
        String code = PlanApiIT.publishedBasePlan();
        String[] coop = PlanApiIT.newSocialCooperativeInLombardy();
        Http.Response first = adopt(code, coop[1], "2026-01-01", false);
        assertEquals(201, first.status(), first::toString);
        assertEquals(1, first.json().getInt("adoption"));
        assertEquals("nazionale", first.json().getJsonArray("versions").getJsonObject(0).getString("tenant"));
        assertEquals(1, first.json().getJsonArray("versions").getJsonObject(0).getInt("version"));

        publishNational(code, 2, "2026-07-01", PlanApiIT.baseChanges("66.00", null));
        JsonObject pinned = Http.get("/api/plans/" + code + "/effective?date=2026-08-01", coop[1]).json();
        assertEquals("60.00", field(pinned, "contributions/worker").getString("value"), "still the adopted version");

        Http.Response pending = Http.send("GET", "/api/plans/" + code + "/pending", coop[1], null, "en");
        assertEquals(200, pending.status(), pending::toString);
        assertTrue(pending.json().getBoolean("pending"), pending::toString);
        assertEquals("2026-07-01", pending.json().getString("availableFrom"));
        JsonObject worker = change(pending.json(), "contributions/worker");
        assertEquals("CHANGED", worker.getString("kind"));
        assertEquals("60.00", worker.getJsonObject("before").getString("value"));
        assertEquals("66.00", worker.getJsonObject("after").getString("value"));

        Http.Response early = adopt(code, coop[1], "2026-01-01", false);
        assertEquals(409, early.status(), early::toString);
        assertEquals("plan.adoption.notAfterLatest", early.code());
        Http.Response second = adopt(code, coop[1], "2026-07-01", false);
        assertEquals(201, second.status(), second::toString);
        assertEquals(2, second.json().getJsonArray("versions").getJsonObject(0).getInt("version"));

        assertEquals("66.00", field(Http.get("/api/plans/" + code + "/effective?date=2026-08-01", coop[1]).json(),
                "contributions/worker").getString("value"));
        assertEquals("60.00", field(Http.get("/api/plans/" + code + "/effective?date=2026-03-01", coop[1]).json(),
                "contributions/worker").getString("value"), "what applied before never changes");
        JsonObject history = Http.get("/api/plans/" + code + "/adoptions", coop[1]).json();
        assertEquals(2, history.getJsonArray("adoptions").size());
        assertEquals("2026-06-30", history.getJsonArray("adoptions").getJsonObject(0).getString("effectiveTo"));
        assertFalse(history.getJsonArray("adoptions").getJsonObject(1).containsKey("effectiveTo"));
        assertFalse(Http.get("/api/plans/" + code + "/pending", coop[1]).json().getBoolean("pending"));
    }

    @Test
    void aCooperativeThatHasNotAdoptedSeesTheWholePlanOnOffer() {
        String code = PlanApiIT.publishedBasePlan();
        String[] coop = PlanApiIT.newSocialCooperativeInLombardy();
        JsonObject offer = Http.get("/api/plans/" + code + "/pending", coop[1]).json();
        assertTrue(offer.getBoolean("pending"), offer::toString);
        assertFalse(offer.containsKey("adopted"));
        assertEquals("ADDED", change(offer, "contributions/worker").getString("kind"));
    }

    @Test
    void anAdoptionOfferingAFamilyExtensionThePlanDoesNotPriceIsRefusedAndNothingIsStored() {
        String code = PlanApiIT.publishedBasePlan();
        String[] coop = PlanApiIT.newSocialCooperativeInLombardy();
        Http.Response refused = adopt(code, coop[1], "2026-01-01", true);
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("plan.adoption.noFamilyContributions", refused.code());
        assertEquals(0, Http.get("/api/plans/" + code + "/adoptions", coop[1]).json().getJsonArray("adoptions").size());
        Http.Response beforeTheBase = adopt(code, coop[1], "2025-06-01", false);
        assertEquals(404, beforeTheBase.status(), beforeTheBase::toString);
    }

    @Test
    void aFederationFollowsUpstreamAutomaticallyAndSeesTheUpdateAsPending() {
        String code = PlanApiIT.publishedBasePlan();
        assertEquals(200, publishLayer(FEDERATION, code, "2026-02-01", set("contributions/worker", "\"70.00\""))
                .status());
        assertFalse(Http.get("/api/plans/" + code + "/pending", FEDERATION).json().getBoolean("pending"));

        publishNational(code, 2, "2026-05-01",
                PlanApiIT.baseChanges("60.00", set("benefits/VISITS/minimumPerRequest", "\"25.00\"")));
        JsonObject pending = Http.get("/api/plans/" + code + "/pending", FEDERATION).json();
        assertTrue(pending.getBoolean("pending"), pending::toString);
        assertEquals("ADDED", change(pending, "benefits/VISITS/minimumPerRequest").getString("kind"));
        JsonObject followed = Http.get("/api/plans/" + code + "/effective?date=2026-06-01", FEDERATION).json();
        assertEquals("25.00", field(followed, "benefits/VISITS/minimumPerRequest").getString("value"));
        assertEquals("70.00", field(followed, "contributions/worker").getString("value"), "its own change kept");

        assertEquals(200, publishLayer(FEDERATION, code, "2026-06-01", set("contributions/worker", "\"71.00\""))
                .status());
        assertFalse(Http.get("/api/plans/" + code + "/pending", FEDERATION).json().getBoolean("pending"),
                "a new version of its own is built on the newest upstream");
    }

    @Test
    void aNationalLockOnAFieldTheFederationChangedIsRefusedNamingTheFederation() {
        String code = PlanApiIT.publishedBasePlan();
        assertEquals(200, publishLayer(FEDERATION, code, "2026-02-01", set("contributions/worker", "\"70.00\""))
                .status());
        Http.Response draft = Http.post("/api/plans/" + code + "/drafts", NATIONAL,
                draft("2026-09-01", PlanApiIT.baseChanges("60.00", "{\"op\":\"lock\",\"path\":\"contributions/worker\"}")));
        assertEquals(201, draft.status(), draft::toString);
        Http.Response refused = Http.send("POST", "/api/plans/" + code + "/drafts/2/publish", NATIONAL, null, "en");
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("plan.publish.lockOverridden", refused.code());
        String federationName = Http.get("/api/tenants/social", NATIONAL).json().getString("name");
        assertTrue(refused.json().getString("message").contains(federationName), refused::toString);
        assertEquals("DRAFT", Http.get("/api/plans/" + code + "/drafts/2", NATIONAL).json().getString("status"));
    }

    @Test
    void aRegionalProjectIsCheckedAgainstTheFederationLocksAboveItsCooperatives() {
        String code = PlanApiIT.publishedBasePlan();
        assertEquals(200, publishLayer(FEDERATION, code, "2026-02-01", set("benefits/VISITS/minimumPerRequest",
                "\"20.00\"") + ",{\"op\":\"lock\",\"path\":\"benefits/VISITS/minimumPerRequest\"}").status());
        Http.Response refused = publishLayer(LOMBARDIA, code, "2026-03-01",
                set("benefits/VISITS/minimumPerRequest", "\"10.00\""));
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("plan.field.locked", refused.code());
        String federationName = Http.get("/api/tenants/social", NATIONAL).json().getString("name");
        assertTrue(refused.json().getString("message").contains(federationName), refused::toString);
    }

    @Test
    void concurrentPublicationsOfOneDraftAnswerOneSuccessAndConflictsNeverA500() throws Exception {
        String code = PlanApiIT.publishedBasePlan();
        assertEquals(201, Http.post("/api/plans/" + code + "/drafts", NATIONAL,
                draft("2026-08-01", PlanApiIT.baseChanges("61.00", null))).status());
        List<Integer> statuses = concurrently(6,
                () -> postOwnConnection("/api/plans/" + code + "/drafts/2/publish", NATIONAL, null));
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses::toString);

        String[] coop = PlanApiIT.newSocialCooperativeInLombardy();
        List<Integer> adoptions = concurrently(6, () -> postOwnConnection("/api/plans/" + code + "/adoptions", coop[1],
                "{\"effectiveFrom\":\"2026-09-01\"}"));
        assertEquals(1, adoptions.stream().filter(s -> s == 201).count(), adoptions::toString);
        assertTrue(adoptions.stream().allMatch(s -> s == 201 || s == 409), adoptions::toString);
    }

    /**
     * Concurrent requests go over HTTP/1.1 connections of their own: the shared client would multiplex them on one
     * h2c connection, and a stalled HTTP/2 stream there would stall every later test using that client.
     */
    private static final HttpClient HTTP_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static int postOwnConnection(String path, String token, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP_1.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<Integer> concurrently(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            var futures = new ArrayList<Future<Integer>>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call));
            }
            var statuses = new ArrayList<Integer>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
