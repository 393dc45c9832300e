package it.mutua.admin.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The office's clients against a fake API: what they send (path, query, body, headers) and how they read answers. */
class ClaimsApiTest {

    private static final Caller OFFICER = Caller.bearer("jwt-officer", Locale.ITALIAN);

    private FakeApi fake;
    private Jsonb jsonb;
    private HttpClient http;
    private ClaimsApi api;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeApi();
        jsonb = JsonbBuilder.create();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        api = new ClaimsApi(new RestCalls(fake.baseUri(), http, jsonb, Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() throws Exception {
        fake.close();
        jsonb.close();
        http.close();
    }

    @Test
    void theQueueSendsOnlyTheFiltersGivenWithWholeDaysInItalianTime() {
        fake.answer("GET", "/api/claims", 200, "{\"items\":[{\"id\":3,\"status\":\"IN_REVIEW\",\"requested\":\"150.00\","
                + "\"lines\":[{\"line\":1,\"benefit\":\"DENTAL\",\"reasons\":[{\"code\":\"c\",\"it\":\"testo\",\"en\":\"text\"}]}]}],"
                + "\"page\":0,\"size\":50,\"total\":1}");
        Page<ClaimData.Claim> page = api.queue(new ClaimsApi.QueueFilter("IN_REVIEW", null, " coop-arcobaleno ", null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)), 0, 50, OFFICER);
        String query = fake.last().uri().getRawQuery();
        assertAll(
                () -> assertEquals("status=IN_REVIEW&tenant=coop-arcobaleno&from=2026-01-01T00%3A00%2B01%3A00"
                        + "&to=2026-02-01T00%3A00%2B01%3A00&page=0&size=50", query),
                () -> assertEquals("Bearer jwt-officer", fake.last().header("Authorization")),
                () -> assertEquals(1, page.total()),
                () -> assertEquals("testo", page.items().get(0).lines().get(0).reasons().get(0).it()),
                () -> assertTrue(page.items().get(0).attachments().isEmpty()));
    }

    @Test
    void aPartialDecisionSendsTheOutcomeReasonAndLineAmounts() {
        fake.answer("POST", "/api/claims/3/decision", 200, "{\"id\":3,\"status\":\"PARTLY_APPROVED\"}");
        ClaimData.Claim decided = api.decide(3, new ClaimData.Decision("PARTLY_APPROVE", "senza prescrizione",
                List.of(new ClaimData.LineAmount(1, new BigDecimal("500.00")))), OFFICER);
        assertEquals("PARTLY_APPROVED", decided.status());
        assertEquals("{\"lines\":[{\"approved\":500.00,\"line\":1}],\"outcome\":\"PARTLY_APPROVE\",\"reason\":\"senza prescrizione\"}",
                fake.last().body());
    }

    @Test
    void aBatchIsCreatedWithItsIdempotencyKeyAndItsSepaFileDownloaded() {
        fake.answer("POST", "/api/claim-office/payment-batches", 201, "{\"id\":2,\"status\":\"BUILT\",\"claims\":3,"
                + "\"total\":\"420.00\",\"executionDate\":\"2026-11-24\"}");
        ClaimData.Batch batch = api.createBatch(LocalDate.of(2026, 11, 24), "key-1", OFFICER);
        assertEquals("key-1", fake.last().header("Idempotency-Key"));
        assertEquals("{\"executionDate\":\"2026-11-24\"}", fake.last().body());
        assertEquals("420.00", batch.total());

        fake.answerRaw("GET", "/api/claim-office/payment-batches/2/sepa", 200, "application/xml", "<Document/>");
        RestCalls.Download file = api.sepa(2, OFFICER);
        assertArrayEquals("<Document/>".getBytes(StandardCharsets.UTF_8), file.bytes());
        assertEquals("application/xml", file.mediaType());
    }

    @Test
    void aRefusalCarriesTheApisCodeAndMessage() {
        fake.answer("GET", "/api/claims/9", 404, "{\"status\":404,\"code\":\"claim.notFound\",\"message\":\"Richiesta 9 non trovata\"}");
        ApiException e = assertThrows(ApiException.class, () -> api.claim(9, OFFICER));
        assertEquals("claim.notFound", e.code());
        assertEquals("Richiesta 9 non trovata", e.error().message());
    }

    @Test
    void theFileNameIsReadFromContentDisposition() {
        assertEquals("mutua-batch-2.xml", RestCalls.fileName("attachment; filename=\"mutua-batch-2.xml\""));
        assertEquals("a.pdf", RestCalls.fileName("inline; filename=a.pdf; size=3"));
        assertNull(RestCalls.fileName("inline"));
        assertNull(RestCalls.fileName(null));
    }

    @Test
    void theOfficersWorklistAsksForWaitingRequestsPageByPage() {
        fake.answer("GET", "/api/pre-authorisations", 200, "{\"items\":[{\"id\":7,\"fiscalCode\":\"RSSMRA80A01F205X\","
                + "\"benefit\":\"DENTAL\",\"plannedDate\":\"2026-12-01\",\"estimated\":\"200.00\",\"urgent\":true,"
                + "\"status\":\"REQUESTED\"}],\"page\":2,\"size\":25,\"total\":51}");
        Page<ClaimData.PreAuth> page = api.preAuthorisations("REQUESTED", 2, 25, OFFICER);
        String query = fake.last().uri().getRawQuery();
        assertAll(
                () -> assertTrue(query.contains("status=REQUESTED") && query.contains("page=2") && query.contains("size=25"),
                        query),
                () -> assertEquals(51, page.total()),
                () -> assertEquals(7, page.items().get(0).id()),
                () -> assertTrue(page.items().get(0).urgent()));
    }
}
