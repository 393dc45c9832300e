package it.mutua.it;

import static it.mutua.it.ClaimFixtures.claim;
import static it.mutua.it.ClaimFixtures.diagnostics;
import static it.mutua.it.ClaimFixtures.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.mutua.it.support.Http;
import it.mutua.it.support.Users;

/**
 * Money: a €700 ceiling under 20 concurrent claims, payment batches with their SEPA file (validated here again against
 * the EPC schema), paid exactly once, and a pre-authorised direct-network service settled with the facility.
 */
class ClaimPaymentIT {

    private static final String OFFICER = Users.token(Users.CLAIMS_OFFICER);

    @BeforeAll
    static void sampling() {
        ClaimFixtures.deterministicSampling();
    }

    @Test
    void twentyConcurrentClaimsAgainstOneYearlyCeilingOf700EurosReimburseExactly700() throws Exception {
        // a housing cooperative: its chain keeps the national €700 visits ceiling (the social federation raises it)
        var member = ClaimFixtures.freshMember(ClaimFixtures.housingCoop());
        String body = claim(member.fiscalCode(), member.coop().code(), visit("130.00"));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Http.Response>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                responses.add(pool.submit(() -> Http.post("/api/claims", OFFICER, body)));
            }
            BigDecimal total = BigDecimal.ZERO;
            int full = 0;
            for (Future<Http.Response> f : responses) {
                Http.Response r = f.get();
                assertEquals(201, r.status(), r::toString);
                BigDecimal paid = new BigDecimal(r.json().getString("approved"));
                total = total.add(paid);
                full += paid.compareTo(new BigDecimal("100.00")) == 0 ? 1 : 0;
            }
            assertEquals(new BigDecimal("700.00"), total, "never more than the €700 ceiling");
            assertEquals(7, full, "seven visits of €100 (€130 less the €30 fixed share) fill it; thirteen find it spent");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(70000, ClaimFixtures.nationalSchemaCount("SELECT (used * 100)::bigint FROM {n}.claim_ceiling_usage "
                + "WHERE scope = 'PERSON' AND holder = ? AND benefit_code = 'SPECIALIST_VISITS'", member.fiscalCode()));
    }

    @Test
    void aBatchIsBuiltOncePerKeyItsSepaFileValidatesAndItIsPaidExactlyOnce() throws Exception {
        var member = ClaimFixtures.freshMember();
        JsonObject claim = Http.post("/api/claims", member.token(), claim(null, null,
                diagnostics("OUT_OF_NETWORK", "150.00"))).json();
        long claimId = claim.getJsonNumber("id").longValue();
        assertEquals("APPROVED", claim.getString("status"));

        String key = "it-batch-" + Users.unique();
        Http.Response built = postWithKey(key);
        assertTrue(built.status() == 201, built::toString);
        long batch = built.json().getJsonNumber("id").longValue();
        Http.Response again = postWithKey(key);
        assertEquals(batch, again.json().getJsonNumber("id").longValue(), "same key, same batch");

        String xml = new String(ClaimFixtures.download("/api/claim-office/payment-batches/" + batch + "/sepa", OFFICER),
                java.nio.charset.StandardCharsets.UTF_8);
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(
                Path.of(System.getProperty("user.dir"), "..", "app", "src", "main", "resources", "sepa",
                        "pain.001.001.09.xsd").toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        assertTrue(xml.contains("<EndToEndId>CLAIM-" + claimId + "</EndToEndId>"), xml);
        assertTrue(xml.contains("<InstdAmt Ccy=\"EUR\">90.00</InstdAmt>"), xml);

        Http.Response paid = Http.post("/api/claim-office/payment-batches/" + batch + "/paid", OFFICER, null);
        assertEquals(200, paid.status(), paid::toString);
        assertEquals("PAID", paid.json().getString("status"));
        Http.Response twice = Http.post("/api/claim-office/payment-batches/" + batch + "/paid", OFFICER, null);
        assertEquals(paid.json().getString("paidAt"), twice.json().getString("paidAt"), "confirming again changes nothing");
        JsonObject after = Http.get("/api/claims/" + claimId, member.token()).json();
        assertEquals("PAID", after.getString("status"));
        assertEquals(1, after.getJsonArray("transitions").stream().map(JsonValue::asJsonObject)
                .filter(t -> "PAID".equals(t.getString("to"))).count());
        assertEquals(0, ClaimFixtures.nationalSchemaCount("SELECT count(*) FROM {n}.claim WHERE id = ? AND "
                + "payment_batch_id <> ?", claimId, batch), "in one batch only");
        Http.Response report = Http.get("/api/claim-office/reports/vincolate?year=" + ClaimFixtures.YEAR,
                Users.token(Users.NATIONAL));
        assertTrue(new BigDecimal(report.json().getJsonNumber("paidTotal").toString()).compareTo(new BigDecimal("90")) >= 0,
                report::toString);
    }

    @Test
    void aClaimNamingNoPayeeIsPaidToTheHolderByTheNameInTheMemberRegistryInSepaCharacters() {
        var holder = ClaimFixtures.freshMember(ClaimFixtures.socialCoop(), "Zoë", "Müller Lüdenscheidt");
        String spouse = ClaimFixtures.spouseOf(holder);
        Http.Response r = Http.post("/api/claims", holder.token(), "{\"fiscalCode\":\"" + spouse + "\",\"lines\":["
                + diagnostics("SSN_TICKET", "36.15") + "]}");
        assertEquals(201, r.status(), r::toString);
        assertEquals("APPROVED", r.json().getString("status"), r::toString);
        assertEquals("Müller Lüdenscheidt Zoë", r.json().getString("payeeName"),
                "the spouse's claim pays the holder, owner of the IBAN, by the registry's name");
        long claimId = r.json().getJsonNumber("id").longValue();

        Http.Response built = postWithKey("it-names-" + Users.unique());
        assertEquals(201, built.status(), built::toString);
        String xml = new String(ClaimFixtures.download("/api/claim-office/payment-batches/"
                + built.json().getJsonNumber("id") + "/sepa", OFFICER), java.nio.charset.StandardCharsets.UTF_8);
        int transfer = xml.indexOf("<EndToEndId>CLAIM-" + claimId + "</EndToEndId>");
        assertTrue(transfer > 0, xml);
        String ofThisClaim = xml.substring(transfer, xml.indexOf("</CdtTrfTxInf>", transfer));
        assertTrue(ofThisClaim.contains("<Cdtr><Nm>Muller Ludenscheidt Zoe</Nm></Cdtr>"), ofThisClaim);
    }

    private static Http.Response postWithKey(String key) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE
                        + "/api/claim-office/payment-batches")).header("Authorization", "Bearer " + OFFICER)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
        try {
            var r = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPreAuthorisedServiceIsSettledWithTheFacilityOnceAndTheMemberPaysOnlyTheirShare() {
        var member = ClaimFixtures.freshMember();
        LocalDate day = ClaimFixtures.SERVICE_DAY;
        Http.Response outside = Http.post("/api/pre-authorisations", member.token(), "{\"benefit\":"
                + "\"HIGH_SPECIALISATION_DIAGNOSTICS\",\"facility\":\"NET-COOP-0042\",\"facilityName\":"
                + "\"Poliambulatorio\",\"facilityIban\":\"" + ClaimFixtures.IBAN + "\",\"plannedDate\":\""
                + day + "\",\"estimated\":200,\"urgent\":true}");
        assertEquals(400, outside.status(), outside::toString);
        assertEquals("claim.line.facilityUnknown", outside.code(), "direct settlement only with a network facility");
        Http.Response asked = Http.post("/api/pre-authorisations", member.token(), "{\"benefit\":"
                + "\"HIGH_SPECIALISATION_DIAGNOSTICS\",\"facility\":\"" + ClaimFixtures.cooperativeProvider()
                + "\",\"facilityName\":"
                + "\"Poliambulatorio Cooperativo\",\"facilityIban\":\"" + ClaimFixtures.IBAN + "\",\"plannedDate\":\""
                + day + "\",\"estimated\":200,\"urgent\":true}");
        assertEquals(201, asked.status(), asked::toString);
        long id = asked.json().getJsonNumber("id").longValue();
        Http.Response late = Http.post("/api/pre-authorisations", member.token(), "{\"benefit\":"
                + "\"HIGH_SPECIALISATION_DIAGNOSTICS\",\"facility\":\"NET\",\"facilityName\":\"X\",\"facilityIban\":\""
                + ClaimFixtures.IBAN + "\",\"plannedDate\":\"" + LocalDate.now().minusDays(6) + "\",\"estimated\":200,\"urgent\":true}");
        assertEquals(400, late.status(), late::toString);
        assertEquals("claim.preauth.urgentLate", late.code());

        assertTrue(waiting().contains(id), "the request waits in the officers' worklist");
        assertEquals(403, Http.get("/api/pre-authorisations", member.token()).status(), "a member has no worklist");
        Http.Response unknown = Http.get("/api/pre-authorisations?status=FORSE", OFFICER);
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("claim.preauth.status", unknown.code());

        Http.Response approved = Http.post("/api/pre-authorisations/" + id + "/decision", OFFICER, "{\"approve\":true,"
                + "\"authorised\":200,\"validFrom\":\"" + day.minusDays(1) + "\",\"validTo\":\"" + day.plusDays(30) + "\"}");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.json().getString("status"));
        assertFalse(waiting().contains(id), "a decided request leaves the worklist");

        String charge = "{\"serviceDate\":\"" + day + "\",\"invoiced\":150,\"invoiceNumber\":\"PC-" + Users.unique()
                + "\",\"invoiceDate\":\"" + day + "\"}";
        Http.Response settled = Http.post("/api/pre-authorisations/" + id + "/settlement", OFFICER, charge);
        assertEquals(201, settled.status(), settled::toString);
        JsonObject line = settled.json().getJsonArray("lines").getJsonObject(0);
        assertEquals("120.00", line.getString("approved"), "the mutual pays the facility €120");
        assertEquals("30.00", line.getString("memberPays"), "the member pays only the €30 share");
        assertEquals("Poliambulatorio Cooperativo", settled.json().getString("payeeName"));
        assertEquals(409, Http.post("/api/pre-authorisations/" + id + "/settlement", OFFICER, charge).status(),
                "settled once");
        assertEquals("SETTLED", Http.get("/api/pre-authorisations/" + id, member.token()).json().getString("status"));
    }

    /** The ids of every request waiting in the officers' worklist, read page by page. */
    private static java.util.Set<Long> waiting() {
        var ids = new java.util.HashSet<Long>();
        for (int page = 0; ; page++) {
            JsonObject body = Http.get("/api/pre-authorisations?status=REQUESTED&size=200&page=" + page, OFFICER).json();
            body.getJsonArray("items").forEach(item -> ids.add(item.asJsonObject().getJsonNumber("id").longValue()));
            if ((page + 1) * 200L >= body.getJsonNumber("total").longValue()) {
                return ids;
            }
        }
    }
}
