package it.mutua.it;

import static it.mutua.it.ClaimFixtures.claimPayingTheHolder;
import static it.mutua.it.ClaimFixtures.diagnostics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import it.mutua.it.support.Db;
import it.mutua.it.support.Http;
import it.mutua.it.support.ItServer;
import it.mutua.it.support.Users;

/**
 * kill -9 of the server while it builds a payment batch, at the worst moment: the batch row with its SEPA file is
 * inserted and every claim points at it, only the commit is missing. The test makes that moment deterministic without
 * any hook in the product: it holds {@code LOCK TABLE control.audit_event IN SHARE MODE} in its own transaction, so
 * the build, whose last statement is its audit event, waits on that lock with everything else written; the test sees
 * it waiting in {@code pg_stat_activity}, checks in {@code pg_locks} that the backend has written to both the claim
 * and the payment batch tables, then SIGKILLs the server and only afterwards lets the lock go. It also covers the other
 * crash: a batch committed whose answer the client never got, retried with the same key after the restart; and a retry
 * sent while the first request is still building, which waits for it and gets its batch.
 * The server is started again for the tests after this one.
 */
class PaymentBatchCrashIT {

    private static final String OFFICER = Users.token(Users.CLAIMS_OFFICER);
    private static final Pattern END_TO_END = Pattern.compile("<EndToEndId>CLAIM-(\\d+)</EndToEndId>");

    @Test
    void aServerKilledWhileBuildingABatchLeavesNothingHalfMadeAndTheRetriesPayEveryClaimExactlyOnce() throws Exception {
        ClaimFixtures.deterministicSampling();
        String schema = "t_" + Http.get("/api/tenants/nazionale", Users.token(Users.NATIONAL)).json()
                .getJsonNumber("id").longValue();

        // a batch that committed, but whose answer the client "never got": it will retry with the same key
        var elena = ClaimFixtures.freshMember();
        List<Long> committedClaims = approvedClaims(elena, 2);
        String lostAnswerKey = "it-crash-lost-" + Users.unique();
        Http.Response committed = build(lostAnswerKey);
        assertEquals(201, committed.status(), committed::toString);
        JsonObject committedBatch = committed.json();

        // the claims of the batch the crash interrupts: a holder with an accented name, no payee named on the claims
        var niccolo = ClaimFixtures.freshMember(ClaimFixtures.socialCoop(), "Niccolò", "D'Alò");
        List<Long> interrupted = approvedClaims(niccolo, 3);
        String crashKey = "it-crash-" + Users.unique();
        long batchesBefore = Db.count("SELECT count(*) FROM " + schema + ".payment_batch");
        long builtEventsBefore = Db.count("SELECT count(*) FROM control.audit_event WHERE action = 'CLAIM_BATCH_BUILT'");

        try (Connection blocker = Db.connect()) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("LOCK TABLE control.audit_event IN SHARE MODE");
            }
            CompletableFuture<HttpResponse<String>> request = HttpClient.newHttpClient().sendAsync(
                    buildRequest(crashKey), HttpResponse.BodyHandlers.ofString());
            int backend = awaitBuilderWaitingOnTheAuditLock();
            assertEquals(2, Db.count("SELECT count(DISTINCT c.relname) FROM pg_locks l JOIN pg_class c ON c.oid = "
                    + "l.relation JOIN pg_namespace n ON n.oid = c.relnamespace WHERE l.pid = ? AND l.granted AND "
                    + "l.mode = 'RowExclusiveLock' AND n.nspname = ? AND c.relname IN ('claim', 'payment_batch')",
                    backend, schema), "killed with the batch row inserted and the claims updated, commit pending");

            ItServer.kill();
            blocker.rollback(); // only now may the orphaned backend move on: its client is gone, it can never commit
            awaitGone(backend);
            ExecutionException noAnswer = assertThrows(ExecutionException.class,
                    () -> request.get(30, TimeUnit.SECONDS), "the killed server never answered");
            assertTrue(noAnswer.getCause() instanceof java.io.IOException, noAnswer::toString);
        }

        assertEquals(batchesBefore, Db.count("SELECT count(*) FROM " + schema + ".payment_batch"), "no half-made batch");
        assertEquals(0, Db.count("SELECT count(*) FROM " + schema + ".payment_batch WHERE request_key = ?", crashKey));
        assertEquals(builtEventsBefore, Db.count("SELECT count(*) FROM control.audit_event WHERE action = "
                + "'CLAIM_BATCH_BUILT'"), "no audit event for a batch that does not exist");
        for (long claim : interrupted) {
            assertEquals(1, Db.count("SELECT count(*) FROM " + schema + ".claim WHERE id = ? AND status = 'APPROVED' "
                    + "AND payment_batch_id IS NULL", claim), "claim " + claim + " is payable again, in no batch");
        }
        assertConsistent(schema);

        ItServer.start("payment-batch-crash-restart.log");

        Http.Response retried = build(lostAnswerKey);
        assertEquals(201, retried.status(), retried::toString);
        assertEquals(committedBatch.getJsonNumber("id").longValue(), retried.json().getJsonNumber("id").longValue(),
                "the answer lost in the crash: the same key gives the same batch");
        assertEquals(committedBatch.getString("messageId"), retried.json().getString("messageId"));
        long firstBatch = committedBatch.getJsonNumber("id").longValue();
        List<Long> inFirstFile = endToEndIds(sepa(firstBatch));
        assertTrue(inFirstFile.containsAll(committedClaims), inFirstFile::toString);

        Http.Response rebuilt = build(crashKey);
        assertEquals(201, rebuilt.status(), rebuilt::toString);
        long secondBatch = rebuilt.json().getJsonNumber("id").longValue();
        String xml = sepa(secondBatch);
        List<Long> inSecondFile = endToEndIds(xml);
        for (long claim : interrupted) {
            assertEquals(1, inSecondFile.stream().filter(id -> id == claim).count(), "claim " + claim + " once: " + xml);
            assertEquals(secondBatch, Db.count("SELECT payment_batch_id FROM " + schema + ".claim WHERE id = ?", claim));
        }
        assertEquals(inSecondFile.size(), inSecondFile.stream().distinct().count(), "no claim twice in the file");
        assertTrue(inSecondFile.stream().noneMatch(inFirstFile::contains), "no claim in both files");
        assertEquals(rebuilt.json().getInt("claims"), inSecondFile.size());
        assertTrue(xml.contains("<Cdtr><Nm>D'Alo Niccolo</Nm></Cdtr>"),
                "the holder named by the member registry, in the SEPA character set: " + xml);
        JsonObject claimView = Http.get("/api/claims/" + interrupted.getFirst(), niccolo.token()).json();
        assertEquals("D'Alò Niccolò", claimView.getString("payeeName"), "the claim keeps the registry's spelling");

        Http.Response nothingLeft = build("it-crash-new-" + Users.unique());
        assertEquals(409, nothingLeft.status(), nothingLeft::toString);
        assertEquals("claim.batch.nothingToPay", nothingLeft.code(), "every approved claim is in a batch already");
        assertEquals(secondBatch, build(crashKey).json().getJsonNumber("id").longValue(), "and the key still holds");

        for (long batch : List.of(firstBatch, secondBatch)) {
            Http.Response paid = Http.post("/api/claim-office/payment-batches/" + batch + "/paid", OFFICER, null);
            assertEquals(200, paid.status(), paid::toString);
        }
        for (long claim : interrupted) {
            JsonObject after = Http.get("/api/claims/" + claim, niccolo.token()).json();
            assertEquals("PAID", after.getString("status"));
            assertEquals(1, after.getJsonArray("transitions").stream().map(JsonValue::asJsonObject)
                    .filter(t -> "PAID".equals(t.getString("to"))).count(), "paid once");
        }
        assertConsistent(schema);
    }

    @Test
    void aRetrySentWhileTheFirstRequestIsStillBuildingWaitsForItAndGetsTheSameBatch() throws Exception {
        ClaimFixtures.deterministicSampling();
        String schema = "t_" + Http.get("/api/tenants/nazionale", Users.token(Users.NATIONAL)).json()
                .getJsonNumber("id").longValue();
        List<Long> claims = approvedClaims(ClaimFixtures.freshMember(), 2);
        String key = "it-retry-" + Users.unique();
        CompletableFuture<HttpResponse<String>> first;
        CompletableFuture<HttpResponse<String>> retry;
        try (Connection blocker = Db.connect()) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("LOCK TABLE control.audit_event IN SHARE MODE");
            }
            var client = HttpClient.newHttpClient();
            first = client.sendAsync(buildRequest(key), HttpResponse.BodyHandlers.ofString());
            awaitBuilderWaitingOnTheAuditLock();
            retry = client.sendAsync(buildRequest(key), HttpResponse.BodyHandlers.ofString());
            awaitBackend("wait_event = 'advisory'", "the retry never waited for the first request's key");
            blocker.commit();
        }
        Http.Response a = answer(first);
        Http.Response b = answer(retry);
        assertEquals(201, a.status(), a::toString);
        assertEquals(201, b.status(), b::toString);
        long batch = a.json().getJsonNumber("id").longValue();
        assertEquals(batch, b.json().getJsonNumber("id").longValue(), "the retry got the batch the first one built");
        for (long claim : claims) {
            assertEquals(batch, Db.count("SELECT payment_batch_id FROM " + schema + ".claim WHERE id = ?", claim));
        }
        assertEquals(1, Db.count("SELECT count(*) FROM " + schema + ".payment_batch WHERE request_key = ?", key));
        assertConsistent(schema);
    }

    private static Http.Response answer(CompletableFuture<HttpResponse<String>> pending) throws Exception {
        HttpResponse<String> r = pending.get(60, TimeUnit.SECONDS);
        return new Http.Response(r.statusCode(), r.body());
    }

    /** {@code n} approved claims of {@code member}'s own, naming neither IBAN nor payee: their ids. */
    private static List<Long> approvedClaims(ClaimFixtures.Member member, int n) {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < n; i++) {
            Http.Response r = Http.post("/api/claims", member.token(),
                    claimPayingTheHolder(diagnostics("OUT_OF_NETWORK", "150.00")));
            assertEquals(201, r.status(), r::toString);
            assertEquals("APPROVED", r.json().getString("status"), r::toString);
            ids.add(r.json().getJsonNumber("id").longValue());
        }
        return ids;
    }

    /** Every batch is whole and no claim is paid outside one: what any crash must leave true. */
    private static void assertConsistent(String schema) {
        assertEquals(0, Db.count("SELECT count(*) FROM " + schema + ".payment_batch b WHERE b.sepa_xml IS NULL "
                + "OR b.claim_count <> (SELECT count(*) FROM " + schema + ".claim c WHERE c.payment_batch_id = b.id)"),
                "every batch has its file and exactly the claims it counts");
        assertEquals(0, Db.count("SELECT count(*) FROM " + schema + ".claim WHERE status = 'PAID' AND "
                + "payment_batch_id IS NULL"), "no claim paid without a batch");
    }

    private static Http.Response build(String key) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(buildRequest(key),
                    HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest buildRequest(String key) {
        return HttpRequest.newBuilder(URI.create(Http.BASE + "/api/claim-office/payment-batches"))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + OFFICER)
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    }

    /** The backend of the build, waiting for the test's lock on the audit table: its pid. */
    private static int awaitBuilderWaitingOnTheAuditLock() throws InterruptedException {
        return awaitBackend("query LIKE 'INSERT INTO control.audit_event%'", "the batch build never reached its audit event");
    }

    /** A backend of the IT database waiting on a lock, {@code condition} on pg_stat_activity: its pid. */
    private static int awaitBackend(String condition, String otherwise) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            long pid = Db.count("SELECT coalesce(max(pid), 0) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    + "AND state = 'active' AND " + condition);
            if (pid != 0) {
                return (int) pid;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(otherwise);
    }

    private static void awaitGone(int backend) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (Db.count("SELECT count(*) FROM pg_stat_activity WHERE pid = ?", backend) > 0) {
            assertTrue(System.nanoTime() < deadline, "the killed server's backend " + backend + " is still there");
            Thread.sleep(50);
        }
    }

    private static String sepa(long batch) {
        return new String(ClaimFixtures.download("/api/claim-office/payment-batches/" + batch + "/sepa", OFFICER),
                StandardCharsets.UTF_8);
    }

    private static List<Long> endToEndIds(String xml) {
        var ids = new ArrayList<Long>();
        Matcher m = END_TO_END.matcher(xml);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
