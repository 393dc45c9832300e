package it.mutua.admin.api;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The claims office's calls: the queue with its filters, one claim (the API logs the access), the decision, reopening,
 * attachments, the access log, pre-authorisations, payment batches with their SEPA file, and the sampling rules.
 */
public class ClaimsApi {

    private static final Type CLAIM_PAGE = RestCalls.pageOf(ClaimData.Claim.class);
    private static final Type PREAUTH_PAGE = RestCalls.pageOf(ClaimData.PreAuth.class);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final RestCalls rest;

    public ClaimsApi(RestCalls rest) {
        this.rest = Objects.requireNonNull(rest, "rest");
    }

    /** What the queue may be filtered by; any part may be null. Dates are whole days in Italian time, both included. */
    public record QueueFilter(String status, String benefit, String tenant, String fiscalCode, LocalDate from,
                              LocalDate to) {

        public static QueueFilter none() {
            return new QueueFilter(null, null, null, null, null, null);
        }

        Map<String, Object> query() {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("status", status);
            q.put("benefit", benefit);
            q.put("tenant", tenant == null ? null : tenant.strip());
            q.put("fiscalCode", fiscalCode == null ? null : fiscalCode.strip().toUpperCase(java.util.Locale.ROOT));
            q.put("from", from == null ? null : from.atStartOfDay(ROME).toOffsetDateTime().toString());
            q.put("to", to == null ? null : to.plusDays(1).atStartOfDay(ROME).toOffsetDateTime().toString());
            return q;
        }
    }

    /** {@code GET /api/claims}: the queue, newest first. */
    public Page<ClaimData.Claim> queue(QueueFilter filter, int page, int size, Caller caller) {
        Map<String, Object> q = filter.query();
        q.put("page", page);
        q.put("size", size);
        return rest.get("/api/claims", q, caller, CLAIM_PAGE);
    }

    /** {@code GET /api/claims/{id}}: lines with reasons, transitions, attachments. */
    public ClaimData.Claim claim(long id, Caller caller) {
        return rest.get("/api/claims/" + id, Map.of(), caller, ClaimData.Claim.class);
    }

    public ClaimData.Claim decide(long id, ClaimData.Decision decision, Caller caller) {
        return rest.post("/api/claims/" + id + "/decision", Map.of(), decision, caller, ClaimData.Claim.class);
    }

    public ClaimData.Claim reopen(long id, String reason, Caller caller) {
        return rest.post("/api/claims/" + id + "/reopen", Map.of(), new ClaimData.Reopen(reason), caller,
                ClaimData.Claim.class);
    }

    public List<ClaimData.Access> accessLog(long id, Caller caller) {
        return rest.get("/api/claims/" + id + "/access-log", Map.of(), caller, RestCalls.listOf(ClaimData.Access.class));
    }

    public RestCalls.Download attachment(long claim, long attachment, Caller caller) {
        return rest.download("/api/claims/" + claim + "/attachments/" + attachment, Map.of(), caller,
                "application/pdf, image/jpeg, image/png");
    }

    /** {@code GET /api/pre-authorisations?status=}: the officers' worklist, urgent first, then by planned date. */
    public Page<ClaimData.PreAuth> preAuthorisations(String status, int page, int size, Caller caller) {
        Map<String, Object> q = new java.util.HashMap<>();
        q.put("status", status);
        q.put("page", page);
        q.put("size", size);
        return rest.get("/api/pre-authorisations", q, caller, PREAUTH_PAGE);
    }

    public ClaimData.PreAuth preAuthorisation(long id, Caller caller) {
        return rest.get("/api/pre-authorisations/" + id, Map.of(), caller, ClaimData.PreAuth.class);
    }

    public ClaimData.PreAuth decidePreAuthorisation(long id, ClaimData.PreAuthDecision decision, Caller caller) {
        return rest.post("/api/pre-authorisations/" + id + "/decision", Map.of(), decision, caller,
                ClaimData.PreAuth.class);
    }

    public List<ClaimData.Batch> batches(Caller caller) {
        return rest.get("/api/claim-office/payment-batches", Map.of(), caller, RestCalls.listOf(ClaimData.Batch.class));
    }

    public ClaimData.Batch batch(long id, Caller caller) {
        return rest.get("/api/claim-office/payment-batches/" + id, Map.of(), caller, ClaimData.Batch.class);
    }

    /** Builds a batch of the approved claims; the key makes a repeated click harmless. */
    public ClaimData.Batch createBatch(LocalDate executionDate, String idempotencyKey, Caller caller) {
        return rest.post("/api/claim-office/payment-batches", new ClaimData.BatchRequest(executionDate), caller,
                ClaimData.Batch.class, Map.of("Idempotency-Key", idempotencyKey));
    }

    public ClaimData.Batch markPaid(long id, Caller caller) {
        return rest.post("/api/claim-office/payment-batches/" + id + "/paid", Map.of(), null, caller,
                ClaimData.Batch.class);
    }

    public RestCalls.Download sepa(long id, Caller caller) {
        return rest.download("/api/claim-office/payment-batches/" + id + "/sepa", Map.of(), caller, "application/xml");
    }

    public ClaimData.Sampling sampling(Caller caller) {
        return rest.get("/api/claim-office/sampling-rules", Map.of(), caller, ClaimData.Sampling.class);
    }

    public ClaimData.Sampling saveSampling(ClaimData.Sampling rules, Caller caller) {
        return rest.put("/api/claim-office/sampling-rules", rules, caller, ClaimData.Sampling.class);
    }
}
